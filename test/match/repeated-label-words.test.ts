import { beforeAll, describe, expect, it } from 'vitest';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';


let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

describe('a word a label says twice is read twice', () => {
  const bestOf = (text: string, language: 'fr' | 'en', label: RegExp) =>
    Math.max(0, ...spotSkillLabels(text, esco, language).filter((spot) => label.test(esco.labels.text.at(spot.label)!)).map((spot) => spot.score));

  it('one "Management" is not "Management de managers"', () => {
    expect(bestOf('Management', 'en', /managers$/i)).toBeLessThan(0.6);
    expect(bestOf('Management', 'fr', /managers$/i)).toBeLessThan(0.6);
  });

  it('the label said whole still reads', () => {
    expect(bestOf('Management de managers', 'fr', /^Management de managers$/i)).toBeGreaterThan(0.9);
    expect(bestOf('Managing managers across three sites', 'en', /^Managing managers$/i)).toBeGreaterThan(0.8);
  });

  it('a label whose word comes back in another form reads when the CV says both ("teach teaching principles")', () => {
    expect(bestOf('Teach teaching principles to new staff', 'en', /^teach teaching principles$/)).toBeGreaterThan(0.8);
    expect(bestOf('Teaching principles', 'en', /^teach teaching principles$/)).toBeLessThan(bestOf('Teach teaching principles', 'en', /^teach teaching principles$/));
  });
});
