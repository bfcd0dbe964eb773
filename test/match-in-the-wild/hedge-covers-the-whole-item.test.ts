// A plan, a negation or "notions" said once for a whole list, after a dash, in brackets or in the
// section's heading is the status of every skill it covers: a counsellor must not see "CACES R489"
// from "Formations envisagées : HACCP, SST, CACES R489" as sure as a CACES the person holds.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';

const OPERATE_FORKLIFT = `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`;
const FIRST_AID = `${SKILL}1d21f6ad-340f-45da-a0a3-4e83867f47a6`;
const WORD_PROCESSING = `${SKILL}81633a44-f1db-4a01-a940-804c6905e330`;
const PRESENTATION_SOFTWARE = `${SKILL}234aeb8d-56c3-4531-9193-1c5e6a8d16cb`;
const ARC_WELDING = `${SKILL}27d26fd6-5795-4f0a-884e-112df7c68314`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

/** Confidence of a skill in a CV (0 when not suggested), and the same skill stated plainly. */
function hedgedAndPlain(hedged: string, plain: string, skill: string): { hedged: number; plain: number } {
  return {
    hedged: suggestionOf(linkCv(hedged, esco).skills, skill)?.confidence ?? 0,
    plain: suggestionOf(linkCv(plain, esco).skills, skill)?.confidence ?? 0,
  };
}

/** Lowered clearly: a plan weighs 0.55 and "notions" 0.85 on the skill (detect-hedging.ts). */
function expectLowered({ hedged, plain }: { hedged: number; plain: number }, factor: number): void {
  expect(plain).toBeGreaterThan(0.5);
  expect(hedged).toBeLessThanOrEqual(Math.round(plain * factor * 100) / 100 + 0.01);
}

describe('a plan said once before a list covers every item of it', () => {
  it('"Formations envisagées : HACCP, SST, CACES R489" lowers the CACES and the SST, not only HACCP', () => {
    const heading = 'COMPÉTENCES';
    const planned = frenchCv(heading, ['Formations envisagées : HACCP, SST, CACES R489']);
    const held = frenchCv(heading, ['HACCP, SST, CACES R489']);
    expectLowered(hedgedAndPlain(planned, held, OPERATE_FORKLIFT), 0.7);
    expectLowered(hedgedAndPlain(planned, held, FIRST_AID), 0.7);
  });

  it('"Planned training: first aid, food hygiene, forklift" lowers first aid and the forklift', () => {
    const planned = englishCv('SKILLS', ['Planned training: first aid, food hygiene, forklift']);
    const held = englishCv('SKILLS', ['First aid, food hygiene, forklift']);
    expectLowered(hedgedAndPlain(planned, held, FIRST_AID), 0.7);
    expectLowered(hedgedAndPlain(planned, held, OPERATE_FORKLIFT), 0.7);
  });

  it('"Notions : Excel, Word, PowerPoint" is a smattering of Word and PowerPoint too', () => {
    const basics = frenchCv('COMPÉTENCES', ['Notions : Excel, Word, PowerPoint']);
    const plain = frenchCv('COMPÉTENCES', ['Excel, Word, PowerPoint']);
    expectLowered(hedgedAndPlain(basics, plain, WORD_PROCESSING), 0.9);
    expectLowered(hedgedAndPlain(basics, plain, PRESENTATION_SOFTWARE), 0.9);
  });
});

describe('a status after a dash or in brackets is the item\'s', () => {
  it('"Soudure à l\'arc – en cours d\'apprentissage" is lowered like "Soudure à l\'arc (en cours d\'apprentissage)"', () => {
    const learning = frenchCv('COMPÉTENCES', ["Soudure à l'arc – en cours d'apprentissage"]);
    const held = frenchCv('COMPÉTENCES', ["Soudure à l'arc"]);
    expectLowered(hedgedAndPlain(learning, held, ARC_WELDING), 0.7);
  });

  it('"Forklift licence (planned)" and "Forklift licence – planned" are not a forklift licence held', () => {
    const held = englishCv('SKILLS', ['Forklift licence']);
    expectLowered(hedgedAndPlain(englishCv('SKILLS', ['Forklift licence (planned)']), held, OPERATE_FORKLIFT), 0.7);
    expectLowered(hedgedAndPlain(englishCv('SKILLS', ['Forklift licence – planned']), held, OPERATE_FORKLIFT), 0.7);
  });
});

describe('a heading that says the skills are to come covers its section', () => {
  it('skills under "COMPÉTENCES À DÉVELOPPER" are lowered', () => {
    const toDevelop = frenchCv('COMPÉTENCES À DÉVELOPPER', ['Conduite de chariots élévateurs', "Soudure à l'arc"]);
    const held = frenchCv('COMPÉTENCES', ['Conduite de chariots élévateurs', "Soudure à l'arc"]);
    expectLowered(hedgedAndPlain(toDevelop, held, OPERATE_FORKLIFT), 0.7);
    expectLowered(hedgedAndPlain(toDevelop, held, ARC_WELDING), 0.7);
  });

  it('sound: a plan inside the item itself lowers it ("CACES R489 envisagé")', () => {
    const planned = frenchCv('COMPÉTENCES', ['CACES R489 envisagé']);
    const held = frenchCv('COMPÉTENCES', ['CACES R489']);
    expectLowered(hedgedAndPlain(planned, held, OPERATE_FORKLIFT), 0.7);
  });
});
