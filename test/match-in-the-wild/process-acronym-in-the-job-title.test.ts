// Trade headlines carry the process or the licence: "Soudeur MIG MAG", "Cariste CACES 3", "Welder
// MIG", "Tourneur CN". The acronym is in no occupation label, so it pulled the match below the
// threshold (soudeur 0.42, cariste 0.45): the job was offered only as a weak guess. The title is
// also read without such acronyms; acronyms that are job titles ("AS", "ASH") are spelled out first.
import { beforeAll, describe, expect, it } from 'vitest';
import { linkOccupations } from '../../lib/match/link-occupations';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { Language } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const occupations = (headline: string, language: Language = 'fr') =>
  linkOccupations({ language, fields: { jobTitle: { value: headline, confidence: 0.9, evidence: { text: headline, page: 1 } } }, experiences: [] }, esco);

describe('a process or licence acronym after the job', () => {
  it.each([
    ['Soudeur TIG', 'Soudeur', 'fr'],
    ['Soudeur MIG MAG', 'Soudeur', 'fr'],
    ['Cariste CACES 3', 'Cariste', 'fr'],
    ['Tourneur CN', 'Tourneur', 'fr'],
    ['Fraiseur CNC', 'Fraiseur', 'fr'],
    ['Welder MIG', 'Welder', 'en'],
  ] as const)('"%s" reads as "%s", surely', (title, job, language) => {
    const [first] = occupations(title, language);
    expect(first?.id).toBe(occupations(job, language)[0]!.id);
    expect(first!.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['Technicien CVC', 'technicien en génie climatique'],
    ['Chef de projet SI', 'chef de projet'],
  ])('an acronym the labels know still counts: "%s"', (title, label) => {
    expect(occupations(title)[0]!.label.startsWith(label)).toBe(true);
  });
});
