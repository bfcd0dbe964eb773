// ESCO gives some occupations a bare head noun as an alternative label, the word dozens of other
// trades' titles end or start with: "installer" (tent installer), "fitter" (welder), "inspecteur"
// (police officer). An HVAC installer's CV was offered the tent installer at 0.79, its first
// occupation, because the title read without its acronym ("Installer") was that label exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { rankJobTitle } from '../../lib/match/link-occupations';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION } from './cv-text';

const TENT_INSTALLER = `${OCCUPATION}8c778238-98a4-4fec-a828-a4e978fb7a64`;
const HVAC_TECHNICIAN = `${OCCUPATION}3ce9c89d-6f1a-48b5-942d-386e46e2fd06`;
const WELDER = `${OCCUPATION}7aedaa07-3884-4c5b-88f9-80997b2aa54b`;
const POLICE_OFFICER = `${OCCUPATION}5793c124-c037-47b2-85b6-dd4a705968dc`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('a bare head noun many trades share is not one trade', () => {
  it('an HVAC installer is not a tent installer', () => {
    const cv = [
      'Marcus Reed',
      'HVAC Installer',
      '(217) 555-0143 · marcus.reed@example.com',
      'EXPERIENCE',
      'Jun 2021 – present  HVAC Installer, Comfort Air Systems — Springfield, IL',
      '• Installed ductwork, furnaces and heat pumps in new-build homes',
      '2018 – 2021  HVAC Technician, CoolBreeze Services',
      '• Serviced air conditioning units and diagnosed refrigerant leaks',
    ].join('\n');
    const ids = linkCv(cv, esco).occupations.map((occupation) => occupation.id);
    expect(ids).not.toContain(TENT_INSTALLER);
    expect(ids[0]).toBe(HVAC_TECHNICIAN);
  });

  it('"Shop Fitter" is not read as the welder, "Inspecteur qualité" not as the police', () => {
    expect(rankJobTitle('Shop Fitter', esco, 'en', 'esco', 1)[0]?.id).not.toBe(WELDER);
    expect(rankJobTitle('Inspecteur qualité', esco, 'fr', 'esco', 3).map((occupation) => occupation.id)).not.toContain(POLICE_OFFICER);
  });

  it('the trade named in full still reads it exactly', () => {
    const [tent] = rankJobTitle('Tent installer', esco, 'en', 'esco', 1);
    expect(tent?.id).toBe(TENT_INSTALLER);
    expect(tent?.score).toBeGreaterThanOrEqual(0.98);
    expect(rankJobTitle('Welder', esco, 'en', 'esco', 1)[0]?.id).toBe(WELDER);
  });
});
