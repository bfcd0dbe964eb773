// A CV typed as a Word table: each section opens with the table's header row ("Période | Poste |
// Employeur", "Année | Diplôme | Établissement") before rows in the same order. The header row
// names the columns: it is no job, no employer and no diploma.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, pdfLines, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a CV typed as a table with a header row', () => {
  const profile = parseProfile(documentOf(plainLines(`Kevin Moreau
Préparateur de commandes
06 12 34 56 78
kevin.moreau@laposte.net
23 rue Jean Jaurès 62300 Lens
EXPÉRIENCE PROFESSIONNELLE
Période | Poste | Employeur
2022 - 2025 | Préparateur de commandes | Amazon, Lauwin-Planque
2019 - 2022 | Cariste | Leroy Merlin, Lesquin
2017 - 2019 | Manutentionnaire | Adecco, Lens
FORMATION
Année | Diplôme | Établissement
2017 | CAP Opérateur logistique | Lycée Béhal, Lens
PERMIS
Permis B
CACES R489 catégories 1, 3, 5`), 'docx'), { referenceDate: today });

  it('reads the first row as a job, not the header row as its employer', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end }) => [title, employer, location, start, end])).toEqual([
      ['Préparateur de commandes', 'Amazon', 'Lauwin-Planque', '2022', '2025'],
      ['Cariste', 'Leroy Merlin', 'Lesquin', '2019', '2022'],
      ['Manutentionnaire', 'Adecco', 'Lens', '2017', '2019'],
    ]);
  });

  it('reads the diploma row only, not the word "Diplôme" of the header row', () => {
    expect(profile.education.map(({ degree, school, end }) => [degree, school, end])).toEqual([['CAP Opérateur logistique', 'Lycée Béhal', '2017']]);
  });

  it('reads the licence and the CACES under the table', () => {
    expect(profile.drivingLicences).toEqual(['B']);
    expect(profile.certifications.map(({ label }) => label)).toEqual(['CACES R489 cat. 1', 'CACES R489 cat. 3', 'CACES R489 cat. 5']);
  });
});

describe('a table printed to PDF, read column by column', () => {
  // As a PDF reader gives a Word table: one block per column, the header cells centred and bold.
  const column = (block: number, x: number, header: { text: string; x: number }, cells: string[]) => [
    { text: header.text, x: header.x, y: 162, h: 12, bold: true, block },
    ...cells.map((text, row) => ({ text, x, y: 182 + row * 20, h: 12, block })),
  ];
  const profile = parseProfile(documentOf(pdfLines([
    { text: 'Kevin Moreau', x: 34, y: 32, h: 22, bold: true, block: 0 },
    { text: 'kevin.moreau@laposte.net', x: 34, y: 97, h: 11, block: 1 },
    { text: 'EXPÉRIENCE PROFESSIONNELLE', x: 34, y: 132, h: 13, bold: true, block: 1 },
    ...column(2, 41, { text: 'Période', x: 66 }, ['2022 - 2025', '2019 - 2022']),
    ...column(3, 148, { text: 'Poste', x: 239 }, ['Préparateur de commandes', 'Cariste']),
    ...column(4, 368, { text: 'Employeur', x: 430 }, ['Amazon, Lauwin-Planque', 'Leroy Merlin, Lesquin']),
  ])), { referenceDate: today });

  it('drops the header row once its cells are set back on one row', () => {
    expect(profile.experiences.map(({ title, employer, start }) => [title, employer, start])).toEqual([
      ['Préparateur de commandes', 'Amazon', '2022'],
      ['Cariste', 'Leroy Merlin', '2019'],
    ]);
  });
});

describe('a header row written with tabs, and two headings side by side', () => {
  it('drops a tab-separated header row ("Dates<TAB>Fonction<TAB>Entreprise")', () => {
    const profile = parseProfile(documentOf(plainLines(`Sarah Lemoine
sarah.lemoine@gmail.com
EXPÉRIENCES
Dates\tFonction\tEntreprise
2020 – 2024\tVendeuse\tDécathlon, Toulouse`), 'docx'), { referenceDate: today });
    expect(profile.experiences.map(({ title, employer }) => [title, employer])).toEqual([['Vendeuse', 'Décathlon']]);
  });

  it('keeps two section headings on one row of a two-column page', () => {
    const profile = parseProfile(documentOf(plainLines(`Sarah Lemoine
sarah.lemoine@gmail.com
Formation      Langues
2019 BTS Management commercial opérationnel – Lycée Déodat, Toulouse
Anglais : B2`), 'docx'), { referenceDate: today });
    expect(profile.education.map(({ degree }) => degree)).toEqual(['BTS Management commercial opérationnel']);
  });
});

describe('a header row whose cells name two columns', () => {
  const jobsOf = (header: string, rows: string[]) =>
    parseProfile(documentOf(plainLines(['Kevin Moreau', 'Préparateur de commandes', '06 12 34 56 78', 'kevin.moreau@laposte.net', 'EXPÉRIENCE PROFESSIONNELLE', header, ...rows].join('\n')), 'docx'), { referenceDate: today })
      .experiences.map(({ title, employer, start, end }) => [title, employer, start, end]);

  it('"Période | Entreprise / Poste | Missions" is no job', () => {
    expect(jobsOf('Période | Entreprise / Poste | Missions', ['2022 - 2025 | Amazon, Lauwin-Planque – Préparateur de commandes | Préparation des commandes au scanner'])).toEqual([
      ['Préparateur de commandes', 'Amazon', '2022', '2025'],
    ]);
  });

  it('"Dates | Employer | Role and duties" is no job', () => {
    expect(jobsOf('Dates | Employer | Role and duties', ['2019 - 2022 | Leroy Merlin, Lesquin | Cariste: chargement des camions'])[0]?.[1]).toBe('Leroy Merlin');
  });
});
