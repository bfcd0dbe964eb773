// Job seekers who write their own CV name its parts in plain words ("Où j'ai travaillé", "Ce que je
// sais faire") rather than the template headings; English CVs have their own ("Employment record").
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from './build-lines';

const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: new Date('2026-03-15') });
const kinds = (text: string) => parse(text).sections.map((section) => [section.kind, section.heading]);

describe('headings written in plain words', () => {
  it('reads "Où j’ai travaillé" as the jobs and "Ce que je sais faire" as the skills, so neither is the job title', () => {
    const profile = parse(`Marie DUPONT
06 12 34 56 78
marie.dupont@gmail.com
OÙ J’AI TRAVAILLÉ
Vendeuse — Carrefour, Lyon
Janvier 2019 - Mars 2024
CE QUE JE SAIS FAIRE
Encaissement, mise en rayon
LANGUES
Anglais : B1`);
    expect(profile.sections.map((section) => section.kind)).toEqual(['header', 'experience', 'skills', 'languages']);
    expect(profile.fields.jobTitle?.value).toBe('Vendeuse');
    expect(profile.experiences.map((experience) => experience.employer)).toEqual(['Carrefour']);
  });

  it('keeps student and seasonal jobs apart from the diplomas above them', () => {
    const sections = kinds(`Lucas MARTIN
lucas.martin@laposte.net
MES ÉTUDES
2024 : Bac général
JOBS D’ÉTÉ
Juillet 2024 - Août 2024 : Saisonnier, Camping Les Pins, Hyères`);
    expect(sections).toEqual([['header', null], ['education', 'MES ÉTUDES'], ['experience', 'JOBS D’ÉTÉ']]);
  });

  it('reads English headings such as "Employment record" and "Computer skills"', () => {
    const sections = kinds(`John Smith
john.smith@gmail.com
Employment record
2019 - 2024 Warehouse operative, DHL, Leeds
Computer skills
Excel, SAP
Extra-curricular activities
Football coach`);
    expect(sections.map(([kind]) => kind)).toEqual(['header', 'experience', 'skills', 'interests']);
  });
});

describe('a heading no vocabulary knows', () => {
  const cv = (heading: string) => `Marie DUPONT
06 12 34 56 78
marie.dupont@gmail.com
${heading}
Vendeuse — Carrefour, Lyon
Janvier 2019 - Mars 2024
LANGUES
Anglais : B1`;

  it('is never taken for the job title, nor "MA …" in capitals for a Master of Arts', () => {
    for (const heading of ['MA VIE ACTIVE', 'MES POSTES', 'CE QUI M’A FORMÉE']) {
      const profile = parse(cv(heading));
      expect(profile.fields.jobTitle?.value, heading).toBe('Vendeuse');
      expect(profile.education, heading).toEqual([]);
    }
  });

  it('still reads a Master of Arts written in capitals', () => {
    const profile = parse(`John SMITH
john.smith@gmail.com
EDUCATION
MA IN HISTORY, University of Leeds, 2015`);
    expect(profile.education.map((entry) => entry.degree)).toEqual(['MA IN HISTORY']);
  });

  it("reads a trade's own skills heading, \"CLINICAL SKILLS\", and leaves a plain list item \"Communication skills\" in its list", () => {
    const sections = kinds(`Grace Adeyemi
grace.adeyemi@nhs.net
PROFILE
Registered nurse with six years on acute wards.
CLINICAL SKILLS
Venepuncture and cannulation
Wound care and dressings
PEOPLE SKILLS
Communication skills
Patience under pressure
EXPERIENCE
Staff Nurse, Manchester Royal Infirmary, 2021 - 2025`);
    expect(sections).toEqual([
      ['header', null],
      ['profile', 'PROFILE'],
      ['skills', 'CLINICAL SKILLS'],
      ['softSkills', 'PEOPLE SKILLS'],
      ['experience', 'EXPERIENCE'],
    ]);
  });
});

