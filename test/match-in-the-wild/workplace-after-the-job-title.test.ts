// A headline often says where the person works: "Cariste en entrepôt", "Aide-soignante en EHPAD",
// "Magasinier en grande distribution", "Cleaner in a hospital". The place is not in the
// occupation's labels, so it lowered the title's match below the threshold (cariste 0.54) or sent
// it to another occupation that shares the place's word ("directeur de grand magasin", "clinical
// psychologist"). A title whose place is part of the occupation's name ("Vendeuse en boulangerie",
// "Agent de sécurité en magasin") keeps it.
import { beforeAll, describe, expect, it } from 'vitest';
import { linkOccupations } from '../../lib/match/link-occupations';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { Language } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { OCCUPATION } from './cv-text';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const occupations = (headline: string, language: Language = 'fr') =>
  linkOccupations({ language, fields: { jobTitle: { value: headline, confidence: 0.9, evidence: { text: headline, page: 1 } } }, experiences: [] }, esco);

/** The occupation the title without its place reads as first. */
const withoutPlace = (title: string, language: Language = 'fr') => occupations(title, language)[0]!;

describe('the place after the title does not hide the job', () => {
  it.each([
    ['Cariste en entrepôt', 'Cariste'],
    ['Aide-soignante en EHPAD', 'Aide-soignante'],
    ['Aide-soignante en maison de retraite', 'Aide-soignante'],
    ["Agent d'entretien en milieu hospitalier", "Agent d'entretien"],
    ['Magasinier en grande distribution', 'Magasinier'],
    ['Auxiliaire de puériculture en crèche', 'Auxiliaire de puériculture'],
    ['Comptable en cabinet', 'Comptable'],
    ['Préparateur de commandes en entrepôt', 'Préparateur de commandes'],
  ])('"%s" reads as "%s", surely', (title, job) => {
    const [first] = occupations(title);
    expect(first?.id).toBe(withoutPlace(job).id);
    expect(first!.confidence).toBeGreaterThanOrEqual(0.85);
    expect(first!.evidence.text).toBe(title);
  });

  it.each([
    ['Cleaner in a hospital', 'Cleaner'],
    ['Care assistant in a nursing home', 'Care assistant'],
    ['Kitchen porter in a busy restaurant', 'Kitchen porter'],
  ])('English: "%s" reads as "%s"', (title, job) => {
    const [first] = occupations(title, 'en');
    expect(first?.id).toBe(withoutPlace(job, 'en').id);
    expect(first!.confidence).toBeGreaterThanOrEqual(0.85);
  });
});

describe('a place that is part of the occupation\'s name stays', () => {
  it.each([
    ['Agent de sécurité en magasin', `${OCCUPATION}`],
    ['Vendeuse en boulangerie', `${OCCUPATION}`],
    ['Employé polyvalent en restauration rapide', `${OCCUPATION}96a0d8d3-d4a6-473d-80d6-b5dbadde940a`],
  ])('"%s"', (title, id) => {
    const [first] = occupations(title);
    expect(first!.id.startsWith(id)).toBe(true);
    expect(first!.confidence).toBeGreaterThanOrEqual(0.75);
    if (id === OCCUPATION) expect(first!.confidence).toBe(1);
  });
});
