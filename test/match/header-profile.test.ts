import { beforeAll, describe, expect, it } from 'vitest';
import { headerSummary } from '../../lib/match/header-profile';
import { linkProfile } from '../../lib/match/link-profile';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { line, profile } from './cv-profile';

const SKILL = 'http://data.europa.eu/esco/skill/';
const WORK_IN_SHIFTS = `${SKILL}6f2721bf-40ad-4f5d-8774-a478d1d6f5a6`;
const CUT_HAIR = `${SKILL}96d1e352-6cfe-4400-bd4d-1e11c03aa20b`;

describe('headerSummary', () => {
  it('takes a summary sentence, not a name, a headline or contact details', () => {
    const summary = "Hard-working warehouse operative with six years' experience in busy distribution centres. Happy to work shifts, nights and overtime.";
    expect(headerSummary(line(summary))?.text).toBe(summary);
    for (const text of [
      'Daniel Kowalski',
      'Auxiliaire de vie sociale – Accompagnante éducative et sociale',
      '3 impasse des Coquelicots – 80090 Amiens · 0658123409 · lucas.petit80@gmail.com',
      'Flat 3, 14 Wellington Road, Stockport SK4 2QL | 07700 900123 | chloe.bennett88@outlook.com',
    ]) {
      expect(headerSummary(line(text)), text).toBeUndefined();
    }
  });

  it('stops before the sentence of the job sought', () => {
    const text =
      'Technicien support depuis 5 ans, je résous les incidents des utilisateurs par téléphone, à distance et sur site. Je recherche un CDI en support de proximité sur Nancy / Metz.';
    expect(headerSummary(line(text))?.text).toBe(
      'Technicien support depuis 5 ans, je résous les incidents des utilisateurs par téléphone, à distance et sur site.',
    );
    expect(headerSummary(line('Je souhaite rejoindre un salon où je pourrai me perfectionner en coupes aux ciseaux et en coloration.'))).toBeUndefined();
  });
});

describe('a summary written in the header is read for skills', () => {
  let esco: Referential;
  beforeAll(async () => {
    esco = await loadReferentialFromPath(ESCO_DIR);
  }, 120_000);

  it('reads "Happy to work shifts" under the name of a CV without a profile heading', () => {
    const operative = profile('en', {
      jobTitle: 'Warehouse Operative',
      sections: [
        [
          'header',
          [
            'Daniel Kowalski',
            'Warehouse Operative',
            '07700 900 418 · d.kowalski@gmail.com',
            "Hard-working warehouse operative with six years' experience in busy distribution centres. Happy to work shifts, nights and overtime.",
          ],
        ],
        ['experience', ['Warehouse Operative – DHL Supply Chain, Coventry', 'Picking and packing with RF scanners, 180 lines an hour']],
      ],
    });
    const shifts = linkProfile(operative, esco).skills.find((skill) => skill.id === WORK_IN_SHIFTS);
    expect(shifts?.evidence.text).toContain('work shifts');
  });

  it('does not read the wish of the job sought as a skill', () => {
    const hairdresser = profile('fr', {
      jobTitle: 'Coiffeuse',
      sections: [
        [
          'header',
          [
            'Léa Martin',
            'Coiffeuse',
            "Coiffeuse depuis trois ans dans un salon de quartier, j'assure le shampooing, les brushings et les colorations. Je souhaite rejoindre un salon où je pourrai me perfectionner en coupes aux ciseaux.",
          ],
        ],
        ['experience', ['Coiffeuse – Salon Élégance, Lyon', 'Shampooing, brushing, colorations et mèches']],
      ],
    });
    expect(linkProfile(hairdresser, esco).skills.find((skill) => skill.id === CUT_HAIR)).toBeUndefined();
  });
});
