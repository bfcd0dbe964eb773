import { describe, expect, it } from 'vitest';
import { acceptAllAbove, addedKey, buildFillPlan } from '../../lib/fill/build-fill-plan';
import { emptyFillPlan, fillPlanIsEmpty } from '../../lib/fill/fill-plan';
import type { CvProfile } from '../../lib/types';

const evidence = { text: 'Julie MARTIN', page: 1 };
const profile: CvProfile = {
  source: { file: 'cv.pdf', kind: 'pdf-text', pages: 1, language: 'fr' },
  fields: {
    firstName: { value: 'Julie', confidence: 0.95, evidence },
    lastName: { value: 'MARTIN', confidence: 0.9, evidence },
    city: { value: 'Lyon', confidence: 0.5, evidence: { text: '69003 Lyon', page: 1 } },
  },
  skills: [
    { id: 'esco:1', label: 'gérer des stocks', confidence: 0.92, evidence: { text: 'Gestion des stocks', page: 1 } },
    { id: 'esco:2', label: 'conduire un chariot élévateur', confidence: 0.4, evidence: { text: 'chariot', page: 1 } },
  ],
  occupations: [
    { id: 'esco:occ:1', label: 'cariste', confidence: 0.95, evidence: { text: 'Cariste', page: 1 } },
    { id: 'esco:occ:2', label: 'magasinier/magasinière', confidence: 0.6, evidence: { text: 'Cariste', page: 1 } },
    { id: 'esco:occ:3', label: 'manutentionnaire', confidence: 0.55, evidence: { text: 'Cariste', page: 1 } },
    { id: 'esco:occ:4', label: 'préparateur de commandes/préparatrice de commandes', confidence: 0.9, evidence: { text: 'Cariste', page: 1 } },
  ],
  experiences: [],
  education: [],
  languages: [],
  drivingLicences: ['B'],
  certifications: [],
  warnings: [],
  timings: { readMs: 0, parseMs: 0, matchMs: 0, totalMs: 0 },
};

describe('buildFillPlan', () => {
  it('writes nothing that was not accepted', () => {
    const plan = buildFillPlan(profile, {});
    expect(plan.fields).toEqual({});
    expect(plan.skills).toEqual([]);
    expect(plan.drivingLicences).toEqual([]);
  });

  it('takes the edited value over the suggestion, and never a rejected one', () => {
    const plan = buildFillPlan(profile, {
      'field:firstName': { status: 'accepted', value: 'Julie-Anne ' },
      'field:lastName': { status: 'rejected' },
      'skill:0': { status: 'accepted' },
      'licence:0': { status: 'accepted' },
    });
    expect(plan.fields).toEqual({ firstName: 'Julie-Anne' });
    expect(plan.skills).toEqual(['gérer des stocks']);
    expect(plan.drivingLicences).toEqual(['B']);
  });

  it('accept-all takes only pending suggestions at or above the threshold', () => {
    const decisions = acceptAllAbove(profile, { 'field:lastName': { status: 'rejected' } }, 0.7);
    expect(decisions['field:firstName']?.status).toBe('accepted');
    expect(decisions['field:lastName']?.status).toBe('rejected');
    expect(decisions['field:city']).toBeUndefined();
    expect(decisions['skill:0']?.status).toBe('accepted');
    expect(decisions['skill:1']).toBeUndefined();
    expect(decisions['occupation:0']?.status).toBe('accepted');
    expect(decisions['occupation:1']).toBeUndefined();
    // Only the occupations the review screen shows can be accepted.
    expect(decisions['occupation:3']).toBeUndefined();
  });

  it('gives the confirmed occupations to the fill, best first, for job pickers', () => {
    const plan = buildFillPlan(profile, { 'occupation:2': { status: 'accepted' }, 'occupation:0': { status: 'accepted' }, 'occupation:1': { status: 'rejected' } });
    expect(plan.occupations).toEqual(['cariste', 'manutentionnaire']);
    expect(buildFillPlan(profile, {}).occupations).toEqual([]);
  });

  it('adds the skills and occupations the counsellor searched and chose, after the confirmed suggestions, once each', () => {
    const plan = buildFillPlan(profile, {
      'skill:0': { status: 'accepted' },
      [addedKey('skill', 'esco:welding')]: { status: 'accepted', value: 'utiliser un appareil de soudage' },
      // The same label as a confirmed suggestion (another concept of the same words): written once.
      [addedKey('skill', 'esco:other')]: { status: 'accepted', value: 'gérer des stocks' },
      [addedKey('skill', 'esco:dropped')]: { status: 'rejected', value: 'souder' },
      [addedKey('occupation', 'esco:occ:9')]: { status: 'accepted', value: 'soudeur/soudeuse' },
    });
    expect(plan.skills).toEqual(['gérer des stocks', 'utiliser un appareil de soudage']);
    expect(plan.occupations).toEqual(['soudeur/soudeuse']);
  });

  it('adds the savoir-être the counsellor chose, with the words a checklist may use for it', () => {
    const rigour = 'http://data.europa.eu/esco/skill/83e6510b-ffeb-4aec-959c-4265fd0ff7b7';
    const plan = buildFillPlan(profile, {
      [addedKey('softSkill', rigour)]: { status: 'accepted', value: 'veiller aux détails' },
      [addedKey('softSkill', 'esco:dropped')]: { status: 'rejected', value: 'persister' },
    });
    expect(plan.softSkills).toEqual(['veiller aux détails']);
    // Not a skill: the fill puts it in the savoir-être box, or after the skills where there is none.
    expect(plan.skills).toEqual([]);
    // "Rigueur" ticks the checklist's "Faire preuve de rigueur et de précision" (ROME's name).
    expect(plan.wordings?.['veiller aux détails']).toEqual(expect.arrayContaining(['Rigueur', 'Faire preuve de rigueur et de précision']));
  });

  it('an added concept without a label writes nothing', () => {
    const plan = buildFillPlan(profile, { [addedKey('skill', 'esco:x')]: { status: 'accepted', value: '  ' } });
    expect(plan.skills).toEqual([]);
  });
});


describe('fillPlanIsEmpty', () => {
  it('a plan with a confirmed quality alone is something to fill', () => {
    expect(fillPlanIsEmpty(emptyFillPlan())).toBe(true);
    expect(fillPlanIsEmpty({ ...emptyFillPlan(), softSkills: ['veiller aux détails'] })).toBe(false);
    expect(fillPlanIsEmpty({ ...emptyFillPlan(), fields: { email: 'a@b.fr' } })).toBe(false);
    expect(fillPlanIsEmpty({ ...emptyFillPlan(), overwrite: ['email'] })).toBe(true);
  });
});
