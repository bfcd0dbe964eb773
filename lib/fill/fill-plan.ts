import type { FieldKey } from '../types';

/** What the counsellor confirmed, ready to be written into a page. Plain data, no evidence. */
export interface FillPlan {
  fields: Partial<Record<FieldKey, string>>;
  skills: string[];
  /** Savoir-être ("veiller aux détails"): into a box of their own, else with the skills. */
  softSkills: string[];
  /** Other words for a confirmed skill or quality, by its label: how the CV said it ("Rigueur") and
   *  how job seekers say it ("Minutie"), for a checklist whose boxes say it so. */
  wordings?: Record<string, string[]>;
  /**
   * Occupations the counsellor confirmed (the referential's labels, "cariste"), best first: what a
   * job picker is offered when the CV's own title ("Cariste – Préparateur de commandes") is not one
   * of its options.
   */
  occupations: string[];
  /** ISO 639-1 code, CEFR level or null, and the level as the CV words it ("courant"), if known. */
  languages: { language: string; level: string | null; levelText?: string | null }[];
  drivingLicences: string[];
  /** Certificates and habilitations the counsellor confirmed, as the CV names them ("CACES R489
   *  cat. 3", "SST"): into a box of their own, never mixed into the skills. */
  certifications: string[];
  /** Dates "YYYY-MM" or "YYYY"; end may be "present". */
  experiences: { title: string; employer: string | null; start: string | null; end: string | null }[];
  education: { degree: string; school: string | null; end: string | null }[];
  /** Fields (or the skills and savoir-être boxes) whose current non-empty page value the user chose
   *  to replace. */
  overwrite: (FieldKey | ListBox)[];
  /** Only when the user gave one ("Madame", "M."): it is never guessed from a first name. */
  civility?: string;
}

/** The lists written as text into one box of their own. */
export type ListBox = 'skills' | 'softSkills' | 'certifications';

export function isListBox(target: string): target is ListBox {
  return target === 'skills' || target === 'softSkills' || target === 'certifications';
}

export type FillTarget = FieldKey | 'skills' | 'softSkills' | 'certifications' | 'drivingLicence' | 'languages' | 'experiences' | 'education';

export interface FillReport {
  /** What was written, e.g. "email", "skills:Excel", "drivingLicence:B", "experience:0", "language:en". */
  filled: string[];
  /**
   * What was not, and why: "not-found", "not-empty", "rejected-by-page", "no-matching-option",
   * "date-too-vague", "already-present", "add-failed", "not-kept-by-page", "too-long",
   * "ambiguous-option" (an autocomplete offered several options that say the value),
   * "wrong-format" (not of the control's pattern), "read-only" (the page shows it in a box it
   * locked, with a value of its own: the account's e-mail; left as it is).
   */
  skipped: { target: string; reason: string }[];
  /** Page values left alone because they were not empty: the review screen offers a choice. */
  conflicts: { key: FieldKey; pageValue: string; suggested: string }[];
  /** The same for a skills or savoir-être box the person had already written in: their text is
   *  kept; `suggested` is the text the fill would have written. */
  listConflicts?: { target: ListBox; pageValue: string; suggested: string }[];
  /** What undo cannot take back: a custom menu with no empty choice ("Choisir…") keeps the option
   *  chosen. The review screen names them after an undo. Undo adds the radio answers the page
   *  ticked again from its own state (a React or Vue radio group): the undo's report names them. */
  irreversible?: string[];
  /** What undo tried to put back and could not (the page broke the control since the fill): the
   *  undo's report names them, for the counsellor to correct by hand. */
  notRestored?: string[];
  /** The site adapter that added its knowledge of the page, if any. */
  adapter?: string;
}

export function emptyFillPlan(): FillPlan {
  return { fields: {}, skills: [], softSkills: [], occupations: [], languages: [], drivingLicences: [], certifications: [], experiences: [], education: [], overwrite: [] };
}

/** Nothing confirmed to write: no field and no item in any list (a quality alone is something). */
export function fillPlanIsEmpty(plan: FillPlan): boolean {
  const lists = [plan.skills, plan.softSkills, plan.occupations, plan.languages, plan.drivingLicences, plan.certifications, plan.experiences, plan.education];
  return Object.keys(plan.fields).length === 0 && lists.every((list) => list.length === 0);
}
