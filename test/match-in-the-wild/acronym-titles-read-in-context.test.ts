// "AVS" is two jobs in French CVs: the auxiliaire de vie sociale (home care) and the auxiliaire de
// vie scolaire (a pupil's assistant in class, now AESH). The acronym was always read as the first;
// a CV whose AVS works in a school ("École élémentaire", "élève", "en classe") was given the home
// care worker. The rest of the CV tells which.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION } from './cv-text';

const SPECIAL_NEEDS_ASSISTANT = `${OCCUPATION}1f137f0b-7097-4583-9d1b-b69e57369319`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const firstOccupation = (lines: string[]): string | undefined => linkCv(lines.join('\n'), esco).occupations[0]?.id;

describe('"AVS" read by the rest of the CV', () => {
  it('in a school: the special educational needs assistant', () => {
    const cv = [
      'Julie Petit',
      'AVS',
      '06 11 22 33 46',
      'EXPÉRIENCE PROFESSIONNELLE',
      '2021 – 2024 AVS – École élémentaire Jean Moulin, Lille',
      "• Accompagnement d'un élève en situation de handicap en classe",
      '• Aide à la prise de notes',
    ];
    expect(firstOccupation(cv)).toBe(SPECIAL_NEEDS_ASSISTANT);
  });

  it('at home, with elderly people: still the auxiliaire de vie sociale', () => {
    const cv = [
      'Julie Petit',
      'AVS',
      '06 11 22 33 46',
      'EXPÉRIENCE PROFESSIONNELLE',
      '2021 – 2024 AVS – ADMR, Lille',
      '• Aide au lever et au coucher de personnes âgées à domicile',
      '• Courses et préparation des repas',
    ];
    const first = firstOccupation(cv);
    expect(first).toBeDefined();
    expect(first).not.toBe(SPECIAL_NEEDS_ASSISTANT);
  });

  it('a school only in the education section does not make the AVS a school one', () => {
    const cv = [
      'Julie Petit',
      'AVS',
      '06 11 22 33 46',
      'EXPÉRIENCE PROFESSIONNELLE',
      '2021 – 2024 AVS – ADMR, Lille',
      '• Aide à la toilette de personnes âgées à domicile',
      'FORMATION',
      '2019 DEAVS – École de travail social, Lille',
    ];
    expect(firstOccupation(cv)).not.toBe(SPECIAL_NEEDS_ASSISTANT);
  });
});
