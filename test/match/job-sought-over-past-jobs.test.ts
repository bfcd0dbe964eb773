// A headline that says the job sought ("Poste recherché : Cariste", "Recherche un emploi de…") is
// the occupation to record: the jobs held before count less. A search that names no occupation
// leaves the jobs held as they were.
import { beforeAll, describe, expect, it } from 'vitest';
import { linkOccupations } from '../../lib/match/link-occupations';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { ParsedProfile } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';

const OCCUPATION = 'http://data.europa.eu/esco/occupation/';
const FORKLIFT_OPERATOR = `${OCCUPATION}eeac6251-1974-42f5-91ed-513c6c883755`;
const CASHIER = `${OCCUPATION}2b871272-bd61-4206-bd1a-0b96d7023098`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

/** A profile with a headline (its value and the line it was read from) and a past job as cashier. */
function profileOf(headline: string, line: string, pastJob = 'Hôtesse de caisse'): Pick<ParsedProfile, 'fields' | 'experiences' | 'language'> {
  return {
    language: 'fr',
    fields: { jobTitle: { value: headline, confidence: 0.9, evidence: { text: line, page: 1 } } },
    experiences: [
      { title: pastJob, employer: 'Auchan', start: '2016', end: '2024', evidence: { text: `2016 – 2024 ${pastJob} – Auchan`, page: 1 } },
    ],
  };
}

const confidenceOf = (suggestions: ReturnType<typeof linkOccupations>, id: string) => suggestions.find((suggestion) => suggestion.id === id)?.confidence;

describe('the job sought and the jobs held', () => {
  it('a label the parse stage took off ("Poste recherché : Cariste") still says the job is sought', () => {
    const sought = linkOccupations(profileOf('Cariste', 'Poste recherché : Cariste'), esco);
    const plain = linkOccupations(profileOf('Cariste', 'Cariste'), esco);
    expect(sought[0]?.id).toBe(FORKLIFT_OPERATOR);
    expect(confidenceOf(sought, CASHIER)).toBeLessThan(confidenceOf(plain, CASHIER)!);
  });

  it('a job held that is the job sought keeps its weight', () => {
    const sought = linkOccupations(profileOf('Cariste', 'Poste recherché : Cariste', 'Cariste cat. 3 et 5'), esco);
    const plain = linkOccupations(profileOf('Cariste', 'Cariste', 'Cariste cat. 3 et 5'), esco);
    expect(sought.map((suggestion) => [suggestion.id, suggestion.confidence]).slice(0, 2)).toEqual(plain.map((suggestion) => [suggestion.id, suggestion.confidence]).slice(0, 2));
  });

  it('a search that names no occupation leaves the jobs held as they were', () => {
    const search = linkOccupations(profileOf('En recherche active d’emploi', 'En recherche active d’emploi'), esco);
    const none = linkOccupations({ ...profileOf('x', 'x'), fields: {} }, esco);
    expect(search[0]?.id).toBe(CASHIER);
    expect(confidenceOf(search, CASHIER)).toBe(confidenceOf(none, CASHIER));
  });
});
