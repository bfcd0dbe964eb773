// A short or student job is often given a length where the other jobs give their dates: "2 ans" in
// the dates column, "Greggs, Leeds | 2 years" under the title. The first kept the job but lost its
// length; the second lost the job itself, since its employer line looked like no job's.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const experiencesOf = (header: string[], lines: string[]) =>
  parseProfile(documentOf(plainLines([...header, ...lines].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).experiences.map(
    (job) => [job.title, job.employer, job.start, job.end, job.duration ?? null],
  );

describe('a length where the dates would be', () => {
  it('in the dates column: "2 ans<TAB>Serveuse · Brasserie…"', () => {
    expect(experiencesOf(['Aurélie Marchand', 'Agent de restauration collective', 'aurelie.marchand31@free.fr', 'EXPÉRIENCES'], [
      '2019 – 2021\tEmployée polyvalente de restauration · Sodexo, Toulouse',
      '• Mise en place, distribution des plateaux repas',
      '2 ans\tServeuse · Brasserie Le Capitole, Toulouse',
    ])).toEqual([
      ['Employée polyvalente de restauration', 'Sodexo', '2019', '2021', null],
      ['Serveuse', 'Brasserie Le Capitole', null, null, '2 ans'],
    ]);
  });

  it('on the employer line under the title: "Greggs, Leeds | 2 years"', () => {
    expect(experiencesOf(['Jessica Morgan', 'Pharmacy Dispenser', 'jess.morgan94@gmail.com', 'EMPLOYMENT HISTORY'], [
      'Healthcare Assistant',
      'Boots UK, Leeds | 2017 - 2019',
      '• Advising customers on over-the-counter medicines',
      'Sales Assistant (Saturday job)',
      'Greggs, Leeds | 2 years',
      'EDUCATION',
      'NVQ Level 3 Pharmacy Services, 2021',
    ])).toEqual([
      ['Healthcare Assistant', 'Boots UK', '2017', '2019', null],
      ['Sales Assistant', 'Greggs', null, null, '2 years'],
    ]);
  });

  it('alone on the line under the job: "Vendeur – Leroy Merlin" / "2 ans"', () => {
    expect(experiencesOf(['Lucas Fontaine', 'Menuisier poseur', 'lucas.fontaine35@orange.fr', 'EXPÉRIENCE'], [
      '2018 – 2024\tMenuisier poseur – Menuiseries Hamon, Cesson-Sévigné',
      '• Pose de fenêtres et de portes',
      'Vendeur – Leroy Merlin',
      '2 ans',
    ])).toEqual([
      ['Menuisier poseur', 'Menuiseries Hamon', '2018', '2024', null],
      ['Vendeur', 'Leroy Merlin', null, null, '2 ans'],
    ]);
  });
});
