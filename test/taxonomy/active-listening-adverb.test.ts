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

describe('"écoute active" is ESCO\'s "écouter activement"', () => {
  it('gives the adverb and the adjective one key', () => {
    expect(labelKeys('écouter activement', 'fr')).toEqual(labelKeys('écoute active', 'fr'));
  });

  it('links a call-centre adviser\'s "Écoute active, reformulation" to active listening', () => {
    const labels = linkSkills(profile('fr', { sections: [['skills', ['Écoute active, reformulation, découverte des besoins']]] }), esco).map((skill) => skill.label);
    expect(labels).toContain('écouter activement');
  });
});
