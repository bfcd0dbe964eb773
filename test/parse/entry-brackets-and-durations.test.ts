// Student and first-job CVs write their jobs with details in brackets and a duration after the title.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from './build-lines';

const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Léa Girard\n06 12 34 56 78\nEXPÉRIENCES\n${section}\nFORMATION\nBac STMG (2024)`), 'docx'), { referenceDate: new Date('2026-03-15') })
    .experiences.map(({ title, employer }) => ({ title, employer }));

describe('entries with details in brackets or a duration', () => {
  it('does not take the tasks in brackets for the title, nor the title for the employer', () => {
    expect(experiencesOf("Baby-sitting régulier depuis 2022 (2 enfants, sorties d'école, aide aux devoirs)")).toEqual([
      { title: 'Baby-sitting régulier', employer: null },
    ]);
  });

  it('drops a duration with its "de" ("Stage d’observation de 2 semaines")', () => {
    expect(experiencesOf("2023 : Stage d'observation de 2 semaines chez Décathlon (mise en rayon, étiquetage)")).toEqual([
      { title: "Stage d'observation", employer: 'Décathlon' },
    ]);
  });

  it('keeps a short bracket that names the agency', () => {
    expect(experiencesOf('2019 - 2021\nIntérimaire (Randstad)')).toEqual([{ title: 'Intérimaire', employer: 'Randstad' }]);
  });
});

describe('UK qualifications with their graded subjects', () => {
  it('keeps "GCSEs: English (C), Maths (B)" whole instead of cutting it at the first comma', () => {
    const education = parseProfile(documentOf(plainLines(`John Smith\njohn.smith@gmail.com\nEDUCATION\nGCSEs: English (C), Maths (B) – 2015\nA-levels: Biology (B), Chemistry (C), 2017`), 'docx'), { referenceDate: new Date('2026-03-15') })
      .education.map(({ degree, end }) => ({ degree, end }));
    expect(education).toEqual([
      { degree: 'GCSEs: English (C), Maths (B)', end: '2015' },
      { degree: 'A-levels: Biology (B), Chemistry (C)', end: '2017' },
    ]);
  });
});

describe('how a diploma was obtained', () => {
  it('is not its school ("– VAE", "– Candidat libre")', () => {
    const education = parseProfile(documentOf(plainLines(`Fatima El Amrani\n06 11 22 33 44\nDIPLÔMES\n2018 : DEAES – VAE\n2016 : CAP Petite enfance – Candidat libre\n2014 : Bac pro ASSP – Lycée Wallon`), 'docx'), { referenceDate: new Date('2026-03-15') })
      .education.map(({ degree, school }) => ({ degree, school }));
    expect(education).toEqual([
      { degree: 'DEAES', school: null },
      { degree: 'CAP Petite enfance', school: null },
      { degree: 'Bac pro ASSP', school: 'Lycée Wallon' },
    ]);
  });
});
