// "Government Digital Service (GDS)" on a developer's CV read as the travel agent's global
// distribution system (the phrasing "GDS"): the line spells the acronym out, in other words than
// the skill's. An acronym spelled out is read in the sense its words give.
import { beforeAll, describe, expect, it } from 'vitest';
import { spelledOut } from '../../lib/match/acronym-spelled-out';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const GLOBAL_DISTRIBUTION_SYSTEM = `${SKILL}116083f9-8d05-4b2e-a15f-287b18de5f67`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('an acronym the line spells out', () => {
  it('finds the words that spell it, before or after it', () => {
    expect(spelledOut('GDS', 'Built services to Government Digital Service (GDS) standards')).toEqual(['government', 'digital', 'service']);
    expect(spelledOut('SSIAD', 'Aide-soignante en SSIAD (Service de Soins Infirmiers à Domicile)')).toEqual(['service', 'de', 'soins', 'infirmiers', 'a', 'domicile']);
    expect(spelledOut('GDS', 'Reservations on the GDS (Amadeus)')).toBeUndefined();
    expect(spelledOut('GDS', 'Amadeus GDS')).toBeUndefined();
  });

  it('"Government Digital Service (GDS)" on a developer\'s CV is no global distribution system', () => {
    const cv = ['Oliver Bennett', 'Software Developer', '07700 900444', 'oliver.bennett@example.co.uk', 'WORK EXPERIENCE', 'Software Developer Mar 2019 – Nov 2024', 'Government Digital Service (GDS), London', '• Built and ran public APIs in Python (Django, PostgreSQL) on AWS', '• Automated tests and continuous integration'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, GLOBAL_DISTRIBUTION_SYSTEM)).toBeUndefined();
  });

  it('a travel agent\'s "GDS (Global Distribution System)" still is one', () => {
    const cv = ['Chloe Evans', 'Travel Consultant', '07700 900555', 'chloe.evans@example.co.uk', 'WORK EXPERIENCE', '2019 – 2024 Travel Consultant – Hays Travel, Sunderland', '• GDS (Global Distribution System)', '• Tailor-made holidays for families and couples', '• Handling payments and issuing tickets'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, GLOBAL_DISTRIBUTION_SYSTEM)).toBeDefined();
  });
});
