// A period cut in two by a narrow date column or a line break in Word: "2016 –" / "2019",
// "De 2015" / "à 2018", "Depuis" / "mars 2021". Read as one period, it dates the job it heads; cut,
// its end was read as a job of its own and the start as a one-year job.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { column, documentOf, pdfLines, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const jobsOf = (text: string) =>
  parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).experiences
    .map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('a period on two lines', () => {
  it('joins a start and an end written one under the other', () => {
    expect(jobsOf(`Marc Dubois
06 98 76 54 32
marc.dubois@orange.fr
EXPÉRIENCES
Cariste – Geodis, Lyon
2016 –
2019
Chargement et déchargement des camions
Préparateur de commandes – Leclerc
De 2015
à 2018
Préparation des commandes
Magasinier – Point P
Depuis
mars 2021
Réception des marchandises`)).toEqual([
      { title: 'Cariste', employer: 'Geodis', start: '2016', end: '2019' },
      { title: 'Préparateur de commandes', employer: 'Leclerc', start: '2015', end: '2018' },
      { title: 'Magasinier', employer: 'Point P', start: '2021-03', end: 'present' },
    ]);
  });

  it('joins months and "Present" on two lines of a PDF', () => {
    const lines = pdfLines([
      ...column(40, 20, 0, [{ text: 'Aisha Khan', h: 16 }, '07700 900456', { text: 'WORK EXPERIENCE', bold: true, gap: 30 }]),
      ...column(40, 100, 1, [
        { text: 'Care Assistant – Sunrise Care Home, Leeds', bold: true },
        'Jan 2020 –',
        'Present',
        { text: 'Kitchen Porter – The Crown Inn, Leeds', bold: true, gap: 24 },
        'Mar 2016 –',
        'Dec 2019',
      ]),
    ]);
    const experiences = parseProfile(documentOf(lines, 'pdf-text'), { referenceDate: today }).experiences;
    expect(experiences.map(({ title, start, end }) => ({ title, start, end }))).toEqual([
      { title: 'Care Assistant', start: '2020-01', end: 'present' },
      { title: 'Kitchen Porter', start: '2016-03', end: '2019-12' },
    ]);
  });

  it('leaves a year alone under a title that ends with a dash', () => {
    expect(jobsOf(`Léa Girard
06 22 33 44 55
EXPÉRIENCES
Serveuse – Brasserie du Port, La Rochelle –
2019
Hôtesse de caisse – Leclerc
2017 – 2018`)).toEqual([
      { title: 'Serveuse', employer: 'Brasserie du Port', start: '2019', end: '2019' },
      { title: 'Hôtesse de caisse', employer: 'Leclerc', start: '2017', end: '2018' },
    ]);
  });
});
