// Checks found sound: employers, streets and towns, schools, certifying bodies, e-mail and web
// addresses and hobbies give no skill; every evidence is the CV's own text; one suggestion per
// concept; a student's headline is no occupation; noisy headlines read as the job.
import { beforeAll, describe, expect, it } from 'vitest';
import { linkOccupations } from '../../lib/match/link-occupations';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION } from './cv-text';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const NOT_SKILL_LINES = [
  '3 rue de la Soudure, 45140 Saint-Jean-de-la-Ruelle',
  'julie.plomberie-menuiserie@gmail.com',
  'Site : www.jardins-services.fr',
  'Bac pro Commerce – Lycée hôtelier Jean Zay, Orléans (2017)',
  'École de la deuxième chance, Orléans (2016)',
  'Cuisine, lecture, natation, jardinage, couture',
];

const cv = [
  'Julie Moreau',
  'Vendeuse',
  '06 45 67 89 10',
  NOT_SKILL_LINES[1],
  NOT_SKILL_LINES[0],
  NOT_SKILL_LINES[2],
  'PROFIL',
  'Vendeuse dynamique, 5 ans chez Leroy Merlin puis Boulangerie Paul.',
  'EXPÉRIENCE PROFESSIONNELLE',
  'Vendeuse – Boulangerie Paul, Orléans (2021 – 2024)',
  '• Vente et conseil, encaissement',
  'Conseillère de vente – Leroy Merlin, Saran (2018 – 2021)',
  '• Accueil et conseil clientèle',
  'Commis – Cuisine Aviva, Orléans (2017)',
  'Facteur remplaçant – La Poste (été 2016)',
  'FORMATION',
  NOT_SKILL_LINES[3],
  NOT_SKILL_LINES[4],
  "CENTRES D'INTÉRÊT",
  NOT_SKILL_LINES[5],
].join('\n');

describe('lines that are not the person\'s skills', () => {
  it('addresses, e-mail, web site, schools, employers and hobbies give no skill; evidence is exact, one per concept', () => {
    const { skills } = linkCv(cv, esco);
    expect(skills.length).toBeGreaterThan(0);
    for (const skill of skills) {
      expect(cv, skill.label).toContain(skill.evidence.text);
      expect(NOT_SKILL_LINES.filter((line) => line.includes(skill.evidence.text)), skill.label).toEqual([]);
      for (const employer of ['Leroy Merlin', 'Boulangerie Paul', 'Cuisine Aviva', 'La Poste']) expect(employer.includes(skill.evidence.text), skill.label).toBe(false);
    }
    expect(new Set(skills.map((skill) => skill.id)).size).toBe(skills.length);
  });
});

describe('headlines', () => {
  const occupations = (headline: string) =>
    linkOccupations({ language: 'fr', fields: { jobTitle: { value: headline, confidence: 0.9, evidence: { text: headline, page: 1 } } }, experiences: [] }, esco);

  it('"Étudiant en BTS MCO" suggests no occupation', () => {
    expect(occupations('Étudiant en BTS MCO')).toEqual([]);
  });

  it.each([
    ['Cariste H/F – CDI – Lille', `${OCCUPATION}eeac6251-1974-42f5-91ed-513c6c883755`],
    ['Employée libre-service (ELS)', undefined],
    ["Agent(e) d'entretien", undefined],
    ['Alternance – Préparateur de commandes', `${OCCUPATION}cd94def5-3442-4c2e-ae3d-0761a3008bcb`],
  ])('"%s" reads as the job, with its noise gone', (headline, id) => {
    const [first] = occupations(headline);
    expect(first).toBeDefined();
    expect(first!.confidence).toBeGreaterThanOrEqual(0.85);
    if (id) expect(first!.id).toBe(id);
    expect(first!.evidence.text).toBe(headline);
  });
});
