// Finds certificates and clearances held: CACES (one per category: "CACES R489 cat. 3"),
// electrical clearances, SST, AFGSU, HACCP, ADR, FIMO/FCO, CPC… anywhere in the CV, and every
// item of a certifications section. What is only planned ("en cours d'obtention") is left out.
import type { Certification, CvSection, TextLine } from '../types';
import {
  CACES,
  CACES_CATEGORY,
  CACES_RECOMMENDATION,
  CERTIFICATE_CONTEXT,
  CLEARANCE_CODES_ALONE,
  CLEARED_FOR,
  ELECTRICAL_CLEARANCE,
  ELECTRICAL_CODE,
  NAMED_CERTIFICATES,
  SKILL_LIKE_CERTIFICATES,
} from './certification-vocabulary';
import { MONTHS } from './date-vocabulary';
import { isCertificateDetail } from './certificate-details';
import { isDegree } from './detect-degree';
import { hasEducationSection, isDiplomaAmongCertificates } from './diploma-among-certificates';
import { splitParts } from './entry-parts';
import { stripBullet } from './line-style';
import { linesUnderPlanLead } from './plan-lead-lines';
import { isNotHeld } from './planned-markers';
import { joinWrappedCells } from './join-wrapped-cells';
import { isNotACertificate } from './not-a-certificate';

export function extractCertifications(sections: CvSection[]): Certification[] {
  const found = new Map<string, Certification>();
  const add = (label: string, line: TextLine, snippet = line.text.trim()) => {
    const key = label.toLowerCase().replace(/\s+/g, ' ');
    if (!found.has(key)) found.set(key, { label, evidence: { text: snippet, page: line.page } });
  };
  // Without an education section, the diplomas of a certifications list are read as education.
  const diplomasAreEducation = !hasEducationSection(sections);
  for (const section of sections) {
    const listed = section.kind === 'certifications' || section.kind === 'education' || section.kind === 'licences';
    // A grid of certificates wraps its cells onto a second row (joinWrappedCells).
    const lines = section.kind === 'certifications' ? joinWrappedCells(section.lines) : section.lines;
    const planned = linesUnderPlanLead(lines);
    // A list whose rows open with their year ("2014\tCAP … – Lycée professionnel Marc"): a line
    // without one is the rest of the row above ("Seguin, Vénissieux"), unless it names a certificate.
    const opensWithYear = (line: TextLine) => /^(?:19|20)\d{2}\b/.test(line.text.trim());
    const datedRows = lines.filter(opensWithYear).length;
    const datedList = datedRows >= 2 && datedRows >= lines.length * 0.6;
    for (const line of lines) {
      if (planned.has(line)) continue;
      // A licence line names no certificate of its own ("Permis B · véhiculé"), but one that lists
      // certificates beside the licence does ("Permis B, SST, habilitation électrique H0B0").
      const licenceLine = section.kind === 'certifications' && DRIVING_LICENCE.test(line.text);
      if (licenceLine && knownCertificates(line.text).length === 0) continue;
      if (section.kind === 'certifications' && isCertificateDetail(line.text)) continue;
      if (line.statusBelow !== undefined && isNotHeld(line.statusBelow)) continue;
      for (const { item, label: rowLabel, listed: inList } of splitItems(line.text, section.kind === 'certifications')) {
        if (isNotHeld(item)) continue;
        if (diplomasAreEducation && section.kind === 'certifications' && isDiplomaAmongCertificates(item)) continue;
        const known = knownCertificates(item).filter((label) => listed || !SKILL_LIKE_CERTIFICATES.has(label) || CERTIFICATE_CONTEXT.test(item));
        for (const label of known) add(label, line, item);
        if (known.length > 0) continue;
        // Every item of a certificates list; in an education list, what calls itself a certificate.
        // The first part must call itself a certificate: "Level 2 Award in…", not "Organisme – attestation".
        const opening = splitParts(item)[0] ?? '';
        const free = (section.kind === 'certifications' && !(datedList && !opensWithYear(line))) || (section.kind === 'education' && CERTIFICATE_WORD.test(opening) && !isDegree(item));
        if (free && !licenceLine && !DRIVING_LICENCE.test(item) && !isNotACertificate(item, section.heading)) {
          const label = freeLabel(rowLabel ?? item, inList);
          if (label && (!isDegree(label) || !/dipl[oô]m|formation|[ée]ducation|qualification|degree/i.test(section.heading ?? ''))) add(label, line, item);
        }
      }
    }
  }
  // "ADR" beside "ADR base + citerne": keep the more precise label.
  // Clearances named twice ("Habilitation électrique BR" under "… BR, B1V" renewed): the one whose
  // codes another holds all of says nothing more.
  const labels = [...found.values()];
  return labels.filter((item) => !labels.some((other) => other !== item && (other.label.toLowerCase().startsWith(`${item.label.toLowerCase()} `) || holdsCodesOf(other.label, item.label))));
}

const CLEARANCE_LABEL = 'Habilitation électrique ';

function holdsCodesOf(wider: string, narrower: string): boolean {
  if (!wider.startsWith(CLEARANCE_LABEL) || !narrower.startsWith(CLEARANCE_LABEL)) return false;
  const codes = (label: string) => label.slice(CLEARANCE_LABEL.length).split(/,\s*/);
  const held = new Set(codes(wider));
  const named = codes(narrower);
  return held.size > named.length && named.every((code) => held.has(code));
}

/** Items of a line: a two-column list joined by tabs, or items separated by "·", "|", ";". */
/** A "permis" of a trade or a boat is a certificate, not a driving licence ("Permis cariste"). */
const DRIVING_LICENCE = /\bpermis\b(?!\s+(?:d['’]exploitation|cariste|bateau|c[ôo]tier|fluvial|hauturier|(?:de\s+)?chasse|de\s+port\s+d['’]arme|feu|nacelle|grue|engins?\b))|driving licen[cs]e|\bv[ée]hicul[ée]/i;

// The Certiphyto (pesticide use) is named by its kind: "Certiphyto (applicateur opérationnel)",
// "Certiphyto « Décideur en exploitation agricole »"; the whole name is the label.
const CERTIFICATE_WORD = /\b(?:award|certificate|certification|certified|attestation|card|carte|licen[cs]e|certi\s?phyto)\b/i;
const GENERIC_LABEL = /^(?:other|others|autres?|divers|misc(?:ellaneous)?|more|also)$/i;

interface Item {
  item: string;
  /** For a "label\tdetails" row: the label, which names the certificate. */
  label?: string;
  /** An item of a list its row announces ("Other\tHIAB, counterbalance forklift"): a whole item
   *  even in lower case, never a piece of a wrapped line. */
  listed?: boolean;
}

/** A cell that gives details of the certificate beside it: "Valid until 2029", "Category C", "(2019)". */
const DETAIL_START = /^(?:valid|until|expires?|cat[ée]gor|class|n°|no\.|level|niveau|\(|\d)/i;

/** Items of a line: "A · B · C" lists, or a table row "Digital tachograph card\tValid until 2029"
 *  (one certificate named by its first cell), or "Other\tHIAB, counterbalance forklift". */
function splitItems(text: string, inCertificates: boolean): Item[] {
  const cells = text.split('\t').map((cell) => cell.trim()).filter(Boolean);
  const listItems = (value: string, separator = /\s[·|•]\s|;\s/) =>
    // Letters about a digit name an item too: "H0B0 – 2022".
    value.split(separator).map((item) => stripBullet(item).trim()).filter((item) => /\p{L}{2}|\p{L}\d\p{L}/u.test(item));
  if (inCertificates && cells.length >= 2) {
    if (GENERIC_LABEL.test(cells[0]!)) return listItems(cells.slice(1).join(', '), /,\s+|\s[·|•]\s|;\s/).map((item) => ({ item, listed: true }));
    // Two certificates side by side, or one certificate and its details ("Valid until 2029")?
    const known = cells.some((cell) => knownCertificates(cell).length > 0);
    const details = /^\p{Ll}/u.test(cells[1]!) || DETAIL_START.test(cells[1]!);
    if (known) {
      const named = cells.filter((cell) => knownCertificates(cell).length > 0);
      // A table row "CACES R486 cat. B | nacelle – formation demandée | —": a cell that names no
      // certificate and says it is not held gives the status of the one the row names.
      const status = named.length === 1 ? cells.find((cell) => knownCertificates(cell).length === 0 && isNotHeld(cell)) : undefined;
      // A grid of two certificates a row ("Emergency First Aid at Work (2024)\tFood Hygiene Level 2"):
      // a cell beside the named ones that names one of its own, in capitals first and no detail, is one more.
      // Not one that says how long the other is valid ("Driver Qualification Card valid until 09/2028").
      const beside = (cell: string) =>
        !isNotHeld(cell) && /^\p{Lu}/u.test(cell) && !DETAIL_START.test(cell) && /\p{L}{3}/u.test(cell) && !/\b(?:valid|valable|until|expires?|jusqu)/i.test(cell);
      return cells
        .filter((cell) => named.includes(cell) || (!status && beside(cell)))
        .map((item) => ({ item: status ? `${item} – ${status}` : item }));
    }
    if (details && cells[0]!.split(/\s+/).length <= 5) return [{ item: cells.join(' '), label: cells[0]! }];
  }
  return cells.flatMap((cell) => listItems(cell)).flatMap(splitAcronymList).map((item) => ({ item }));
}

/** "SMSTS, SSSTS", "IPAF 3a, PASMA": certificates named by their acronyms, one after the other.
 *  Words after a comma ("CITB Health, Safety & Environment test") stay one certificate. */
function splitAcronymList(item: string): string[] {
  const parts = item.split(/\s*,\s*|\s+(?:et|and|&)\s+/).map((part) => part.trim());
  const named = (part: string) => /^\p{Lu}[\p{Lu}\d]{2,}(?:\s+[\p{Lu}\d][\p{L}\d]{0,3})?$/u.test(part);
  return parts.length >= 2 && parts.every(named) ? parts : [item];
}

/** Certificates recognised by name, with their canonical label. */
export function knownCertificates(text: string): string[] {
  const labels: string[] = [];
  labels.push(...cacesLabels(text));
  const clearance = ELECTRICAL_CLEARANCE.exec(text) ?? CLEARED_FOR.exec(text);
  // Under "Habilitations", the codes may stand alone: "H0B0 – 2022".
  const codesAlone = clearance ? null : CLEARANCE_CODES_ALONE.exec(text);
  if (clearance || codesAlone) {
    // Codes follow the words ("Habilitation électrique B1V, BR") or come first ("H0B0 (habilitation)").
    const after = clearance ? [...text.slice(clearance.index + clearance[0].length).matchAll(ELECTRICAL_CODE)] : [];
    const codes = (after.length > 0 ? after : [...text.slice(0, clearance?.index ?? text.length).matchAll(ELECTRICAL_CODE)]).map((match) => match[1]!.replace(/\s+/g, ' '));
    const unique = [...new Set(codes)];
    labels.push(unique.length > 0 ? `Habilitation électrique ${unique.join(', ')}` : 'Habilitation électrique');
  }
  for (const [pattern, label] of NAMED_CERTIFICATES) {
    const match = pattern.exec(text);
    if (match) labels.push(label(match));
  }
  return labels;
}

/** "CACES R489 cat. 1, 3 et 5" -> one certificate per category. */
function cacesLabels(text: string): string[] {
  const labels: string[] = [];
  const mentions = [...text.matchAll(CACES)];
  if (mentions.length === 0) return labels;
  const from = mentions[0]!.index;
  // Several recommendations may share one "CACES": "CACES R489 cat. 3 et R486 cat. B".
  const tail = text.slice(from).replace(/\([^)]*\d{4}[^)]*\)/g, ' ');
  const recommendations = [...tail.matchAll(CACES_RECOMMENDATION)];
  if (recommendations.length === 0) {
    const categories = categoriesIn(tail.replace(/^\s*CACES\s*®?/i, ''));
    if (categories.length === 0) return ['CACES'];
    return categories.map((category) => `CACES cat. ${category}`);
  }
  recommendations.forEach((recommendation, index) => {
    const end = recommendations[index + 1]?.index ?? tail.length;
    let categories = categoriesIn(tail.slice(recommendation.index + recommendation[0].length, end));
    // "CACES 1, 3 et 5 (R489)": a single recommendation may come after its categories.
    if (categories.length === 0 && recommendations.length === 1) {
      categories = categoriesIn(tail.slice(0, recommendation.index).replace(/^\s*CACES\s*®?/i, '').replace(/(?<![\s(])[\s(]+$/, ''));
    }
    const name = `CACES R${recommendation[1]}`;
    if (categories.length === 0) labels.push(name);
    else for (const category of categories) labels.push(`${name} cat. ${category}`);
  });
  return labels;
}

const MACHINES_BEFORE_CATEGORIES = /^\s*(?:(?:[\p{L}'’-]{2,}\s+){1,4}(?=(?:[Cc]at(?:[ée]gories?|\.)?|CAT[ÉE]GORIES?|[Cc]ategor(?:y|ies))\b)|(?:nacelles?|chariots?|[ée]l[ée]vateurs?|gerbeurs?|grues?|engins?|PEMP|plates?-formes?|t[ée]l[ée]scopiques?|frontal|frontaux)(?:\s+(?:[ée]l[ée]vateurs?|de\s+chantier|mobiles?|auxiliaires?|t[ée]l[ée]scopiques?))?\s+(?=\d{1,2}[AB]?\b|[A-G]\b))/iu;

function categoriesIn(text: string): string[] {
  // Categories follow right away or after "cat."/"catégorie(s)"; stop at the first other words.
  // Categories in brackets right after the recommendation count ("CACES R489 (cat. 3, 5)"); other
  // brackets are comments ("(grue auxiliaire)").
  const bracketed = /^\s*\(([^)]*)\)/.exec(text)?.[1] ?? '';
  const onlyCategories = bracketed.split(/[\s,/&+.:–-]+/).filter(Boolean).every((token) => /^(?:\d{1,2}[AB]?|[A-G]\d?)$/.test(token) || /^(?:cat|cat[ée]gories?|category|et|and)$/i.test(token));
  const plain = (onlyCategories ? text.replace(/^\s*\(([^)]*)\)/, ' $1 ') : text).replace(/\([^)]*\)/g, ' ')
    // The machines may be named before their categories: "R486 nacelle cat. A et B", "R482
    // engins de chantier cat. A", "nacelle 1B et 3B".
    .replace(MACHINES_BEFORE_CATEGORIES, ' ');
  const head = /^[\s:–)-]*(?:(?:[Cc]at(?:[ée]gories?|\.)?|CAT[ÉE]GORIES?|[Cc]ategor(?:y|ies))\s*)?((?:(?:\d{1,2}[AB]?|[A-G]\d?)(?![\w])(?:\s*(?:,|\/|-|–|\+|&|et|and)?\s*)?)+)/.exec(plain);
  if (!head?.[1]) return [];
  return [...head[1].matchAll(CACES_CATEGORY)].map((match) => match[1]!.toUpperCase());
}

/** A month's name, accents allowed: "mars", "février", "Sept.", "March". */
const MONTH_NAME = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).map((month) => month.replace(/e/g, '[eéè]').replace(/u/g, '[uû]')).join('|')})\\.?`;
/** When it was obtained, at the end of the label: "– 2020", "– obtenu en mars 2023", "- 03/2021". */
const OBTAINED_ON = new RegExp(`\\s*[–—,-]?\\s*(?:obtenue?\\s+(?:en|le)\\s+)?(?:(?:\\d{1,2}\\s+)?${MONTH_NAME}\\s+|\\d{2}\\/)?(?:19|20)\\d{2}\\s*$`, 'iu');

/** The label of a certificate listed in a certifications section, without dates or comments. */
function freeLabel(item: string, listed = false): string | null {
  const label = item
    .replace(/\s*\((?:[^()]*\d{4}[^()]*|obtenu[^()]*|valid[^()]*)\)/gi, '')
    // The validity first: "– obtenu en mars 2023, valide jusqu'en 2026" ends with the date it was obtained.
    .replace(/\s*[–—,-]?\s*\b(?:valid|valide|expires?|expire|until|jusqu)\b.*$/i, '')
    .replace(OBTAINED_ON, '')
    .replace(/^(?:19|20)\d{2}\s*[:–—-]?\s*/, '')
    // "– passed 2024", "- obtenu": the date went above, the status says nothing more.
    .replace(/\s*[–—,-]?\s*\b(?:passed|obtenue?|r[ée]ussie?|valid[ée]e?|renewed|recycl[ée]e?|renouvel[ée]e?)\s*$/i, '')
    .replace(/[.,;:]\s*$/, '')
    .trim();
  return label.length >= 2 && label.split(/\s+/).length <= 12 && (listed || !isFragment(label)) ? label : null;
}

/** A piece of a wrapped cell or a table's furniture, no certificate's name: the end of a line
 *  ("annual update", "mini-chargeuse)", "(UKATA)"), one plain word ("Feb", "Intitulé", "Academy").
 *  A name opens with a capital or a digit; one word names a certificate only as an acronym. */
function isFragment(label: string): boolean {
  const unclosed = (label.match(/\)/g)?.length ?? 0) > (label.match(/\(/g)?.length ?? 0);
  const oneWord = !/\s/.test(label) && !/\d|\p{Lu}{2}/u.test(label);
  return /^[\p{Ll}(]/u.test(label) || unclosed || oneWord;
}
