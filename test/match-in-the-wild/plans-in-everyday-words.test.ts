// Job seekers say a plan in many words: "pending", "working towards", "expected June 2027",
// "currently studying", "keen to get"; "prochainement", "inscrit à la formation", "à passer",
// "je compte passer". detect-hedging knows a few fixed phrasings ("envisagé", "would like to"),
// so these skills show as sure as one the person holds.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';

const FIRST_AID = `${SKILL}1d21f6ad-340f-45da-a0a3-4e83867f47a6`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const confidence = (cv: string): number => suggestionOf(linkCv(cv, esco).skills, FIRST_AID)?.confidence ?? 0;

describe('a plan said in other words than the fixed list', () => {
  it.each([
    'First aid certificate (pending)',
    'Working towards a first aid certificate',
    'First aid certificate expected June 2027',
    'Currently studying first aid',
    'Keen to get my first aid certificate',
  ])('English: "%s" is lowered', (planned) => {
    const held = confidence(englishCv('SKILLS', ['First aid certificate']));
    expect(held).toBeGreaterThan(0.5);
    expect(confidence(englishCv('SKILLS', [planned]))).toBeLessThan(held * 0.75);
  });

  it.each(['SST prochainement', 'Inscrit à la formation SST', 'Formation SST à passer', 'SST : je compte passer la formation'])(
    'French: "%s" is lowered',
    (planned) => {
      const held = confidence(frenchCv('COMPÉTENCES', ['SST']));
      expect(held).toBeGreaterThan(0.5);
      expect(confidence(frenchCv('COMPÉTENCES', [planned]))).toBeLessThan(held * 0.75);
    },
  );

  it('sound: "Formation SST envisagée" is lowered', () => {
    expect(confidence(frenchCv('COMPÉTENCES', ['Formation SST envisagée']))).toBeLessThan(confidence(frenchCv('COMPÉTENCES', ['SST'])) * 0.75);
  });
});
