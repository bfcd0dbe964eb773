// A career told in sentences gives how long a job lasted between the trade and the employer:
// "j'ai été menuisier d'atelier pendant 3 ans (2015-2018) à l'entreprise Bois & Création, à Vitré".
// The title kept "pendant 3 ans" and the employer and town were lost.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const jobsOf = (sentences: string[]) =>
  parseProfile(documentOf(plainLines(['Lucas FONTAINE', 'Menuisier poseur', 'lucas.fontaine35@orange.fr', 'MON PARCOURS', ...sentences].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).experiences.map(
    (job) => [job.title, job.employer, job.location, job.start, job.end],
  );

describe('a career told in sentences, with how long each job lasted', () => {
  it('the length and the period between the trade and the employer belong to neither', () => {
    expect(jobsOf([
      "De septembre 2018 à aujourd'hui, je travaille comme menuisier poseur chez Menuiseries Hamon à Cesson-Sévigné : je pose des fenêtres et des portes.",
      "Auparavant, j'ai été menuisier d'atelier pendant 3 ans (2015-2018) à l'entreprise Bois & Création, à Vitré.",
    ])).toEqual([
      ['Menuisier poseur', 'Menuiseries Hamon', 'Cesson-Sévigné', '2018-09', 'present'],
      ["Menuisier d'atelier", 'Bois & Création', 'Vitré', '2015', '2018'],
    ]);
  });

  it('in English', () => {
    expect(jobsOf([
      'Since 2020 I have worked as a kitchen porter at The Old Bookshop in Bristol, washing up and prepping vegetables.',
      'Before that, I worked as a cleaner for two years (2017-2019) for Crystal Clean Ltd in Bath.',
    ])).toEqual([
      ['Kitchen porter', 'Old Bookshop', 'Bristol', '2020', 'present'],
      ['Cleaner', 'Crystal Clean Ltd', 'Bath', '2017', '2019'],
    ]);
  });
});
