import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

const TEAMWORK = 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

describe('"Travail en équipe" is teamwork, whatever kind of team ESCO could complete from the rest of the CV', () => {
  it("stays teamwork in a welder's CV whose trainings (formation, read as ESCO's \"forme\") fill in \"équipes de remise en forme\"", () => {
    const skills = linkSkills(
      profile('fr', {
        sections: [
          ['skills', ['Soudage TIG et MIG', 'Travail en équipe']],
          ['experience', ['Soudeur, Chantiers de l’Atlantique', 'Formation des apprentis au poste de soudage', 'Formation continue au soudage orbital']],
        ],
      }),
      esco,
    );
    const teamwork = skills.find((skill) => skill.evidence.text === 'Travail en équipe');
    expect(teamwork?.id).toBe(TEAMWORK);
    expect(skills.map((skill) => skill.label)).not.toContain('travailler dans des équipes de remise en forme');
  });
});
