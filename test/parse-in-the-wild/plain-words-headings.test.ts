// Headings in a job seeker's own words: "Autres expériences" (the seasonal or interim jobs kept
// apart: jobs, not a section to skip), "Où j'ai étudié", "Ce qui me caractérise", "Je parle".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('headings in plain words', () => {
  it('reads the jobs under "Autres expériences" and "Other experience"', () => {
    const profile = parse(`Léa Martin\n06 12 34 56 78\nEXPÉRIENCES PROFESSIONNELLES\n2019 - 2024 : Vendeuse, Kiabi, Lyon\nAUTRES EXPÉRIENCES\nÉté 2018 : Animatrice, Camping Les Pins, Agde`);
    expect(profile.experiences.map(({ title, employer }) => ({ title, employer }))).toEqual([
      { title: 'Vendeuse', employer: 'Kiabi' },
      { title: 'Animatrice', employer: 'Camping Les Pins' },
    ]);
    const english = parse(`Emma Wilson\n07700 900123\nOther experience\nJun 2018 – Aug 2018: Camp Counsellor, Camp America, Maine`);
    expect(english.experiences.map(({ title }) => title)).toEqual(['Camp Counsellor']);
  });

  it('reads "Où j\'ai étudié", "Ce qui me caractérise" and "Je parle" as education, qualities and languages', () => {
    const profile = parse(`Léa Martin\n06 12 34 56 78\nOù j'ai étudié\nCAP Petite enfance, 2015\nCe qui me caractérise\nPatiente, organisée\nJe parle\nAnglais (B1)`);
    expect(profile.sections.map((section) => section.kind)).toEqual(['header', 'education', 'softSkills', 'languages']);
    expect(profile.languages.map(({ language, level }) => ({ language, level }))).toEqual([{ language: 'en', level: 'B1' }]);
  });
});
