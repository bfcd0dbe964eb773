// A "Références" section names other people and their jobs ("M. Durand, chef d'équipe soudure,
// Alstom"): their titles say nothing of the job seeker's skills, yet the section (kind 'other')
// is read for skills like any free text.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, frenchCv, linkCv } from './cv-text';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

/** Skills whose evidence is one of the given lines (or part of one). */
function skillsFrom(cv: string, lines: string[]): string[] {
  return linkCv(cv, esco)
    .skills.filter((skill) => lines.some((line) => line.includes(skill.evidence.text)))
    .map((skill) => `${skill.label} <- "${skill.evidence.text}"`);
}

describe('referees\' job titles', () => {
  it('French "RÉFÉRENCES": no skill read from the referees', () => {
    const referees = [
      "M. Durand, chef d'équipe soudure, Alstom Reichshoffen – 03 88 00 00 00",
      'Mme Leroy, responsable du service comptabilité, Groupe Auchan',
      'Mme Garcia, responsable recrutement et gestion de la paie, Adecco',
    ];
    expect(skillsFrom(frenchCv('RÉFÉRENCES', referees), referees)).toEqual([]);
  });

  it('sound today: English "REFERENCES": no skill read from the referees', () => {
    const referees = ['Jane Doe, Payroll and Recruitment Manager, Adecco – 0113 496 0000', 'Mark Green, Welding Team Supervisor, Siemens'];
    expect(skillsFrom(englishCv('REFERENCES', referees), referees)).toEqual([]);
  });
});
