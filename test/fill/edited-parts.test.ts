import { describe, expect, it } from 'vitest';
import { buildFillPlan } from '../../lib/fill/build-fill-plan';
import { editedExperience, readEditedDate, typedDate, unreadableParts } from '../../lib/fill/edited-parts';
import type { CvProfile } from '../../lib/types';

const evidence = { text: 'x', page: 1 };
const profile: CvProfile = {
  source: { file: 'cv.pdf', kind: 'pdf-text', pages: 1, language: 'fr' },
  fields: {},
  skills: [],
  occupations: [],
  experiences: [
    { title: 'Préparateur de commandes Brico', employer: null, start: '2019-03', end: 'present', evidence },
    { title: 'Manutentionnaire', employer: 'Lidl', start: '2016', end: '2018', evidence },
  ],
  education: [{ degree: 'CAP Agent d’entreposage', school: null, end: '2012', evidence }],
  languages: [
    { language: 'en', level: 'B1', evidence },
    { language: 'ar', level: null, levelText: 'notions', evidence },
  ],
  drivingLicences: [],
  certifications: [],
  warnings: [],
  timings: { readMs: 0, parseMs: 0, matchMs: 0, totalMs: 0 },
};

describe('a date typed in the review', () => {
  it('reads the ways a person writes one, and refuses what is not one date', () => {
    expect(readEditedDate('03/2019', false)).toEqual({ ok: true, value: '2019-03' });
    expect(readEditedDate('mars 2019', false)).toEqual({ ok: true, value: '2019-03' });
    expect(readEditedDate(' 2019 ', false)).toEqual({ ok: true, value: '2019' });
    expect(readEditedDate("aujourd'hui", true)).toEqual({ ok: true, value: 'present' });
    expect(readEditedDate('today', true)).toEqual({ ok: true, value: 'present' });
    expect(readEditedDate('', true)).toEqual({ ok: true, value: null });
    // A start cannot be "today"; a period, a sentence or a month without year is not one date.
    expect(readEditedDate("aujourd'hui", false).ok).toBe(false);
    expect(readEditedDate('2018 - 2019', false).ok).toBe(false);
    expect(readEditedDate('vers 2019 je crois', false).ok).toBe(false);
    expect(readEditedDate('mars', false).ok).toBe(false);
  });

  it('shows a plan date as a French form asks for it', () => {
    expect(typedDate('2019-03', "aujourd'hui")).toBe('03/2019');
    expect(typedDate('2019', "aujourd'hui")).toBe('2019');
    expect(typedDate('present', "aujourd'hui")).toBe("aujourd'hui");
    expect(typedDate(null, "aujourd'hui")).toBe('');
  });
});

describe('a row corrected part by part', () => {
  it('writes the corrected parts and keeps the others as read', () => {
    const plan = buildFillPlan(profile, {
      'experience:0': { status: 'accepted', parts: { title: ' Préparateur  de commandes ', employer: 'Brico Dépôt', start: '03/2019' } },
      'experience:1': { status: 'accepted' },
      'education:0': { status: 'accepted', parts: { school: 'Lycée Jean Moulin', end: '2013' } },
      'language:0': { status: 'accepted', parts: { level: 'B2' } },
      'language:1': { status: 'accepted', parts: { level: 'native' } },
    });
    expect(plan.experiences).toEqual([
      { title: 'Préparateur de commandes', employer: 'Brico Dépôt', start: '2019-03', end: 'present' },
      { title: 'Manutentionnaire', employer: 'Lidl', start: '2016', end: '2018' },
    ]);
    expect(plan.education).toEqual([{ degree: 'CAP Agent d’entreposage', school: 'Lycée Jean Moulin', end: '2013' }]);
    expect(plan.languages).toEqual([
      { language: 'en', level: 'B2', levelText: null },
      { language: 'ar', level: null, levelText: 'langue maternelle' },
    ]);
  });

  it('an emptied part is cleared; an unreadable date keeps the CV date and is named', () => {
    const parts = { employer: '  ', end: 'bientôt' };
    expect(editedExperience({ title: 'Cariste', employer: 'Kiabi', start: '2019', end: '2021' }, parts)).toEqual({ title: 'Cariste', employer: null, start: '2019', end: '2021' });
    expect(unreadableParts(parts)).toEqual(['end']);
    expect(unreadableParts({ title: '2019 ??' })).toEqual([]);
  });

  it('a level set back to "not given" writes no level', () => {
    const plan = buildFillPlan(profile, { 'language:0': { status: 'accepted', parts: { level: '' } } });
    expect(plan.languages).toEqual([{ language: 'en', level: null, levelText: null }]);
  });

  it('corrections to a row left unconfirmed write nothing', () => {
    const plan = buildFillPlan(profile, { 'experience:0': { status: 'pending', parts: { title: 'Cariste' } } });
    expect(plan.experiences).toEqual([]);
  });
});
