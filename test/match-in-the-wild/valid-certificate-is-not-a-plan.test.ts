// "CACES R489 cat. 1, 3 et 5 en cours de validité", "SST (en cours de validité)": the certificate is
// held and valid now, the very thing a recruiter asks for. detect-hedging reads "en cours" as a plan
// (in progress), and the skill drops out of the suggestions.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';

const OPERATE_FORKLIFT = `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`;
const FIRST_AID = `${SKILL}1d21f6ad-340f-45da-a0a3-4e83867f47a6`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const confidence = (lines: string[], skill: string): number => suggestionOf(linkCv(frenchCv('CERTIFICATIONS', lines), esco).skills, skill)?.confidence ?? 0;

describe('"en cours de validité" is a certificate held', () => {
  it.each([
    [['CACES R489 cat. 1, 3 et 5 en cours de validité'], ['CACES R489 cat. 1, 3 et 5'], OPERATE_FORKLIFT],
    [['CACES R489 catégorie 3 (en cours de validité)'], ['CACES R489 catégorie 3'], OPERATE_FORKLIFT],
    [['SST (en cours de validité)'], ['SST'], FIRST_AID],
    [['SST', 'En cours de validité'], ['SST'], FIRST_AID],
  ])('%j keeps the confidence of %j', (valid, plain, skill) => {
    const held = confidence(plain, skill);
    expect(held).toBeGreaterThan(0.5);
    expect(confidence(valid, skill)).toBeGreaterThanOrEqual(held - 0.05);
  });

  it('sound: "CACES R489 en cours d\'obtention" is still a plan', () => {
    expect(confidence(["CACES R489 catégorie 3 en cours d'obtention"], OPERATE_FORKLIFT)).toBeLessThan(confidence(['CACES R489 catégorie 3'], OPERATE_FORKLIFT) * 0.7);
  });
});
