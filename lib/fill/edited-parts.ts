// A row the counsellor corrected part by part on the review screen (an experience's title or dates,
// a school, a language level): the parts as typed, read back into the plan's shapes. A date is read
// as CVs write it ("03/2019", "mars 2019", "2019", "aujourd'hui"), with the parser's own date reader.
import { findDatePoints } from '../parse/parse-dates';
import type { FillPlan } from './fill-plan';

/** Part name -> text as the counsellor left it (an empty text clears the part). */
export type EditedParts = Record<string, string>;

export type EditedDate = { ok: true; value: string | null } | { ok: false };

/** "" clears; one whole date gives "YYYY-MM" or "YYYY" ("present" only for an end); anything else is refused. */
export function readEditedDate(text: string, end: boolean): EditedDate {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: null };
  const points = findDatePoints(trimmed);
  const only = points.length === 1 ? points[0]! : null;
  // The date must be the whole text: "2019 chez X" is not a date typed in a date box.
  if (!only || only.startsAt > 1 || only.endsAt < trimmed.replace(/[.\s]+$/, '').length - 1 || only.value.startsWith('--')) return { ok: false };
  if (only.value === 'present' && !end) return { ok: false };
  return { ok: true, value: only.value };
}

/** A plan date as a person types it in France: "2019-03" -> "03/2019"; "present" in the screen's words. */
export function typedDate(value: string | null, presentWord: string): string {
  if (!value) return '';
  if (value === 'present') return presentWord;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  return month ? `${month[2]}/${month[1]}` : value;
}

/** The names of the parts whose text cannot be read (dates only), for the row to say so. */
export function unreadableParts(parts: EditedParts | undefined): string[] {
  if (!parts) return [];
  return Object.entries(parts)
    .filter(([name, text]) => (name === 'start' || name === 'end') && !readEditedDate(text, name === 'end').ok)
    .map(([name]) => name);
}

const text = (parts: EditedParts | undefined, name: string, proposed: string | null): string | null => {
  if (!parts || !(name in parts)) return proposed;
  const edited = parts[name]!.replace(/\s+/g, ' ').trim();
  return edited || null;
};

const date = (parts: EditedParts | undefined, name: 'start' | 'end', proposed: string | null): string | null => {
  if (!parts || !(name in parts)) return proposed;
  const read = readEditedDate(parts[name]!, name === 'end');
  // An unreadable date is not guessed: the proposed one stays (the row says the typed one was not read).
  return read.ok ? read.value : proposed;
};

type PlanExperience = FillPlan['experiences'][number];
type PlanEducation = FillPlan['education'][number];
type PlanLanguage = FillPlan['languages'][number];

export function editedExperience(proposed: PlanExperience, parts: EditedParts | undefined): PlanExperience {
  return {
    title: text(parts, 'title', proposed.title) ?? '',
    employer: text(parts, 'employer', proposed.employer),
    start: date(parts, 'start', proposed.start),
    end: date(parts, 'end', proposed.end),
  };
}

export function editedEducation(proposed: PlanEducation, parts: EditedParts | undefined): PlanEducation {
  return {
    degree: text(parts, 'degree', proposed.degree) ?? '',
    school: text(parts, 'school', proposed.school),
    end: date(parts, 'end', proposed.end),
  };
}

/** The level chosen in the review's list: a CEFR level, "native" (a mother tongue) or "" (none). */
export function editedLanguage(proposed: PlanLanguage, parts: EditedParts | undefined): PlanLanguage {
  if (!parts || !('level' in parts)) return proposed;
  const level = parts.level!;
  if (level === 'native') return { language: proposed.language, level: null, levelText: 'langue maternelle' };
  if (/^[ABC][12]$/.test(level)) return { language: proposed.language, level, levelText: null };
  return { language: proposed.language, level: null, levelText: null };
}
