// A job title as written in a CV or a job ad, reduced to the title itself: recruitment noise
// ("H/F", "CDI", "temps plein", "Intérim"), dates and the employer after a dash go; abbreviations
// (ASH, IDE, AS) are spelled out. Each gender form becomes its own query.

import { withoutJobSearchWording } from '../parse/job-search-wording';
import { genderForms } from '../taxonomy/gender-forms';
import { foldText } from '../taxonomy/label-words';
import { CAPITALS_ONLY, OCCUPATION_ABBREVIATIONS } from './occupation-abbreviations';
import { withoutProcessAcronyms } from './title-process-acronyms';
import { withoutWorkplace } from './workplace-complement';

/** The title read without the place after it ("Cariste en entrepôt"): a little less than the whole,
 *  which wins when the occupation's name holds the place ("Agent de sécurité en magasin"). */
const WITHOUT_PLACE_WEIGHT = 0.95;
/** The title read without its process or licence acronyms ("Soudeur MIG MAG"): below the whole,
 *  which wins where an occupation's label says the acronym ("Technicien CVC"). */
const WITHOUT_ACRONYMS_WEIGHT = 0.88;
/** The title read up to its first comma ("Dental Nurse, GDC registered", "Électricien, habilitations
 *  B1V BR"): what follows is a registration, a licence or a second title, so the words before it are
 *  read alone too, a little below the whole, which wins where the comma is inside a title. */
const FIRST_CLAUSE_WEIGHT = 0.97;

const NOISE = [
  /\(\s*[hfmw]\s*[/-]\s*[hfmw]\s*\)/gi,
  /\b[hf]\s*\/\s*[hf]\b/gi,
  // "Stage" is an internship in French, a theatre's in English ("Stage manager", "Stage hand").
  /\b(?:cdi|cdd|ctt|int[ée]rim(?:aire)?|stage(?!\s+(?:manager|hand|technician|crew|carpenter|electrician|door|director|designer|management)s?\b)|stagiaire|alternance|alternant|apprenti(?:ssage)?|freelance|ind[ée]pendant|saisonnier|vacataire|b[ée]n[ée]vole|contrat\s+(?:pro(?:fessionnalisation)?|d'apprentissage))\b/gi,
  /\b(?:temps\s+(?:plein|partiel)|full[- ]time|part[- ]time|internship|intern|contract)\b/gi,
  /\b(?:depuis|since)\b/gi,
  /\b(?:19|20)\d{2}\b(?:\s*[-–à]\s*(?:(?:19|20)\d{2}|aujourd'hui|présent|present|now))?/gi,
  // Letter-aware edges: "\b" after "é" (not an ASCII word character) never matches, so "Maçon
  // qualifié" kept its "qualifié".
  /(?<![\p{L}\d])(?:junior|senior|confirm[ée]e?|d[ée]butant(?:e)?|exp[ée]riment[ée]e?|qualifi[ée]e?|certifi[ée]e?|agr[ée][ée]e?|dipl[ôo]m[ée]e?(?:\s+d'[ée]tat)?|approved|qualified|trainee|apprentice|apprenti(?:e)?)(?![\p{L}\d])/giu,
  // Grades and licence classes: "N3P2", "N1/N2", "Class 1", "(C+E)", "cat. 3", "VL" (a car licence:
  // "Chauffeur-livreur VL" is the delivery driver).
  /\b(?:n\d(?:p\d)?|niveau\s+\d|class\s+\d|cat(?:[ée]gorie)?\.?\s*\d|[a-z]\+[a-z])\b/gi,
  /(?<=\p{L}.*)\bVL\b/gu,
  // "Conducteur de travaux TCE": all trades (tous corps d'état), a scope, not a word of the title.
  /(?<=\p{L}.*)\b(?:TCE|tous corps d['’]état)\b/giu,
];

export interface TitleVariant {
  text: string;
  /** 1 for a cleaned form; less for the raw form of an abbreviation that was spelled out. */
  weight: number;
  /** Read only where it is an occupation's label, near enough word for word. */
  namedOnly?: boolean;
}

/** Cleaned title variants (gender forms, abbreviations spelled out), best guess first. */
export function cleanJobTitle(title: string): TitleVariant[] {
  // "Aide-soignante – Agent de service hospitalier", "Électricien puis chef d'équipe": the first part
  // is the title; later parts are a second title or the employer ("– Amazon, Lyon"), so they count less.
  // "Recherche un poste de serveur", "En reconversion : aide-soignante": the search wording goes first.
  const pieces = inclusiveToBrackets(withoutJobSearchWording(title).title)
    .replace(/[’]/g, "'")
    .split(/(\s+[-–—|·]\s+|\s+(?:chez|at|puis|then)\s+|\s*@\s*)/i);
  const cleaned = pieces.filter((_, i) => i % 2 === 0).map(cleanPart);
  const afterDash = pieces.filter((_, i) => i % 2 === 1).map((separator) => /^\s+[-–—]\s+$/.test(separator));
  // "Développeur - jeux vidéo", "Vendeuse – prêt-à-porter": a later part in lower case is the field
  // of the first title, not a title or an employer of its own, so the two are also read together.
  // A capitalised part is left alone: it is as often an employer ("– Carrefour") as a field.
  const segments: [string, number][] = [];
  cleaned.forEach((text, index) => {
    if (!text) return;
    if (index > 0 && cleaned[0] && afterDash[index - 1] && /^\p{Ll}/u.test(text)) segments.push([`${cleaned[0]} ${text}`, 1]);
    segments.push([text, index === 0 ? 1 : 0.9]);
    const firstClause = text.split(',')[0]!.trim();
    if (firstClause !== text && /\p{L}{2}/u.test(firstClause)) segments.push([firstClause, (index === 0 ? 1 : 0.9) * FIRST_CLAUSE_WEIGHT]);
  });
  const variants = new Map<string, number>();
  const namedOnly = new Set<string>();
  for (const [text, weight] of segments) {
    titlesOf(text).forEach((title, rank) => {
      for (const form of genderForms(title)) {
        const plain = form.replace(/[()[\]{}:,;]+/g, ' ').replace(/\s+/g, ' ').trim();
        if (!/\p{L}{2}/u.test(plain)) continue;
        const formWeight = rank === 0 ? weight : weight * 0.95;
        const expanded = expandAbbreviations(plain).replace(/\s+/g, ' ').trim();
        if (!variants.has(expanded)) variants.set(expanded, formWeight);
        if (expanded !== plain && !variants.has(plain)) variants.set(plain, formWeight * 0.97);
        const placeless = withoutWorkplace(expanded);
        if (placeless !== undefined && !variants.has(placeless)) variants.set(placeless, formWeight * WITHOUT_PLACE_WEIGHT);
        const bare = withoutProcessAcronyms(expanded);
        if (bare !== undefined && !variants.has(bare)) variants.set(bare, formWeight * WITHOUT_ACRONYMS_WEIGHT);
        // "Tourneur CN" spelled out is a turner on a CNC machine, which the referential may not name;
        // without the acronym it is the turner. That reading counts only where it names an occupation
        // outright: "Régleur" alone is closer to a stunt coordinator than to the CNC setter.
        const plainBare = expanded !== plain ? withoutProcessAcronyms(plain) : undefined;
        if (plainBare !== undefined && !variants.has(plainBare)) {
          variants.set(plainBare, formWeight * WITHOUT_ACRONYMS_WEIGHT);
          namedOnly.add(plainBare);
        }
      }
    });
  }
  return [...variants].map(([variant, weight]) => ({ text: variant, weight, ...(namedOnly.has(variant) ? { namedOnly: true } : {}) }));
}

/** Inclusive writing ("Développeur·euse", "Assistant·e maternel·le", "Agent.e.s") as the bracketed
 *  endings genderForms reads: "Développeur(euse)", "Assistant(e) maternel(le)", "Agent(e)". */
function inclusiveToBrackets(title: string): string {
  return title.replace(/(?<=\p{L})[·•⋅‧.](e|se|euse|ere|ère|rice|trice|le|ne|te|ve)(?:[·•⋅‧.]s)?(?!\p{L})/gu, '($1)');
}

/** One dash-separated part of a title without its brackets and recruitment noise; '' when no words
 *  are left. */
function cleanPart(part: string): string {
  // Brackets hold the contract, the team or the tools ("(intérim)", "(Band 3)", "(Python / Go)") or
  // repeat the title as an acronym ("Agent de service hospitalier (ASH)"): the title is outside.
  // Inline gender endings ("Vendeur(se)") stay for genderForms.
  // "Responsable des Ressources Humaines -RRH-" writes the bracket with dashes.
  const bracketed = part.replace(/\s-([^-\s][^-]{0,38})-\s*$/u, ' ($1)');
  let text = bracketed.replace(/(?<!\p{L})\([^()]*\)|\((?![a-zéèêàç]{1,5}\))[^()]*\)/giu, ' ');
  if (!/\p{L}{2}/u.test(text)) text = part;
  for (const pattern of NOISE) text = text.replace(pattern, ' ');
  // "Cariste – poste de magasinier": a later part may open with search wording of its own.
  text = withoutJobSearchWording(text).title;
  text = text.replace(/\s+/g, ' ').trim();
  return /\p{L}{2}/u.test(text) ? text : '';
}

/** "Caissier / Employé de libre-service", "Préparateur de commandes / Magasinier": a slash between two
 *  different titles (not a gender pair, which genderForms reads) gives two titles. */
function titlesOf(text: string): string[] {
  // One slash only: more ("Agent / Agente d'administration principal / principale") are gender pairs
  // written inside the title, which stays whole.
  if (text.split('/').length !== 2 || genderForms(text).length > 1) return [text];
  const titles = text.split(/\s*\/\s*/).map((title) => title.trim()).filter((title) => /\p{L}{2}/u.test(title));
  return titles.length > 0 ? titles : [text];
}

/** First words of the spelled-out abbreviations that name the person ("conducteur poids lourd"):
 *  after a title word of its own ("Chauffeur PL", "Infirmière IDE"), only the rest is added. */
const PERSON_HEADS = new Set(['agent', 'aide-soignant', 'infirmier', 'auxiliaire', 'accompagnant', 'aide', 'assistant', 'educateur', 'moniteur', 'conseiller', 'conducteur', 'chauffeur', 'directeur', 'president-directeur', 'responsable', 'chef', 'ingenieur', 'developpeur', 'technicien', 'administrateur', 'voyageur', 'employe']);

function expandAbbreviations(title: string): string {
  return title.replace(/[\p{L}]+\.?/gu, (word, offset: number) => {
    const bare = word.replace(/\.$/, '');
    const folded = foldText(bare);
    const expansion = Object.hasOwn(OCCUPATION_ABBREVIATIONS, folded) ? OCCUPATION_ABBREVIATIONS[folded] : undefined;
    if (!expansion) return word;
    const capitals = bare.length > 1 && bare === bare.toUpperCase();
    if (CAPITALS_ONLY.has(folded) && !capitals && !word.endsWith('.')) return word;
    // Lower-case abbreviations that are also French words ("as", "es") need capitals, handled above;
    // others expand whatever the case.
    const [head, ...rest] = expansion.split(' ');
    if (offset > 0 && /\p{L}/u.test(title.slice(0, offset)) && PERSON_HEADS.has(foldText(head!))) return rest.join(' ');
    return expansion;
  });
}
