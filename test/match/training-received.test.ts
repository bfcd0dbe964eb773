import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { isTeachingSkill } from '../../lib/match/training-received';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { Language, SectionKind } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

const PROVIDE_TRAINING = 'http://data.europa.eu/esco/skill/e7329772-d1bc-4a73-837b-d729290d7af2';
const PROVIDE_TECHNICAL_TRAINING = 'http://data.europa.eu/esco/skill/d54a1355-05c8-45eb-9c42-267d2cfcdf44';
const EDUCATE_ON_HAZARDS = 'http://data.europa.eu/esco/skill/ef1b72a4-7f39-47e8-985a-a541db616dcf';
const EDUCATE_ON_ORAL_HEALTHCARE = 'http://data.europa.eu/esco/skill/913fcf58-07f4-401d-8395-4daeb3a4617f';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const skillIds = (language: Language, section: SectionKind, line: string) =>
  linkSkills(profile(language, { sections: [[section, [line]]] }), esco).map((skill) => skill.id);

describe('a training the person followed is no training they give', () => {
  it('leaves teaching skills out of their own trainings and certificates', () => {
    expect(skillIds('fr', 'education', 'CFPPA de Montagne (formation adulte, en alternance)')).not.toContain(PROVIDE_TRAINING);
    expect(skillIds('en', 'certifications', 'GWO BTT (Basic Technical Training)')).not.toContain(PROVIDE_TECHNICAL_TRAINING);
  });

  it('keeps them where the line says the person taught', () => {
    expect(skillIds('fr', 'certifications', "Formateur SST : formations d'adultes animées pour 40 salariés")).toContain(PROVIDE_TRAINING);
    expect(skillIds('en', 'certifications', 'Technical training delivered to new engineers')).toContain(PROVIDE_TECHNICAL_TRAINING);
  });

  it('keeps them in the experience, where a training named is one given', () => {
    expect(skillIds('fr', 'experience', "Formation d'adultes : animation de modules de remise à niveau")).toContain(PROVIDE_TRAINING);
    expect(skillIds('en', 'experience', 'Technical training for new engineers')).toContain(PROVIDE_TECHNICAL_TRAINING);
  });

  it('leaves them out of an experience line that says the person attended the training', () => {
    expect(skillIds('en', 'experience', 'Attended daily toolbox talks')).not.toContain(EDUCATE_ON_HAZARDS);
    expect(skillIds('en', 'experience', 'Delivered daily toolbox talks to site operatives')).toContain(EDUCATE_ON_HAZARDS);
  });

  it("knows teaching skills by ESCO's English wording, not by French \"former\" (patients' education)", () => {
    const concept = (uri: string) => esco.conceptIndex.get(uri)!;
    expect(isTeachingSkill(esco, concept(PROVIDE_TRAINING))).toBe(true);
    expect(isTeachingSkill(esco, concept(PROVIDE_TECHNICAL_TRAINING))).toBe(true);
    expect(isTeachingSkill(esco, concept(EDUCATE_ON_ORAL_HEALTHCARE))).toBe(false);
  });
});
