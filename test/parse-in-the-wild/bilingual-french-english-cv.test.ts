// A CV written in both languages line by line, for employers on both sides: every heading, title
// and language named twice ("EXPÉRIENCE / EXPERIENCE", "Développeur / Developer", "Anglais /
// English : C1"). The second name of a language is no part of its level.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a bilingual French / English CV', () => {
  const profile = parseProfile(documentOf(plainLines(`Thomas Girard
Développeur full-stack / Full-stack developer
thomas.girard@proton.me · +33 6 45 67 89 01
Lyon, France
PROFIL / PROFILE
Développeur avec 6 ans d'expérience. Developer with 6 years of experience in web applications.
EXPÉRIENCE / EXPERIENCE
Développeur senior / Senior developer
Sopra Steria, Lyon
Sept. 2021 – Présent
Conception d'API REST en TypeScript.
Développeur / Developer
Capgemini, Villeurbanne
Sept. 2018 – Août 2021
Maintenance d'applications Java.
FORMATION / EDUCATION
2018 Master Informatique / MSc Computer Science – Université Lyon 1
LANGUES / LANGUAGES
Français : langue maternelle / native
Anglais / English : C1 (TOEIC 945)
Espagnol (Spanish) : B1`), 'docx'), { referenceDate: today });

  it('reads the bilingual headings as the sections they name', () => {
    expect(profile.sections.map(({ kind }) => kind)).toEqual(['header', 'profile', 'experience', 'education', 'languages']);
  });

  it('reads both jobs, their employers, towns and months', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end }) => [title, employer, location, start, end])).toEqual([
      ['Développeur senior / Senior developer', 'Sopra Steria', 'Lyon', '2021-09', 'present'],
      ['Développeur / Developer', 'Capgemini', 'Villeurbanne', '2018-09', '2021-08'],
    ]);
  });

  it('reads each language once, with the level as written and not its English name', () => {
    expect(profile.languages.map(({ language, level, levelText }) => [language, level, levelText])).toEqual([
      ['fr', 'C2', 'langue maternelle / native'],
      ['en', 'C1', 'C1 (TOEIC 945)'],
      ['es', 'B1', 'B1'],
    ]);
  });

  it('reads the contact and the diploma', () => {
    expect([profile.fields.phone?.value, profile.fields.city?.value]).toEqual(['+33645678901', 'Lyon']);
    expect(profile.education.map(({ degree, school, end }) => [degree, school, end])).toEqual([['Master Informatique / MSc Computer Science', 'Université Lyon 1', '2018']]);
  });
});
