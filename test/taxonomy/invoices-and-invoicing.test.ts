import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { labelKeys } from '../../lib/taxonomy/label-words';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { profile } from '../match/cv-profile';
import { ESCO_DIR } from './esco-path';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

describe('invoices meet invoicing', () => {
  it.each([
    ['facture', 'factures', 'facturer', 'facturation'],
  ])('"%s" and its forms', (...forms: string[]) => {
    const keys = forms.map((form) => labelKeys(form, 'fr').join());
    expect(new Set(keys).size, keys.join(' | ')).toBe(1);
  });

  it('reads "Facturation clients" as the invoices of ESCO\'s labels', () => {
    const labels = linkSkills(profile('fr', { sections: [['skills', ['Établissement des factures et facturation']]] }), esco).map((skill) => skill.label);
    expect(labels).toContain('établir des factures');
  });
});
