import { SAVOIR_ETRE_IDS, savoirEtreWordings } from '../taxonomy/savoir-etre';
import type { CvProfile, FieldKey } from '../types';
import { editedEducation, editedExperience, editedLanguage, type EditedParts } from './edited-parts';
import { emptyFillPlan, type FillPlan } from './fill-plan';

/** The likely occupations the review screen offers to confirm. */
export const SHOWN_OCCUPATIONS = 3;

export type DecisionStatus = 'pending' | 'accepted' | 'rejected';

export interface Decision {
  status: DecisionStatus;
  /** The value as the user edited it; absent means the suggestion as proposed. */
  value?: string;
  /** For a field the page already holds: the user chose to replace the page's value. */
  overwrite?: boolean;
  /** A row of several parts corrected part by part (experience, education, language level). */
  parts?: EditedParts;
}

/** The user's decisions, by review row key: `field:email`, `skill:3`, `language:0`, `licence:1`, `certification:0`… */
export type Decisions = Record<string, Decision>;

/** A skill or occupation the counsellor added from the referential (the CV implies it, no line
 *  says it): its row key holds the concept id, its decision the label. */
/** What a counsellor can add from the referential: a skill, an occupation, a savoir-être. */
export type AddedKind = 'skill' | 'occupation' | 'softSkill';
export const addedKey = (kind: AddedKind, id: string) => `added-${kind}:${id}`;

export function addedConcepts(decisions: Decisions, kind: AddedKind): { key: string; id: string; label: string }[] {
  const prefix = `added-${kind}:`;
  return Object.entries(decisions)
    .filter(([key, decision]) => key.startsWith(prefix) && decision.status === 'accepted' && decision.value?.trim())
    .map(([key, decision]) => ({ key, id: key.slice(prefix.length), label: decision.value!.trim() }));
}

/** Only what the counsellor accepted goes into the page: that is the human decision. */
export function buildFillPlan(profile: CvProfile, decisions: Decisions): FillPlan {
  const plan = emptyFillPlan();
  const accepted = (key: string) => decisions[key]?.status === 'accepted';
  const valueOf = (key: string, proposed: string) => (decisions[key]?.value ?? proposed).trim();

  for (const [key, suggestion] of Object.entries(profile.fields) as [FieldKey, { value: string }][]) {
    const rowKey = `field:${key}`;
    if (!accepted(rowKey)) continue;
    const value = valueOf(rowKey, suggestion.value);
    if (value) plan.fields[key] = value;
    if (decisions[rowKey]?.overwrite) plan.overwrite.push(key);
  }
  profile.skills.forEach((skill, index) => {
    if (accepted(`skill:${index}`)) plan.skills.push(valueOf(`skill:${index}`, skill.label));
  });
  profile.occupations.slice(0, SHOWN_OCCUPATIONS).forEach((occupation, index) => {
    if (accepted(`occupation:${index}`)) plan.occupations.push(occupation.label);
  });
  (profile.softSkills ?? []).forEach((quality, index) => {
    if (!accepted(`softSkill:${index}`)) return;
    plan.softSkills.push(quality.label);
    addWordings(plan, quality.label, quality.id, quality.evidence.text);
  });
  profile.skills.forEach((skill, index) => {
    // A quality found among the skills ("travailler en équipe" from "Esprit d'équipe") too.
    if (accepted(`skill:${index}`) && SAVOIR_ETRE_IDS.has(skill.id)) addWordings(plan, valueOf(`skill:${index}`, skill.label), skill.id, skill.evidence.text);
  });
  for (const added of addedConcepts(decisions, 'skill')) if (!plan.skills.includes(added.label)) plan.skills.push(added.label);
  for (const added of addedConcepts(decisions, 'occupation')) if (!plan.occupations.includes(added.label)) plan.occupations.push(added.label);
  for (const added of addedConcepts(decisions, 'softSkill')) {
    if (plan.softSkills.includes(added.label)) continue;
    plan.softSkills.push(added.label);
    addWordings(plan, added.label, added.id, '');
  }
  profile.languages.forEach((language, index) => {
    const key = `language:${index}`;
    if (accepted(key)) plan.languages.push(editedLanguage({ language: language.language, level: language.level, levelText: language.levelText ?? null }, decisions[key]?.parts));
  });
  profile.drivingLicences.forEach((licence, index) => {
    if (accepted(`licence:${index}`)) plan.drivingLicences.push(licence);
  });
  profile.certifications.forEach((certification, index) => {
    const key = `certification:${index}`;
    const value = accepted(key) ? valueOf(key, certification.label) : '';
    if (value && !plan.certifications.includes(value)) plan.certifications.push(value);
  });
  profile.experiences.forEach((experience, index) => {
    const key = `experience:${index}`;
    if (accepted(key)) {
      plan.experiences.push(editedExperience({ title: experience.title, employer: experience.employer, start: experience.start, end: experience.end }, decisions[key]?.parts));
    }
  });
  profile.education.forEach((education, index) => {
    const key = `education:${index}`;
    if (accepted(key)) plan.education.push(editedEducation({ degree: education.degree, school: education.school, end: education.end }, decisions[key]?.parts));
  });
  return plan;
}

/** A CV's own words for a quality this short are a name for it ("Grande rigueur"), not a sentence. */
const WORDING_WORDS = 4;

function addWordings(plan: FillPlan, label: string, id: string, evidence: string): void {
  const said = evidence.trim().split(/\s+/).length <= WORDING_WORDS ? [evidence.trim()] : [];
  const wordings = [...new Set([...said, ...savoirEtreWordings(id)])].filter((wording) => wording !== label);
  if (wordings.length > 0) (plan.wordings ??= {})[label] = wordings;
}

/** Every review row with its confidence, for "accept all above the threshold" and the counts. */
export function reviewRows(profile: CvProfile): { key: string; confidence: number }[] {
  const rows: { key: string; confidence: number }[] = [];
  for (const [key, suggestion] of Object.entries(profile.fields)) rows.push({ key: `field:${key}`, confidence: suggestion.confidence });
  profile.occupations.slice(0, SHOWN_OCCUPATIONS).forEach((occupation, index) => rows.push({ key: `occupation:${index}`, confidence: occupation.confidence }));
  profile.skills.forEach((skill, index) => rows.push({ key: `skill:${index}`, confidence: skill.confidence }));
  (profile.softSkills ?? []).forEach((quality, index) => rows.push({ key: `softSkill:${index}`, confidence: quality.confidence }));
  profile.languages.forEach((_, index) => rows.push({ key: `language:${index}`, confidence: 0.9 }));
  profile.drivingLicences.forEach((_, index) => rows.push({ key: `licence:${index}`, confidence: 0.9 }));
  // Named on the CV as such ("CACES R489", "SST"): as sure as a licence category.
  profile.certifications.forEach((_, index) => rows.push({ key: `certification:${index}`, confidence: 0.9 }));
  profile.experiences.forEach((_, index) => rows.push({ key: `experience:${index}`, confidence: 0.8 }));
  profile.education.forEach((_, index) => rows.push({ key: `education:${index}`, confidence: 0.8 }));
  return rows;
}

export function acceptAllAbove(profile: CvProfile, decisions: Decisions, threshold: number): Decisions {
  const next: Decisions = { ...decisions };
  for (const row of reviewRows(profile)) {
    const current = next[row.key];
    if ((current?.status ?? 'pending') === 'pending' && row.confidence >= threshold) next[row.key] = { ...current, status: 'accepted' };
  }
  return next;
}
