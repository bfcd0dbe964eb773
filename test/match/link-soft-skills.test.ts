// Savoir-être (lib/match/link-soft-skills.ts): the qualities a CV states, linked to ESCO, in a list
// of their own. Read where people state them (a qualities or skills section, the summary about
// oneself), never from a job's tasks, a quality of someone else, or half a compound word.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL } from '../match-in-the-wild/cv-text';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const ATTEND_TO_DETAIL = `${SKILL}83e6510b-ffeb-4aec-959c-4265fd0ff7b7`;
const WORK_INDEPENDENTLY = `${SKILL}c29aa9d2-4da8-4bdd-831c-8d4a2fb51730`;
const COPE_WITH_PRESSURE = `${SKILL}7a147904-22b3-498a-b4d9-7bceeb86b45d`;
const MANAGE_TIME = `${SKILL}d9013e0e-e937-43d5-ab71-0e917ee882b8`;
const WORK_IN_TEAMS = `${SKILL}60c78287-22eb-4103-9c8c-28deaa460da0`;
const WORK_EFFICIENTLY = `${SKILL}7a93e22f-54d8-4bf0-9213-d711f6601b49`;
const ACT_RELIABLY = `${SKILL}25e16679-a7d0-464d-916c-63210001bbab`;

function qualitiesOf(lines: string[]) {
  return linkCv(lines.join('\n'), esco);
}

const header = ['Nadia Benali', 'Préparatrice de commandes', '06 12 34 56 78', 'nadia.benali@example.fr'];
const job = ['EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Préparatrice de commandes – Entrepôt Leroy, Lesquin', '• Préparation de commandes au scanner'];

describe('qualities listed under their own heading', () => {
  it('links each to its ESCO concept with the CV line as evidence, apart from the skills', () => {
    const { softSkills, skills } = qualitiesOf([...header, ...job, 'SAVOIR-ÊTRE', 'Rigueur', 'Autonomie', 'Gestion du stress', "Sens de l'organisation"]);
    expect(softSkills.map((quality) => quality.id)).toEqual([ATTEND_TO_DETAIL, WORK_INDEPENDENTLY, COPE_WITH_PRESSURE, MANAGE_TIME]);
    expect(softSkills[0]).toMatchObject({ label: 'veiller aux détails', evidence: { text: 'Rigueur' } });
    for (const quality of softSkills) expect(quality.confidence).toBeGreaterThanOrEqual(0.9);
    // None of them is said twice, as a skill too.
    const skillIds = new Set(skills.map((skill) => skill.id));
    expect(softSkills.filter((quality) => skillIds.has(quality.id))).toEqual([]);
  });

  it('reads a one-line list and an intensifier ("Qualités : grande rigueur, autonomie")', () => {
    const { softSkills } = qualitiesOf([...header, ...job, 'QUALITÉS', 'Grande rigueur, autonomie, ponctualité']);
    expect(softSkills.map((quality) => quality.id)).toEqual(expect.arrayContaining([ATTEND_TO_DETAIL, WORK_INDEPENDENTLY]));
  });

  it('a quality the skills already hold ("Esprit d\'équipe" -> travailler en équipe) stays there only', () => {
    const { softSkills, skills } = qualitiesOf([...header, ...job, 'SAVOIR-ÊTRE', "Esprit d'équipe", 'Rigueur']);
    expect(skills.map((skill) => skill.id)).toContain(WORK_IN_TEAMS);
    expect(softSkills.map((quality) => quality.id)).toEqual([ATTEND_TO_DETAIL]);
  });

  it('English: "Reliable", "Works well under pressure" in a key strengths list', () => {
    const { softSkills } = linkCv(['John Smith', 'Warehouse operative', '07700 900123', 'WORK EXPERIENCE', '2020 – 2024 Warehouse operative – Acme Ltd, Leeds', 'KEY STRENGTHS', 'Reliable', 'Calm under pressure'].join('\n'), esco);
    expect(softSkills.map((quality) => quality.id)).toEqual(expect.arrayContaining([ACT_RELIABLY, COPE_WITH_PRESSURE]));
  });
});

describe('qualities in the summary about oneself', () => {
  it('reads the adjectives of the person, less surely than a list', () => {
    const { softSkills } = qualitiesOf([...header, 'PROFIL', 'Préparatrice de commandes rigoureuse et autonome, 5 ans en entrepôt.', ...job]);
    expect(softSkills.map((quality) => quality.id)).toEqual(expect.arrayContaining([ATTEND_TO_DETAIL, WORK_INDEPENDENTLY]));
    for (const quality of softSkills) expect(quality.confidence).toBeLessThan(0.8);
  });

  it('not the autonomy of the people one cares for ("en respectant leur autonomie", "maintien de l\'autonomie")', () => {
    const { softSkills } = qualitiesOf([
      'Sylvie Martin', 'Auxiliaire de vie', '06 12 34 56 78', 'PROFIL',
      "J'accompagne des personnes âgées dans les actes de la vie quotidienne, en respectant leur autonomie.",
      'COMPÉTENCES', "Maintien de l'autonomie", 'Aide à la toilette',
    ]);
    expect(softSkills.map((quality) => quality.id)).not.toContain(WORK_INDEPENDENTLY);
  });
});

describe('what is not a quality stated', () => {
  it('a job task ("Travail en autonomie sur le quai") is left to the skills', () => {
    const { softSkills } = qualitiesOf([...header, 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Cariste – Entrepôt Leroy', '• Travail en autonomie sur le quai', '• Rigueur dans le contrôle des colis']);
    expect(softSkills).toEqual([]);
  });

  it('half a compound word ("Fuel-efficient driving") or a negation ("pas de stress")', () => {
    const { softSkills } = linkCv(['John Smith', 'HGV driver', '07700 900123', 'SKILLS', 'Fuel-efficient driving', 'Tachograph rules'].join('\n'), esco);
    expect(softSkills.map((quality) => quality.id)).not.toContain(WORK_EFFICIENTLY);
    const french = qualitiesOf([...header, ...job, 'QUALITÉS', 'Pas de stress au volant']);
    expect(french.softSkills.map((quality) => quality.id)).not.toContain(COPE_WITH_PRESSURE);
  });
});

describe('punctuality, among the qualities French CVs state most', () => {
  it('"Ponctualité", "ponctuel" and "Punctual" are read as acting reliably', () => {
    const french = qualitiesOf([...header, ...job, 'QUALITÉS', 'Ponctualité', 'Rigueur']).softSkills.map((quality) => quality.id);
    expect(french).toEqual([ACT_RELIABLY, ATTEND_TO_DETAIL]);
    const summary = qualitiesOf([...header, 'PROFIL', 'Préparatrice rigoureuse et ponctuelle, habituée aux cadences soutenues.', ...job]).softSkills.map((quality) => quality.id);
    expect(summary).toEqual(expect.arrayContaining([ACT_RELIABLY, ATTEND_TO_DETAIL]));
  });
});

describe('patience and discretion, asked of care, home-help and office jobs', () => {
  const PATIENCE = `${SKILL}1bb3a4b7-c0e4-434a-850d-0d2874a9c251`;
  const CONFIDENTIALITY = `${SKILL}8d202e22-85e9-47b1-a1e0-3296d17244cd`;
  it('"Patience" and "Discrétion" listed as qualities are linked; the patient cared for is no quality', () => {
    const { softSkills, skills } = qualitiesOf([...header, ...job, 'SAVOIR-ÊTRE', 'Patience', 'Discrétion']);
    expect(softSkills.map((quality) => quality.id)).toContain(CONFIDENTIALITY);
    // ESCO's own label ("patienter") links it among the skills already: said once, in one list.
    const both = [...softSkills, ...skills].map((concept) => concept.id);
    expect(both.filter((id) => id === PATIENCE)).toHaveLength(1);
    const care = qualitiesOf([...header, ...job, 'COMPÉTENCES', 'Accompagnement du patient', 'Installation de la patiente']).softSkills.map((quality) => quality.id);
    expect(care).not.toContain(PATIENCE);
  });
});
