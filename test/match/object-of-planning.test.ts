import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { Language } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

// A medical secretary's "Planification des examens (IRM, scanner, échographie)" read ESCO's
// "exécuter des procédures d'imagerie de diagnostic": the secretary books the scans, others
// perform them. What a planning head plans is no skill of the person; planning is.
const SKILL = 'http://data.europa.eu/esco/skill/';
const DIAGNOSTIC_IMAGING = `${SKILL}6d4e180e-019f-417c-b6a6-69175c1f76d3`;
const MANAGE_APPOINTMENTS = `${SKILL}933e7ccf-5d56-46ba-aca4-857f826a6b3a`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const skillIds = (language: Language, line: string) =>
  linkSkills(profile(language, { sections: [['experience', ['Secrétaire médicale — Centre d\'imagerie, Lyon', line]]] }), esco).map((skill) => skill.id);

describe('what a planning head plans', () => {
  it('is no skill the person performs', () => {
    expect(skillIds('fr', 'Planification des examens (IRM, scanner, échographie)')).not.toContain(DIAGNOSTIC_IMAGING);
  });

  it('is read when the person does it', () => {
    expect(skillIds('fr', 'Réalisation des examens IRM et scanner')).toContain(DIAGNOSTIC_IMAGING);
  });

  it('leaves the planning itself read', () => {
    expect(skillIds('fr', 'Prise de rendez-vous des patients')).toContain(MANAGE_APPOINTMENTS);
  });
});

// "Booking appointments and handling payments": the second duty has its own action word and
// object; it is the receptionist's own, not something booked.
const PROCESS_PAYMENTS = `${SKILL}bdcac0c8-b77a-4640-9eaf-c0cf3efd1e23`;

describe('a second duty after the planned object', () => {
  it('is the person\'s own', () => {
    const skills = skillIds('en', 'Booking appointments and handling payments');
    expect(skills).toContain(MANAGE_APPOINTMENTS);
    expect(skills).toContain(PROCESS_PAYMENTS);
  });

  it('does not free a bare second object', () => {
    expect(skillIds('fr', 'Planification des examens et échographies')).not.toContain(DIAGNOSTIC_IMAGING);
  });
});
