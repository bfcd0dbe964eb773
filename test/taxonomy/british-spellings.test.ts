import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { sharedSpelling } from '../../lib/taxonomy/british-spellings';
import { labelKeys } from '../../lib/taxonomy/label-words';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { profile } from '../match/cv-profile';
import { ESCO_DIR } from './esco-path';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

describe('British and American spellings meet on one key', () => {
  it.each([
    ['Organised the rota', 'organized the rota'],
    ['organisation', 'organization'],
    ['analysing data', 'analyzing data'],
    ['colour matching', 'color matching'],
    ['labourer', 'laborer'],
    ['jewellery', 'jewelry'],
    ['jeweller', 'jeweler'],
    ['travelling', 'traveling'],
    ['modelling', 'modeling'],
    ['counsellor', 'counselor'],
    ['call centre', 'call center'],
    ['centred', 'centered'],
    ['fibre optics', 'fiber optics'],
    ['mould making', 'mold making'],
    ['paediatric nursing', 'pediatric nursing'],
    ['anaesthesia', 'anesthesia'],
    ['tyres', 'tires'],
    ['driving licence', 'driving license'],
    ['aluminium', 'aluminum'],
    ['programme', 'program'],
  ])('"%s" and "%s"', (british, american) => {
    expect(labelKeys(british, 'en')).toEqual(labelKeys(american, 'en'));
  });

  it('leaves alone the words spelt alike everywhere, and those that would become others', () => {
    for (const word of ['four', 'hour', 'tour', 'contour', 'selling', 'controlling', 'installing', 'size', 'seize', 'prize', 'supervise', 'advise', 'cheque', 'central', 'metric']) {
      expect(sharedSpelling(word), word).toBe(word);
    }
  });

  it('links a UK CV\'s "advising customers on jewellery and watches" to ESCO\'s American-spelt skill', () => {
    const labels = linkSkills(profile('en', { sections: [['skills', ['Advising customers on jewellery and watches']]] }), esco).map((skill) => skill.label);
    expect(labels).toContain('advise customers on jewelry and watches');
  });

  it('reads "Organising cultural events" and "Colour matching techniques" as ESCO spells them', () => {
    const labels = (line: string) => linkSkills(profile('en', { sections: [['skills', [line]]] }), esco).map((skill) => skill.label);
    expect(labels('Organising cultural events')).toContain('organize cultural events');
    expect(labels('Colour matching techniques')).toContain('use color matching techniques');
  });
});
