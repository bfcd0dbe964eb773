// Savoir-être: the qualities a job seeker lists ("Rigueur", "Autonomie", "Sens de l'organisation",
// "Gestion du stress"), which France Travail's profile asks for apart from the skills (its
// "savoir-être professionnels"). They are found in the CV's own words for them (the savoir-être
// phrasings of lib/taxonomy/cv-phrases/soft-skills.ts and the ESCO labels of the same concepts), in
// the parts of a CV where people state them: a qualities or skills section, the profile summary.
// They are a list of their own: the skills list keeps to what the CV says the person can do, and a
// quality found in it already ("travailler en équipe" from "Esprit d'équipe") is not said twice.
// With ROME loaded, each quality is also ROME's savoir-être professionnel of the same meaning.

import { conceptLabel, type Referential } from '../taxonomy/referential';
import { foldText } from '../taxonomy/label-words';
import type { ConceptSuggestion, Language, ParsedProfile, SectionKind } from '../types';
import { cvPhrases } from './cv-phrases';
import { isInEnglishCompound } from './english-compound';
import { qualityWordings } from './savoir-etre-wordings';
import { rankJobTitle } from './link-occupations';

/** How sure a quality is, by where it is stated: listed as a quality, among the skills, in the
 *  summary about oneself. Elsewhere (a job's tasks: "travail en autonomie") it is not read. */
const SECTION_CONFIDENCE: Partial<Record<SectionKind, number>> = { softSkills: 0.9, skills: 0.82, profile: 0.7, header: 0.7 };
/** A list item this long is a quality stated ("Grande rigueur"), not a sentence that happens to hold
 *  the word; the summary is read whole ("Préparatrice rigoureuse et autonome"). */
const ITEM_WORDS = 5;
/** Qualities beyond these are noise to a counsellor. */
const MOST = 8;

/** Folded wordings -> the concepts they name in one referential: the ESCO quality, and its ROME
 *  savoir-être professionnel when the referential holds ROME (lib/taxonomy/savoir-etre.ts). The
 *  phrasings of each, and the referential's own preferred and alternative labels for them. */
interface Wordings {
  concepts: Map<string, number[]>;
  /** Words in the longest wording: the widest run of words worth looking up. */
  longest: number;
  /** Wordings English writes, and French: an English one is read as English builds compounds. */
  english: Set<string>;
  french: Set<string>;
}

const wordingsByReferential = new WeakMap<Referential, Wordings>();

function wordingsOf(referential: Referential): Wordings {
  const cached = wordingsByReferential.get(referential);
  if (cached) return cached;
  const wordings = new Map<string, number[]>();
  const english = new Set<string>();
  const french = new Set<string>();
  for (const { concepts, wordings: texts } of qualityWordings(referential)) {
    for (const { text, language } of texts) {
      const key = folded(text);
      if (language === 'en') english.add(key);
      if (language === 'fr') french.add(key);
      if (key && !wordings.has(key)) wordings.set(key, concepts);
    }
  }
  const built = { concepts: wordings, longest: Math.max(0, ...[...wordings.keys()].map((key) => key.split(' ').length)), english, french };
  wordingsByReferential.set(referential, built);
  return built;
}

/** Folded words, an elided article its own word ("l'autonomie" -> "l' autonomie"), the hyphen of
 *  a compound one too ("fuel-efficient" -> "fuel ~ efficient"): a quality is never half a compound. */
function folded(text: string): string {
  return foldText(text)
    .replace(/[’`´]/g, "'")
    .replace(/(?<=[a-z0-9])[-‐‑](?=[a-z0-9])/g, ' ~ ')
    .replace(/[^a-z0-9'~]+/g, ' ')
    .replace(/\b(l|d|j|m|n|s|t|c|qu)'(?=[a-z])/g, "$1' ")
    .trim();
}

/** The savoir-être a CV states, best first, leaving out those already among `skills`. */
export function linkSoftSkills(parsed: ParsedProfile, referential: Referential, skills: readonly ConceptSuggestion[] = []): ConceptSuggestion[] {
  const known = wordingsOf(referential);
  const { concepts: wordings } = known;
  if (wordings.size === 0) return [];
  const already = new Set(skills.map((skill) => skill.id));
  const found = new Map<number, ConceptSuggestion & { order: number }>();
  let order = 0;
  // The headline names the job: a quality word of the job's name ("Creative Director", "Team
  // Leader") is no quality of the person; one said beside it ("Vendeuse rigoureuse") is.
  const headline = parsed.fields.jobTitle?.evidence.text.trim();
  const jobName = headline ? jobNameWords(headline, referential, parsed.language) : new Set<string>();
  for (const section of parsed.sections) {
    const confidence = SECTION_CONFIDENCE[section.kind];
    if (confidence === undefined) continue;
    for (const phrase of cvPhrases(section.lines)) {
      const inHeadline = section.kind === 'header' && phrase.line.text.trim() === headline;
      const words = folded(phrase.text).split(' ').filter(Boolean);
      if (words.length === 0 || (section.kind !== 'profile' && words.length > ITEM_WORDS)) continue;
      for (const { concepts, whole, key } of wordingsIn(words, known, parsed.language === 'en')) {
        if (inHeadline && key.split(' ').every((word) => jobName.has(word))) continue;
        // The item saying only the quality is surer than a quality inside a longer item.
        const score = Math.min(0.95, confidence + (whole ? 0.03 : 0));
        for (const concept of concepts) {
          const id = referential.concepts[concept]!.id;
          if (already.has(id)) continue;
          const known = found.get(concept);
          if (known && known.confidence >= score) continue;
          found.set(concept, {
            id,
            label: conceptLabel(referential, concept, parsed.language),
            confidence: round(score),
            evidence: { text: phrase.evidence ?? phrase.text, page: phrase.line.page },
            order: known?.order ?? order++,
          });
        }
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => b.confidence - a.confidence || a.order - b.order)
    .slice(0, MOST)
    .map(({ order: _order, ...suggestion }) => suggestion);
}

/** The wordings a phrase's words hold, as whole word runs, longest first; `whole` when one is the
 *  whole phrase. Negated ones ("pas de stress") are not read, nor an English wording inside a
 *  compound ("site reliability"): in an English CV, or when French does not write it so. */
function wordingsIn(words: string[], { concepts: wordings, longest, english, french }: Wordings, englishCv: boolean): { concepts: number[]; whole: boolean; key: string }[] {
  const hits: { concepts: number[]; whole: boolean; key: string }[] = [];
  const used = new Array<boolean>(words.length).fill(false);
  for (let size = Math.min(longest, words.length); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      if (used.slice(start, start + size).some(Boolean)) continue;
      const key = words.slice(start, start + size).join(' ');
      const concepts = wordings.get(key);
      if (concepts === undefined) continue;
      // "Pas de stress"; and a quality that is someone else's or a thing's: "leur autonomie",
      // "maintien de l'autonomie", "the patient's dignity".
      if (start > 0 && (NEGATION.has(words[start - 1]!) || OF_OTHERS.has(words[start - 1]!))) continue;
      if (words[start - 1] === '~' || words[start + size] === '~') continue;
      if (english.has(key) && (englishCv || !french.has(key)) && isInEnglishCompound(words, start, size)) continue;
      for (let index = start; index < start + size; index++) used[index] = true;
      hits.push({ concepts, whole: size === words.length, key });
    }
  }
  return hits;
}

/** Folded words of the occupation label the headline reads as, when it reads as one surely. */
function jobNameWords(headline: string, referential: Referential, language: Language): Set<string> {
  const [best] = rankJobTitle(headline, referential, language, undefined, 1);
  return new Set(best && best.score >= JOB_NAME_SCORE ? folded(best.matchedLabel).split(' ') : []);
}

/** A headline this close to an occupation's label is that job's name. */
const JOB_NAME_SCORE = 0.85;

const NEGATION = new Set(['pas', 'sans', 'manque', 'not', 'no', 'lack', 'non']);
/** Words before a noun that make it another's or a thing's, not the person's own quality. */
const OF_OTHERS = new Set(['le', 'la', "l'", 'les', 'leur', 'leurs', 'son', 'sa', 'ses', 'du', 'des', "d'", 'de', 'their', 'his', 'her', 'its', 'the', 'of']);

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
