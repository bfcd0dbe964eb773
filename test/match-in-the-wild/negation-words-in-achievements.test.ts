// "sans accident", "sans erreur de caisse", "délais prévus", "without supervision", "no accidents":
// words detect-hedging reads as a negation or a plan, said of an achievement. The skill is held,
// and proudly: it must not be lowered, let alone dropped. Nor does a negation about one thing ("pas
// le permis") reach a skill stated after "mais".
import { beforeAll, describe, expect, it } from 'vitest';
import { detectHedging } from '../../lib/match/detect-hedging';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';

const OPERATE_FORKLIFT = `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`;
const ARC_WELDING = `${SKILL}27d26fd6-5795-4f0a-884e-112df7c68314`;
const TEAMWORK = `${SKILL}60c78287-22eb-4103-9c8c-28deaa460da0`;
const MEET_DEADLINES = `${SKILL}91abe492-18be-4cce-93c7-0dca07072363`;
const MANAGE_WAREHOUSE_INVENTORY = `${SKILL}5d2e82cc-5943-4218-a459-a1956fad2b63`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const confidence = (cv: string, skill: string): number => suggestionOf(linkCv(cv, esco).skills, skill)?.confidence ?? 0;

/** The achievement keeps (nearly) the confidence of the skill said plainly. */
function expectNotLowered(achievement: string, plain: string, skill: string): void {
  const held = confidence(plain, skill);
  expect(held).toBeGreaterThan(0.5);
  expect(confidence(achievement, skill)).toBeGreaterThanOrEqual(held - 0.05);
}

describe('a safety or quality record is no negation', () => {
  it('"Conduite de chariots élévateurs sans accident depuis 5 ans"', () => {
    expectNotLowered(
      frenchCv('COMPÉTENCES', ['Conduite de chariots élévateurs sans accident depuis 5 ans']),
      frenchCv('COMPÉTENCES', ['Conduite de chariots élévateurs']),
      OPERATE_FORKLIFT,
    );
  });

  it('"Conduite de chariots élévateurs (aucun accident)"', () => {
    expectNotLowered(
      frenchCv('COMPÉTENCES', ['Conduite de chariots élévateurs (aucun accident)']),
      frenchCv('COMPÉTENCES', ['Conduite de chariots élévateurs']),
      OPERATE_FORKLIFT,
    );
  });

  it('"Forklift operation with no accidents in 5 years"', () => {
    expectNotLowered(
      englishCv('SKILLS', ['Forklift operation with no accidents in 5 years']),
      englishCv('SKILLS', ['Forklift operation']),
      OPERATE_FORKLIFT,
    );
  });

  it('"Stock control without supervision"', () => {
    expectNotLowered(englishCv('SKILLS', ['Stock control without supervision']), englishCv('SKILLS', ['Stock control']), MANAGE_WAREHOUSE_INVENTORY);
  });
});

describe('a past participle is no plan', () => {
  it('"Respect des délais prévus": the deadlines were set, the skill is held', () => {
    expectNotLowered(frenchCv('COMPÉTENCES', ['Respect des délais prévus']), frenchCv('COMPÉTENCES', ['Respect des délais']), MEET_DEADLINES);
  });
});

describe('a negation about something else', () => {
  it('"Je n\'ai pas le permis mais je maîtrise la soudure à l\'arc": the welding is held', () => {
    expectNotLowered(
      frenchCv('COMPÉTENCES', ["Je n'ai pas le permis mais je maîtrise la soudure à l'arc"]),
      frenchCv('COMPÉTENCES', ["Je maîtrise la soudure à l'arc"]),
      ARC_WELDING,
    );
  });

  it('"Sans emploi depuis 2023, 10 ans d\'expérience en conduite de chariots élévateurs…": a job seeker\'s situation, not a negation of the forklift', () => {
    expectNotLowered(
      frenchCv('PROFIL', ["Sans emploi depuis 2023, 10 ans d'expérience en conduite de chariots élévateurs et gestion des stocks"]),
      frenchCv('PROFIL', ["10 ans d'expérience en conduite de chariots élévateurs et gestion des stocks"]),
      OPERATE_FORKLIFT,
    );
  });

  it('"Aucun problème pour travailler en équipe"', () => {
    expectNotLowered(frenchCv('COMPÉTENCES', ['Aucun problème pour travailler en équipe']), frenchCv('COMPÉTENCES', ['Travailler en équipe']), TEAMWORK);
  });

  it('sound: "Pas d\'expérience en soudure à l\'arc" is not a welding skill', () => {
    const negated = confidence(frenchCv('COMPÉTENCES', ["Pas d'expérience en soudure à l'arc"]), ARC_WELDING);
    expect(negated).toBeLessThan(0.5);
  });
});

describe('the words themselves (detect-hedging)', () => {
  it.each([
    'Conduite de chariots élévateurs sans accident depuis 5 ans',
    'Encaissement sans erreur de caisse',
    'Stock control without supervision',
    'Forklift operation with no accidents in 5 years',
    'Respect des délais prévus',
    "Vente en magasin, atteinte de l'objectif mensuel",
  ])('"%s" is no hedge', (phrase) => {
    expect(detectHedging(phrase)).toBeUndefined();
  });
});
