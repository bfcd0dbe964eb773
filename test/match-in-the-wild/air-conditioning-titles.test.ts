// "Climatisation" is the French trade's usual word, and no French occupation label of ESCO says it:
// "Technicien climatisation" read the telecommunications technician (0.36), "Installateur
// climatisation" the plumber. The job-title lexicon names the air-conditioning technician by it.
import { beforeAll, describe, expect, it } from 'vitest';
import { rankJobTitle } from '../../lib/match/link-occupations';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { OCCUPATION } from './cv-text';

const HVAC_TECHNICIAN = `${OCCUPATION}3ce9c89d-6f1a-48b5-942d-386e46e2fd06`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('air-conditioning job titles', () => {
  it.each([
    ['Technicien climatisation', 'fr'],
    ['Technicienne de maintenance en climatisation', 'fr'],
    ['Installateur en climatisation', 'fr'],
    ['Climaticienne', 'fr'],
    ['HVAC Installer', 'en'],
  ] as const)('"%s" is the air-conditioning technician', (title, language) => {
    const [first] = rankJobTitle(title, esco, language, 'esco', 1);
    expect(first?.id).toBe(HVAC_TECHNICIAN);
    expect(first?.score).toBeGreaterThanOrEqual(0.9);
  });

  it('"Beauty therapist", the usual British title, is the aesthetician', () => {
    const [first] = rankJobTitle('Beauty Therapist', esco, 'en', 'esco', 1);
    expect(first?.label).toBe('aesthetician');
    expect(first?.score).toBeGreaterThanOrEqual(0.9);
  });

  it("ESCO's own engineer titles keep their occupation", () => {
    expect(rankJobTitle('Air conditioning engineer', esco, 'en', 'esco', 1)[0]?.id).not.toBe(HVAC_TECHNICIAN);
    expect(rankJobTitle('Ingénieur frigoriste', esco, 'fr', 'esco', 1)[0]?.id).not.toBe(HVAC_TECHNICIAN);
  });
});
