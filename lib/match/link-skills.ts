// CV sections -> skill suggestions. Each line is cut into phrases, skill labels are spotted in each
// phrase, overlapping spots keep the best concept (the others become its alternatives), and each
// concept's confidence combines label similarity, where it was found, the CV's likely occupation and
// hedging words around it. One suggestion per concept.

import type { ConceptSuggestion, CvSection, Language, ParsedProfile, SectionKind, TextLine } from '../types';
import { foldText, wordsOf } from '../taxonomy/label-words';
import { LANGUAGES, conceptLabel, labelTextList, type Referential } from '../taxonomy/referential';
import { detectHedging } from './detect-hedging';
import { isAcronymReadAsWord } from './acronym-as-word';
import { isOtherSenseOfAcronym } from './acronym-senses';
import { isAcronymSpelledOtherwise } from './acronym-spelled-out';
import { companyNameSpans } from './company-names';
import { conceptSupport } from './concept-support';
import { cvPhrases } from './cv-phrases';
import { isDigitalGridLine, isLanguageGridLine } from './europass-grid-line';
import { languageSkills } from './language-skills';
import { phraseWords } from './phrase-words';
import { bestMention, readingStrength, skillConfidence, type ConceptEvidence, type SkillMention } from './skill-confidence';
import { headerSummary } from './header-profile';
import { isPlannedTraining, isTrainingLine } from './training-lines';
import { isTrainingReceived } from './training-received';
import { isWordReadAsAcronym } from './word-read-as-acronym';
import { isNamedToolWrittenAsIs } from './named-tool';
import { toolsBesideLanguages } from './tools-beside-languages';
import { sectionsOfRowLabels } from './row-label-sections';
import { isSomeoneElsesRole } from './someone-elses-role';
import { spotSkillLabelsInWords, type DocumentKeys, type LabelSpot } from './spot-skill-labels';

/** How much a mention counts, by where it was written. Sections absent here are not read for skills:
 *  the header (name, contact), languages, hobbies, and in education and licences all but the
 *  trainings and certificates (skillLines: degree names are not skills, "Brevet" is not a patent). */
export const SECTION_WEIGHT: Partial<Record<SectionKind, number>> = {
  skills: 1,
  softSkills: 1,
  certifications: 0.95,
  experience: 0.9,
  profile: 0.85,
  other: 0.8,
  // Only their trainings and certificates (skillLines). Kept apart from "certifications" in the
  // confidence model, which reads a mention there as it reads one in a profile: measured better on
  // the dev and held-out CVs than counting them as certifications.
  education: 0.9,
  licences: 0.9,
};

/** A training still to come ("Projet : formation SST"), as much as a plan said in words lowers it
 *  (detectHedging's "future"). */
const PLANNED_TRAINING_FACTOR = 0.55;

/** A reading of the CV this weak is not a skill at all (readingStrength). */
export const SKILL_READING_THRESHOLD = 0.7;
/** Suggestions less likely kept than not are left out (the confidence is that likelihood). */
export const SKILL_THRESHOLD = 0.5;
const MAX_ALTERNATIVES = 3;

export interface SkillContext {
  /** Skill concepts linked to the CV's likely occupations (empty when the referential has no links). */
  relatedSkills: Set<number>;
  /** What the CV is about (documentKeysOf), when the caller has it already. */
  documentKeys?: DocumentKeys;
}

export function linkSkills(
  profile: Pick<ParsedProfile, 'sections' | 'language'> & Partial<Pick<ParsedProfile, 'experiences' | 'fields'>>,
  referential: Referential,
  context: SkillContext = { relatedSkills: new Set() },
): ConceptSuggestion[] {
  const language: Language = profile.language;
  const suggestions: ConceptSuggestion[] = [];
  for (const { concept, mentions, best, evidence } of skillCandidates(profile, referential, context)) {
    const confidence = skillConfidence(mentions, evidence, best);
    if (confidence < SKILL_THRESHOLD) continue;
    const suggestion: ConceptSuggestion = {
      id: referential.concepts[concept]!.id,
      label: conceptLabel(referential, concept, language),
      confidence: Math.round(confidence * 100) / 100,
      evidence: { text: best.phrase, page: best.line.page },
    };
    const alternatives = best.alternatives
      .filter((alternative) => alternative.concept !== concept)
      .slice(0, MAX_ALTERNATIVES)
      .map((alternative) => ({
        id: referential.concepts[alternative.concept]!.id,
        label: conceptLabel(referential, alternative.concept, language),
        score: Math.round(alternative.score * 100) / 100,
      }));
    if (alternatives.length > 0) suggestion.alternatives = alternatives;
    suggestions.push(suggestion);
  }
  return suggestions.sort((a, b) => b.confidence - a.confidence || a.label.localeCompare(b.label));
}

export interface SkillCandidate {
  concept: number;
  mentions: SkillMention[];
  /** The mention shown as evidence (bestMention). */
  best: SkillMention;
  evidence: ConceptEvidence;
}

/** The concepts the CV reads strongly enough to be skills at all, with what their confidence is
 *  made of (also what scripts/eval/fit-skill-confidence.ts fits the model on). */
export function skillCandidates(
  profile: Pick<ParsedProfile, 'sections' | 'language'> & Partial<Pick<ParsedProfile, 'experiences' | 'fields'>>,
  referential: Referential,
  context: SkillContext = { relatedSkills: new Set() },
): SkillCandidate[] {
  const documentKeys = context.documentKeys ?? documentKeysOf(profile, referential);
  const byConcept = new Map<number, SkillMention[]>();
  for (const mention of collectSkillMentions(profile, referential, { ...context, documentKeys })) {
    const list = byConcept.get(mention.spot.concept);
    if (list) list.push(mention);
    else byConcept.set(mention.spot.concept, [mention]);
  }
  const candidates: SkillCandidate[] = [];
  for (const [concept, mentions] of byConcept) {
    const best = bestMention(mentions);
    if (readingStrength(mentions, best) < SKILL_READING_THRESHOLD) continue;
    const { skillType, reuseLevel } = referential.concepts[concept]!;
    const tool = best.written !== undefined && isNamedToolWrittenAsIs(best.written, referential.labels.text.at(best.spot.label)!);
    candidates.push({
      concept,
      mentions,
      best,
      evidence: {
        support: conceptSupport(referential, best.spot, documentKeys),
        knowledge: (skillType === 'knowledge' || skillType === 'savoir') && !tool,
        transversal: reuseLevel === 'transversal',
      },
    });
  }
  return candidates;
}

/** Every skill label spotted in the CV's readable sections, with what the confidence is made of. */
export function collectSkillMentions(
  profile: Pick<ParsedProfile, 'sections' | 'language'> & Partial<Pick<ParsedProfile, 'experiences' | 'fields'>>,
  referential: Referential,
  context: SkillContext = { relatedSkills: new Set() },
): SkillMention[] {
  const language: Language = profile.language;
  const mentions: SkillMention[] = [];
  const excluded = languageSkills(referential);
  const documentKeys = context.documentKeys ?? documentKeysOf(profile, referential);
  const names = namesOf(profile);

  for (const section of sectionsToRead(profile.sections)) {
    const { weight: sectionWeight, lines } = skillLines(section);
    if (sectionWeight === undefined) continue;
    // "COMPÉTENCES À DÉVELOPPER", "Formations envisagées": the heading's plan covers its section.
    // A profile's "Objectif :" heading introduces the job sought, not skills to come.
    const headingHedging = section.heading === null || section.kind === 'profile' ? undefined : detectHedging(section.heading);
    const leadOfLine = leadHedgingOfLines(lines);
    const trainings = section.kind === 'education' || section.kind === 'licences';
    // Concepts each line's own words gave as another reading of a spot: a phrase read through a
    // coordination adds skills, never a second reading of what the line already said.
    const readInLine = new Map<TextLine, Set<number>>();
    // Concepts each line's own words spotted, with their best score.
    const spokenInLines = new Map<TextLine, Map<number, number>>();
    for (const phrase of cvPhrases(lines)) {
      const nameSpans = [...spansOf(phrase.text, names), ...streetSpans(phrase.text), ...companyNameSpans(phrase.text)];
      const words = phraseWords(phrase.text, referential);
      const spots = spotSkillLabelsInWords(phrase.text, words, referential, language, documentKeys).filter((spot) => {
        if (excluded.has(spot.concept) || nameSpans.some(([start, end]) => spot.start >= start && spot.end <= end)) return false;
        if (isTrainingReceived(referential, spot.concept, section.kind, phrase.line.text)) return false;
        if (isSomeoneElsesRole(phrase.text, spot.start, spot.end)) return false;
        const matched = phrase.text.slice(spot.start, spot.end);
        const labels = () => conceptLabelTexts(referential, spot.concept);
        return (
          !isWordReadAsAcronym(matched, referential.labels.text.at(spot.label)!) &&
          !isOtherSenseOfAcronym(matched, phrase.line.text) &&
          !isAcronymReadAsWord(matched, phrase.line.text, labels) &&
          !isAcronymSpelledOtherwise(matched, phrase.line.text, labels)
        );
      });
      const read = readInLine.get(phrase.line) ?? new Set<number>();
      readInLine.set(phrase.line, read);
      const spokenInLine = spokenInLines.get(phrase.line) ?? new Map<number, number>();
      spokenInLines.set(phrase.line, spokenInLine);
      // Each scheme reads the phrase on its own: with ESCO and ROME both loaded, a ROME competence
      // covering the same words must not hide the ESCO skill (the counsellor may need either).
      for (const { spot, alternatives } of resolveOverlapsPerScheme(spots, referential)) {
        if (phrase.evidence !== undefined && (read.has(spot.concept) || (spokenInLine.get(spot.concept) ?? 0) >= spot.score)) continue;
        if (phrase.evidence === undefined) {
          for (const alternative of alternatives) read.add(alternative.concept);
          // The same skill read again through a coordination of the same words is no second mention.
          spokenInLine.set(spot.concept, Math.max(spot.score, spokenInLine.get(spot.concept) ?? 0));
        }
        const hedging = detectHedging(phrase.text, spot);
        // The status line under the item (parse stage): its plan or negation is the item's.
        const status = statusFactor(phrase.line.statusBelow);
        // The list's lead, the status after a dash, the section's heading: said once for many items.
        const covering = Math.min(
          ...(phrase.covering ?? []).map((words) => detectHedging(words)?.factor ?? 1),
          headingHedging?.factor ?? 1,
          leadOfLine.get(phrase.line) ?? 1,
          trainings && isPlannedTraining(phrase.line.text) ? PLANNED_TRAINING_FACTOR : 1,
        );
        const evidence = phrase.evidence ?? phrase.text;
        mentions.push({
          spot,
          alternatives,
          phrase: evidence,
          phraseWords: evidence === phrase.text ? words.length : wordsOf(evidence).length,
          written: phrase.text.slice(spot.start, spot.end),
          line: phrase.line,
          section: section.kind,
          sectionWeight,
          hedging: Math.min(hedging?.factor ?? 1, status ?? 1, covering),
          related: context.relatedSkills.size > 0 && context.relatedSkills.has(spot.concept),
        });
      }
    }
  }
  return mentions;
}

function conceptLabelTexts(referential: Referential, concept: number): string[] {
  const { labelStart, labelEnd } = referential.concepts[concept]!;
  return labelTextList(referential.labels.text, labelStart, labelEnd);
}

/** Employers and places the CV names ("XPO Logistics", "DHL Supply Chain", "Paris 11e"): words inside
 *  them are names, not skills ("logistics", "supply chain", "paris"). Folded, at least 3 letters. */
export function namesOf(profile: Partial<Pick<ParsedProfile, 'experiences' | 'fields'>>): string[] {
  const names = new Set<string>();
  const add = (name: string | null | undefined): void => {
    const folded = foldText(name ?? '').replace(/\s+/g, ' ').trim();
    if (folded.replace(/[^a-z]/g, '').length >= 3) names.add(folded);
  };
  for (const experience of profile.experiences ?? []) {
    add(experience.employer);
    add(experience.location);
  }
  add(profile.fields?.city?.value);
  // "Paris 15e", "Lyon 7e", "Marseille 13008": the town is named alone elsewhere ("connaissance de
  // Paris", "CMA Paris"), and "paris" is also ESCO's betting.
  add(townOfCity(profile.fields?.city?.value));
  return [...names];
}

/** The town of a city field without its district, postcode or département ("Paris 15e", "Bordeaux (33)"). */
function townOfCity(city: string | null | undefined): string | undefined {
  const town = city?.replace(/(?:\s+(?:\d{1,2}\s*(?:e|er|ème|eme)\b|\d{5}|\(\d{2,3}\)|cedex\b.*))+\s*$/iu, '').trim();
  return town && town !== city ? town : undefined;
}

/** A street in an address ("12 rue de la Poterie", "avenue de la Soudure"): French streets are named
 *  after trades, and an employer's address is no skill of the person. The street's name runs to the
 *  next comma, bracket or number (the postcode). */
const STREET =
  /(?:(?<![\p{L}\d])\d{1,4}\s*(?:bis|ter|[a-d])?\s*,?\s+(?:rue|avenue|av\.?|boulevard|bd|place|pl\.|all[ée]e|impasse|chemin|route|quai|cours|square|passage|voie|sentier|r[ée]sidence|lotissement|faubourg|cit[ée]|parvis|esplanade|mail|rond-point|zone|za|zi|zac)|(?<![\p{L}\d])(?:rue|avenue|boulevard|impasse|all[ée]e)(?=\s+(?:de|du|des|d['’])(?![\p{L}\d])))(?![\p{L}\d])[^,;()\d|•]*/giu;

export function streetSpans(text: string): [number, number][] {
  return [...text.matchAll(STREET)].map((match) => [match.index, match.index + match[0].trimEnd().length]);
}

/** Character spans of the names in a phrase (whole words only). */
function spansOf(text: string, names: string[]): [number, number][] {
  if (names.length === 0) return [];
  const folded = foldText(text);
  const spans: [number, number][] = [];
  for (const name of names) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const before = folded.charAt(at - 1);
      const after = folded.charAt(at + name.length);
      if (/[a-z0-9]/.test(before) || /[a-z0-9]/.test(after)) continue;
      spans.push([at, at + name.length]);
    }
  }
  return spans;
}

/** A lead on a line of its own ("Formations envisagées :", "Notions :") and the items under it, up
 *  to the next lead: the lead's plan, negation or smattering is each item's. */
function leadHedgingOfLines(lines: TextLine[]): Map<TextLine, number> {
  const factors = new Map<TextLine, number>();
  let lead: number | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (/[:：]$/.test(text) && text.split(/\s+/).length <= 6) {
      lead = detectHedging(text)?.factor;
      continue;
    }
    if (lead !== undefined) factors.set(line, lead);
  }
  return factors;
}

/** What a status line under an item does to its skills: a plan or a negation lowers them; "notions"
 *  there is no status of the item. */
function statusFactor(statusBelow: string | undefined): number | undefined {
  const hedging = statusBelow === undefined ? undefined : detectHedging(statusBelow);
  return hedging && hedging.kind !== 'basic' ? hedging.factor : undefined;
}

/** The sections as they are read for skills: a Europass table's labelled rows as the sections
 *  they name (sectionsOfRowLabels); the software under a "Langues et informatique" heading as
 *  skills (toolsBesideLanguages); the summary sentences written in the header (headerSummary) as a
 *  profile of their own, the header's first lines being otherwise not read. */
function sectionsToRead(sections: CvSection[]): CvSection[] {
  return sections.flatMap(sectionsOfRowLabels).flatMap((section) => {
    const tools = toolsBesideLanguages(section);
    if (tools) return [section, tools];
    if (section.kind !== 'header') return [section];
    const summary = section.lines.slice(0, HEADER_LINES).flatMap((line) => headerSummary(line) ?? []);
    return summary.length === 0 ? [section] : [section, { ...section, kind: 'profile' as const, heading: null, lines: summary }];
  });
}

/** Lines of a section read for skills, and their weight. In an education or licences section only
 *  the trainings and certificates (isTrainingLine): degrees' titles and schools attest no skill. */
function skillLines(section: CvSection): { weight: number | undefined; lines: TextLine[] } {
  const readable = readableLines(section);
  if (section.kind !== 'education' && section.kind !== 'licences') return readable;
  return { weight: readable.weight, lines: readable.lines.filter((line) => isTrainingLine(line.text)) };
}

/** Lines of a section worth reading for skills, and their weight. A long header is a CV whose
 *  headings were not recognised: past its first lines (name, contact) it is content. */
function readableLines(section: CvSection): { weight: number | undefined; lines: TextLine[] } {
  // Referees' names and job titles ("M. Durand, chef d'équipe soudure") are not the person's skills.
  if (section.heading !== null && REFERENCES_HEADING.test(section.heading)) return { weight: undefined, lines: [] };
  const lines = section.lines.filter((line) => !INTERESTS_LINE.test(line.text) && !isLanguageGridLine(line.text) && !isDigitalGridLine(line.text));
  if (section.kind === 'header' && lines.length > HEADER_LINES) {
    return { weight: SECTION_WEIGHT.other, lines: lines.slice(HEADER_LINES) };
  }
  return { weight: SECTION_WEIGHT[section.kind], lines };
}

/** "Loisirs : randonnée, couture" inside a "Divers" section: hobbies, read no more than a hobbies
 *  section is (gardening on week-ends is not a trade skill). */
const INTERESTS_LINE = /^\s*(?:loisirs|centres? d['’]int[ée]r[êe]ts?|int[ée]r[êe]ts|passions?|passe-temps|hobbies(?: (?:and|&) interests)?|interests)\s*(?::|\s[-–—|]\s|[–—|])/i;
const REFERENCES_HEADING = /^\W*(?:r[ée]f[ée]rences?|referees?|references?)(?:\s+(?:professionnelles|professional|personnelles|personal))?\W*$/iu;

const HEADER_LINES = 6;

const CONTEXT_SECTIONS = new Set<SectionKind>(['profile', 'experience', 'education', 'skills', 'softSkills', 'certifications', 'other']);

/** Words the CV repeats (on two lines or more) outside the header, hobbies, languages and licences:
 *  what the CV is about ("entrepôt", "patients"), used to complete labels' qualifiers. */
export function documentKeysOf(profile: Pick<ParsedProfile, 'sections'>, referential: Referential): DocumentKeys {
  const counts = LANGUAGES.map(() => new Map<number, number>());
  // A Europass table's labelled rows count as the sections they name, as they are read for skills.
  for (const section of profile.sections.flatMap(sectionsOfRowLabels)) {
    if (!CONTEXT_SECTIONS.has(section.kind) && section.kind !== 'header') continue;
    for (const line of readableLines(section).lines) {
      const seen = LANGUAGES.map(() => new Set<number>());
      for (const word of phraseWords(line.text, referential)) {
        word.keys.forEach((key, lang) => {
          if (key < 0 || seen[lang]!.has(key)) return;
          seen[lang]!.add(key);
          counts[lang]!.set(key, (counts[lang]!.get(key) ?? 0) + 1);
        });
      }
    }
  }
  return counts.map((count) => new Set([...count].filter(([, lines]) => lines >= 2).map(([key]) => key)));
}

/** resolveOverlaps within each scheme (ESCO, ROME) of the spotted concepts. */
export function resolveOverlapsPerScheme(spots: LabelSpot[], referential: Referential): ReturnType<typeof resolveOverlaps> {
  const byScheme = new Map<string, LabelSpot[]>();
  for (const spot of spots) {
    const scheme = referential.concepts[spot.concept]!.scheme;
    const list = byScheme.get(scheme);
    if (list) list.push(spot);
    else byScheme.set(scheme, [spot]);
  }
  const transversal = (concept: number) => referential.concepts[concept]!.reuseLevel === 'transversal';
  return [...byScheme.values()].flatMap((schemeSpots) => resolveOverlaps(schemeSpots, transversal));
}

/** A more specific label the rest of the CV completes ("gérer les stocks | d'un entrepôt" in a
 *  warehouse CV) is preferred to the generic one when it scores at least this share of it. */
const SPECIFIC_SHARE = 0.75;

/** A concept that lost its best words to another is still read over other words scoring at least
 *  this share of its best reading. */
const REREAD_SHARE = 0.95;

/** Best spot per concept; a spot whose words are all inside a better spot's words is an alternative
 *  reading of the same words, not another skill. */
export function resolveOverlaps(
  spots: LabelSpot[],
  isTransversal: (concept: number) => boolean = () => false,
): { spot: LabelSpot; alternatives: LabelSpot[] }[] {
  const bestPerConcept = new Map<number, LabelSpot>();
  for (const spot of spots) {
    const known = bestPerConcept.get(spot.concept);
    if (!known || spot.score > known.score) bestPerConcept.set(spot.concept, spot);
  }
  const ordered = [...bestPerConcept.values()].sort(
    (a, b) => b.score - a.score || b.positions.length - a.positions.length,
  );
  const accepted: { spot: LabelSpot; alternatives: LabelSpot[] }[] = [];
  for (const spot of ordered) {
    const covering = accepted.find((entry) => spot.positions.every((position) => entry.spot.positions.includes(position)));
    if (!covering) {
      accepted.push({ spot, alternatives: [] });
      continue;
    }
    // Not over a transversal skill: "Travail en équipe" is teamwork, whatever other words of ESCO's
    // many kinds of team ("équipes de remise en forme", "de montage") the CV holds elsewhere.
    const specific =
      spot.fromContext > 0 &&
      !isTransversal(covering.spot.concept) &&
      covering.spot.fromContext === 0 &&
      covering.spot.positions.every((position) => spot.positions.includes(position)) &&
      spot.score >= covering.spot.score * SPECIFIC_SHARE &&
      !covering.alternatives.some((alternative) => alternative.fromContext > 0);
    if (specific) {
      covering.alternatives.unshift(covering.spot);
      covering.spot = spot;
    } else covering.alternatives.push(spot);
  }
  // A concept read again, as well, over other words of the phrase is its own skill there, not
  // only another reading of the words it lost ("travail en équipe postée": "travail en équipe" is
  // teamwork's, but "équipe postée" still says shift work).
  const isCovered = (spot: LabelSpot) =>
    accepted.some((entry) => spot.positions.every((position) => entry.spot.positions.includes(position)));
  const spotsOf = new Map<number, LabelSpot[]>();
  for (const spot of spots) {
    const list = spotsOf.get(spot.concept);
    if (list) list.push(spot);
    else spotsOf.set(spot.concept, [spot]);
  }
  for (const entry of [...accepted]) {
    for (const alternative of [...entry.alternatives]) {
      const elsewhere = spotsOf
        .get(alternative.concept)!
        .filter((spot) => spot.score >= alternative.score * REREAD_SHARE && !isCovered(spot))
        .sort((a, b) => b.score - a.score || b.positions.length - a.positions.length)[0];
      if (!elsewhere) continue;
      entry.alternatives.splice(entry.alternatives.indexOf(alternative), 1);
      accepted.push({ spot: elsewhere, alternatives: [] });
    }
  }
  return accepted;
}
