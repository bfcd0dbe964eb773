import { beforeAll, describe, expect, it } from 'vitest';
import { collectSkillMentions } from '../../lib/match/link-skills';
import { isSomeoneElsesRole } from '../../lib/match/someone-elses-role';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { conceptLabel, type Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const roleIn = (text: string, role: string): boolean => {
  const start = text.indexOf(role);
  return isSomeoneElsesRole(text, start, start + role.length);
};

describe('a role named as the one the candidate reports to', () => {
  it('is someone else’s after "au", "à la", "auprès du", "reporting to"', () => {
    expect(roleIn("Signalement des anomalies au chef d'équipe", "chef d'équipe")).toBe(true);
    expect(roleIn('Compte rendu quotidien à la responsable de magasin', 'responsable')).toBe(true);
    expect(roleIn('Assistance auprès du chef de chantier', 'chef')).toBe(true);
    expect(roleIn('Reporting to the team leader on stock levels', 'team leader')).toBe(true);
  });

  it('is the candidate’s own when held, promoted to or acted as', () => {
    expect(roleIn("Chef d'équipe depuis 2022", "Chef d'équipe")).toBe(false);
    expect(roleIn("Électricien puis chef d'équipe", "chef d'équipe")).toBe(false);
    expect(roleIn('Promoted to team leader in 2021', 'team leader')).toBe(false);
    expect(roleIn('Worked as a supervisor on nights', 'supervisor')).toBe(false);
    expect(roleIn("Remplacement du chef d'équipe pendant ses congés", "chef d'équipe")).toBe(false);
  });

  it('concerns roles only', () => {
    expect(roleIn('Passage au contrôle qualité', 'contrôle qualité')).toBe(false);
  });
});

describe('an operator who reports anomalies to the team leader', () => {
  it('supervises no staff, while a team leader does', () => {
    const supervises = (line: string) =>
      collectSkillMentions(profile('fr', { sections: [['experience', [line]]] }), esco).some((mention) => conceptLabel(esco, mention.spot.concept, 'fr') === 'superviser du personnel');
    expect(supervises("Détection et signalement des anomalies au chef d'équipe")).toBe(false);
    expect(supervises("Chef d'équipe de nuit (6 personnes)")).toBe(true);
  });
});

