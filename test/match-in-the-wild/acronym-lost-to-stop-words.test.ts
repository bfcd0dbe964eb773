// "Operating packing machines" on a production operative's CV was read as tending glass forming
// machines: the phrasing "IS machine operation" (IS, the glass maker's individual-section machine)
// lost its acronym to the English stop word "is" and said "machine operation" only.
// The same in French: the phrasing "Plan de sécurisation du SI" (système d'information) said "plan
// de sécurisation" only, so a security guard's "Plan de sécurisation du site" read as an ICT
// security plan. A word in capitals in a lower-case text is the acronym, not the stop word.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const TEND_GLASS_FORMING_MACHINES = `${SKILL}0f4ef8ad-309b-4574-a62b-12dd33a2f800`;
const ICT_SECURITY_PLAN = `${SKILL}114c9698-c999-4369-8498-81bf641fe871`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('a phrasing whose acronym is a stop word', () => {
  it('"Operating packing machines" is no glass forming', () => {
    const cv = ['Priya Patel', 'Production Operative', '07700 900302', 'WORK EXPERIENCE', '2019 – 2024 Production Operative – Warburtons, Bolton', '• Operating packing machines', '• Quality checks on finished products', '• Keeping the line running to target', '• Cleaning down machines at end of shift', '• Following health and safety procedures'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, TEND_GLASS_FORMING_MACHINES)).toBeUndefined();
  });

  it('a security guard\'s "Plan de sécurisation du site" is no ICT security plan', () => {
    const cv = ['Paul Girard', 'Agent de sécurité', '06 11 22 33 99', 'paul.girard@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Agent de sécurité – Fiducial, Lyon', '• Plan de sécurisation du site', '• Sécurisation des accès', '• Continuité de service', '• Mes missions : rondes, accueil', '• Si besoin, intervention sur alarme', 'COMPÉTENCES', 'Logiciel de main courante, sécurité incendie'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, ICT_SECURITY_PLAN)).toBeUndefined();
  });

  it('the same plan said with its acronym on a systems technician\'s CV is still one', () => {
    const cv = ['Nicolas Petit', 'Technicien informatique', '06 22 33 44 55', 'nicolas.petit@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Technicien informatique – Groupe Bertrand, Rennes', '• Plan de sécurisation du SI', '• Gestion du parc informatique'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, ICT_SECURITY_PLAN)).toBeDefined();
  });
});
