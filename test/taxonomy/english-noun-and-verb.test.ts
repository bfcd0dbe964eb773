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

describe('an English noun of action meets its verb', () => {
  it.each([
    ['implement', 'implemented', 'implementing', 'implementation'],
    ['manage', 'managed', 'management'],
    ['inspect', 'inspecting', 'inspection'],
    ['supervise', 'supervising', 'supervision'],
    ['adopt', 'adoption'],
    ['assist', 'assisting', 'assistance'],
    ['avoid', 'avoidance'],
    ['remove', 'removal'],
    ['approve', 'approval'],
    ['pay', 'payment'],
    ['maintain', 'maintaining', 'maintenance'],
    ['deliver', 'deliveries'],
    ['sell', 'selling', 'sales'],
    ['enquiry', 'enquiries', 'inquiry', 'inquiries', 'inquire', 'query', 'queries'],
    ['carry', 'carried', 'carrying', 'carries'],
    ['tidy', 'tidied', 'tidying'],
    ['supply', 'supplied', 'supplies'],
    ['lead', 'led', 'leading'],
    ['teach', 'taught', 'teaching'],
    ['oversee', 'oversaw', 'overseeing'],
    ['take', 'took', 'taking'],
    ['make', 'made', 'making'],
    ['build', 'built', 'building'],
    ['give', 'gave', 'giving'],
    ['hold', 'held', 'holding'],
    ['sweep', 'swept', 'sweeping'],
    ['lay', 'laid', 'laying'],
    ['troubleshoot', 'troubleshot', 'troubleshooting'],
  ])('"%s" and its forms', (...forms) => {
    const keys = forms.map((form) => labelKeys(form, 'en').join());
    expect(new Set(keys).size, keys.join(' | ')).toBe(1);
  });

  it('keeps apart the words a blunter rule would join', () => {
    for (const [one, other] of [['mission', 'miss'], ['passion', 'pass'], ['portion', 'port'], ['station', 'state'], ['importance', 'import'], ['performance', 'perform'], ['production', 'product'], ['written', 'write'], ['driven', 'drive']]) {
      expect(labelKeys(one!, 'en'), `${one} / ${other}`).not.toEqual(labelKeys(other!, 'en'));
    }
  });

  it('reads CV nouns as the verbs of ESCO labels', () => {
    const labels = (line: string) => linkSkills(profile('en', { sections: [['skills', [line]]] }), esco).map((skill) => skill.label);
    expect(labels('Implementation of marketing strategies')).toContain('implement marketing strategies');
    expect(labels('Inspection of construction supplies')).toContain('inspect construction supplies');
  });

  it('reads a past job written in the past tense, irregular verbs too', () => {
    const labels = (title: string, line: string) => linkSkills(profile('en', { experienceTitles: [title], sections: [['experience', [title, line]]] }), esco).map((skill) => skill.label);
    expect(labels('Hotel Receptionist', 'Took payments and issued receipts')).toContain('take payments for bills');
    expect(labels('Waitress', 'Took orders and served food')).toContain('take food and beverage orders from customers');
  });

  it('reads a British "enquiry", an American "inquiry" and a plain "query" as one word', () => {
    const labels = (line: string) => linkSkills(profile('en', { sections: [['skills', [line]]] }), esco).map((skill) => skill.label);
    expect(labels('Handling customer inquiries')).toContain("respond to customers' inquiries");
    expect(labels('Responding to customer queries')).toContain("respond to customers' inquiries");
    // The database sense keeps its own words: SQL, not customers.
    expect(labels('Writing SQL queries')).not.toContain("respond to customers' inquiries");
  });
});
