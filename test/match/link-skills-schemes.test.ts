import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { draftFromFiles } from '../../lib/taxonomy/import-referential-files';
import { readReferentialCsvFiles } from '../../lib/taxonomy/load-referential-node';
import { buildReferential, type Referential } from '../../lib/taxonomy/referential';
import { CROSSWALK_FILE, ESCO_DIR, ROME_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

// What France Travail loads: ESCO and ROME 4.0 side by side, with the crosswalk. The two schemes
// word the same skills, so one CV phrase reads as a skill of each.
const SKILL = 'http://data.europa.eu/esco/skill/';
const MANAGE_INVENTORY = `${SKILL}ab6265f2-a9bf-49e8-a9a5-67cbab4de38b`;
const WORK_IN_TEAMS = `${SKILL}60c78287-22eb-4103-9c8c-28deaa460da0`;

let full: Referential;

beforeAll(async () => {
  full = buildReferential(draftFromFiles(await readReferentialCsvFiles([ESCO_DIR, ROME_DIR, CROSSWALK_FILE])));
}, 180_000);

const magasinier = profile('fr', {
  jobTitle: 'Magasinier',
  sections: [
    ['header', ['Karim Benali', 'Magasinier', '06 12 34 56 78']],
    ['skills', ['Gestion des stocks et inventaires', 'Travail en équipe']],
    ['experience', ['Magasinier – Leroy Merlin, Lille', '• Réception des marchandises et gestion des stocks']],
  ],
});

describe('skills with ESCO and ROME loaded together', () => {
  it('suggests the ESCO skill and the ROME competence of the same phrase, each in its scheme', () => {
    const skills = linkSkills(magasinier, full);
    const ofLine = skills.filter((skill) => skill.evidence.text.startsWith('Gestion des stocks'));
    expect(ofLine.map((skill) => skill.id)).toContain(MANAGE_INVENTORY);
    expect(ofLine.some((skill) => !skill.id.startsWith('http://data.europa.eu/esco/'))).toBe(true);
  });

  it('still spots a skill said in words ROME uses everywhere ("équipe" is in thousands of its labels)', () => {
    const skills = linkSkills(magasinier, full);
    expect(skills.map((skill) => skill.id)).toContain(WORK_IN_TEAMS);
  });
});

describe('savoir-être with ROME loaded', () => {
  it('each quality stated is also ROME\'s savoir-être professionnel of the same meaning ("Rigueur" -> 300490)', async () => {
    const { linkSoftSkills } = await import('../../lib/match/link-soft-skills');
    const cv = profile('fr', {
      sections: [
        ['header', ['Karim Benali', 'Magasinier', '06 12 34 56 78']],
        ['softSkills', ['Rigueur', 'Autonomie', 'Faire preuve de persévérance']],
      ],
    });
    const qualities = linkSoftSkills(cv, full);
    expect(qualities.map((quality) => quality.id)).toEqual(expect.arrayContaining([
      `${SKILL}83e6510b-ffeb-4aec-959c-4265fd0ff7b7`, '300490', // veiller aux détails / Faire preuve de rigueur et de précision
      `${SKILL}c29aa9d2-4da8-4bdd-831c-8d4a2fb51730`, '300460', // travailler de manière autonome / Faire preuve d'autonomie
      '300485', // said in ROME's own words
    ]));
    expect(qualities.find((quality) => quality.id === '300490')).toMatchObject({ label: 'Faire preuve de rigueur et de précision', evidence: { text: 'Rigueur' } });
  });
});
