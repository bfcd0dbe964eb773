// A CACES line that names its machines before the categories ("CACES R486 nacelle cat. A et B",
// "CACES R482 engins de chantier cat. A"), and periods drawn with the arrows of CV templates
// ("2019 ➔ 2021").
import { describe, expect, it } from 'vitest';
import { knownCertificates } from '../../lib/parse/extract-certifications';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('CACES with their machines named', () => {
  it('keeps one certificate per category after the machines', () => {
    expect(knownCertificates('CACES R486 nacelle cat. A et B')).toEqual(['CACES R486 cat. A', 'CACES R486 cat. B']);
    expect(knownCertificates('CACES R489 chariots élévateurs catégories 1, 3, 5')).toEqual(['CACES R489 cat. 1', 'CACES R489 cat. 3', 'CACES R489 cat. 5']);
    expect(knownCertificates('CACES R482 engins de chantier cat. A')).toEqual(['CACES R482 cat. A']);
    expect(knownCertificates('CACES nacelle 1B et 3B')).toEqual(['CACES cat. 1B', 'CACES cat. 3B']);
    expect(knownCertificates('CACES R489 chariot 3 et 5')).toEqual(['CACES R489 cat. 3', 'CACES R489 cat. 5']);
    // Words that are no machines, and a year, give no category.
    expect(knownCertificates("CACES R489 valide jusqu'en 2027")).toEqual(['CACES R489']);
    expect(knownCertificates('CACES R490 grue auxiliaire')).toEqual(['CACES R490']);
  });
});

describe('periods drawn with arrows', () => {
  it('reads "2019 ➔ 2021", "Sept. 2019 ➡ Juin 2020", "2019 => aujourd\'hui"', () => {
    const jobs = parseProfile(documentOf(plainLines(`Marie Dupont
06 12 34 56 78
EXPÉRIENCES
2021 ➜ aujourd'hui : Vendeuse – Zara, Lyon
Sept. 2019 ➡ Juin 2020 : Caissière – Auchan, Vénissieux
2017 ➔ 2019 : Employée libre-service – Casino, Lyon
2015 >> 2016 : Hôtesse de caisse – Carrefour, Bron`), 'docx'), { referenceDate: today }).experiences;
    expect(jobs.map((job) => [job.title, job.employer, job.start, job.end])).toEqual([
      ['Vendeuse', 'Zara', '2021', 'present'],
      ['Caissière', 'Auchan', '2019-09', '2020-06'],
      ['Employée libre-service', 'Casino', '2017', '2019'],
      ['Hôtesse de caisse', 'Carrefour', '2015', '2016'],
    ]);
  });
});
