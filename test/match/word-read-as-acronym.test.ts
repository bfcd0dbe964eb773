import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { isWordReadAsAcronym } from '../../lib/match/word-read-as-acronym';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

describe('an acronym label is read only where the CV writes its letters', () => {
  it('tells the letters from a word of the same stem, plurals either way allowed', () => {
    expect(isWordReadAsAcronym('pose', 'POS')).toBe(true);
    expect(isWordReadAsAcronym('POS', 'POS')).toBe(false);
    expect(isWordReadAsAcronym('HGVs', 'HGV')).toBe(false);
    expect(isWordReadAsAcronym('PO', 'POs')).toBe(false);
    // A small "s" after capitals is another acronym's plural: GPs are doctors, not GPS.
    expect(isWordReadAsAcronym('GPs', 'GPS')).toBe(true);
    expect(isWordReadAsAcronym('GPS', 'GPS')).toBe(false);
    // Labels that are words, not acronyms, are not its business.
    expect(isWordReadAsAcronym('poses', 'pose de carrelage')).toBe(false);
  });

  it('gives a locksmith\'s "Atelier et pose" no cash register, and a cashier\'s "Caisse enregistreuse (POS)" one', () => {
    const labels = (line: string) => linkSkills(profile('fr', { sections: [['skills', [line]]] }), esco).map((skill) => skill.label);
    expect(labels('Atelier et pose')).not.toContain('utiliser une caisse enregistreuse');
    expect(labels('Caisse enregistreuse (POS)')).toContain('utiliser une caisse enregistreuse');
  });

  it('gives a care worker who liaised with GPs no satellite navigation', () => {
    const labels = (line: string) => linkSkills(profile('en', { sections: [['experience', ['Care Worker', line]]] }), esco).map((skill) => skill.label);
    expect(labels('Liaised with GPs and district nurses')).not.toContain('operate GPS systems');
  });
});
