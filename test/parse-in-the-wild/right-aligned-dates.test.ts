// Word CVs put the period at the right margin after a tab: "Comptable fournisseurs\t2019 - auj.".
// The abbreviation's full stop ends a date, not a sentence: the line is still the job's header.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Nadia Benali\nnadia.benali@free.fr\n06 12 34 56 78\nEXPÉRIENCE\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('periods at the right margin', () => {
  it('reads a job whose period ends with an abbreviation ("2019 - auj.", "sept. 2020 - auj.")', () => {
    expect(experiencesOf('Comptable fournisseurs\t2019 - auj.\nGroupe SEB, Écully\nAide-comptable\t2016 - 2019\nFiducial, Lyon')).toEqual([
      { title: 'Comptable fournisseurs', employer: 'Groupe SEB', start: '2019', end: 'present' },
      { title: 'Aide-comptable', employer: 'Fiducial', start: '2016', end: '2019' },
    ]);
    expect(experiencesOf('Agent de propreté urbaine\tsept. 2020 - auj.\nVille de Lyon')).toEqual([
      { title: 'Agent de propreté urbaine', employer: 'Ville de Lyon', start: '2020-09', end: 'present' },
    ]);
  });

  it('still takes a sentence that ends with a year for a description', () => {
    expect(experiencesOf('Comptable\t2016 - 2019\nFiducial, Lyon\nJ\'ai tenu la comptabilité de vingt clients de 2017 à 2019.')).toEqual([
      { title: 'Comptable', employer: 'Fiducial', start: '2016', end: '2019' },
    ]);
  });
});
