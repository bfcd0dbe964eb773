// A narrow dates column wraps a season before its year: "Saison d'hiver" / "2016" beside "Commis de
// cuisine (saisonnier), Hôtel Alpina, Verbier". The year went to a line of its own and the job was
// lost (the column's month names were rejoined, its seasons were not). Unwrapped, "Saison d'hiver
// 2016" lost the job too: only "Saison" was read as the season, "d'hiver" was left before the year.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, pdfLines, plainLines } from '../parse/build-lines';

const jobsOf = (season: string) =>
  parseProfile(documentOf(pdfLines([
    { text: 'Marco ROSSI', x: 43, y: 40, h: 20, bold: true },
    { text: 'Cuisinier CFC', x: 43, y: 66 },
    { text: 'marco.rossi.cuisine@gmail.com', x: 43, y: 80 },
    { text: 'EXPÉRIENCE PROFESSIONNELLE', x: 43, y: 120, h: 11.5, bold: true },
    { text: '2017 – 2020\tCuisinier, Restaurant du Port, Pully', x: 46, y: 140, w: 400 },
    { text: `${season}\tCommis de cuisine (saisonnier), Hôtel Alpina, Verbier`, x: 46, y: 160, w: 400 },
    { text: '2016', x: 46, y: 171, w: 22 },
    { text: '2013 – 2016\tApprenti cuisinier, Restaurant de l’Hôtel de Ville, Crissier', x: 46, y: 191, w: 420 },
  ])), { referenceDate: new Date('2026-11-30') }).experiences.map((job) => [job.title, job.employer, job.start]);

describe('a season wrapped above its year in the dates column', () => {
  it.each(["Saison d'hiver", 'Été', 'Summer'])('"%s" / "2016"', (season) => {
    expect(jobsOf(season)).toEqual([
      ['Cuisinier', 'Restaurant du Port', '2017'],
      ['Commis de cuisine', 'Hôtel Alpina', '2016'],
      ['Apprenti cuisinier', 'Restaurant de l’Hôtel de Ville', '2013'],
    ]);
  });
});

describe('a season named with "saison"', () => {
  it.each(["Saison d'hiver 2016", 'Saison d’été 2016', 'Saison estivale 2016'])('"%s"', (period) => {
    const jobs = parseProfile(documentOf(plainLines(['Marco ROSSI', 'Cuisinier', 'marco.rossi@gmail.com', 'EXPÉRIENCE', '2017 – 2020\tCuisinier, Restaurant du Port, Pully', `${period}\tCommis de cuisine (saisonnier), Hôtel Alpina, Verbier`].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).experiences;
    expect(jobs.map((job) => [job.title, job.employer, job.start, job.end])).toEqual([
      ['Cuisinier', 'Restaurant du Port', '2017', '2020'],
      ['Commis de cuisine', 'Hôtel Alpina', '2016', '2016'],
    ]);
  });
});
