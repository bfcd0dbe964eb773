import type { FieldKey } from '../types';

/** What the counsellor confirmed, ready to be written into a page. Plain data, no evidence. */
export interface FillPlan {
  fields: Partial<Record<FieldKey, string>>;
  skills: string[];
  softSkills: string[];
  languages: { language: string; level: string | null }[];
  drivingLicences: string[];
  experiences: { title: string; employer: string | null; start: string | null; end: string | null }[];
  education: { degree: string; school: string | null; end: string | null }[];
  /** Fields whose current non-empty page value the user chose to replace. */
  overwrite: FieldKey[];
}

export type FillTarget = FieldKey | 'skills' | 'softSkills' | 'drivingLicence' | 'languages' | 'experiences' | 'education';

export interface FillReport {
  /** What was written, e.g. "email", "skills:Excel", "drivingLicence:B". */
  filled: string[];
  /** What was not, and why ("not-found", "not-empty", "rejected-by-page"). */
  skipped: { target: string; reason: string }[];
  /** Page values left alone because they were not empty: the review screen offers a choice. */
  conflicts: { key: FieldKey; pageValue: string; suggested: string }[];
}

export function emptyFillPlan(): FillPlan {
  return { fields: {}, skills: [], softSkills: [], languages: [], drivingLicences: [], experiences: [], education: [], overwrite: [] };
}
