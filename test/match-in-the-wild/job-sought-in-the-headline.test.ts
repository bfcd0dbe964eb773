// The headline of a job seeker's CV often says the search itself: "Recherche un emploi de serveur",
// "À la recherche d'un poste de serveur", "Seeking a position as a waiter". The job sought is the
// occupation a counsellor records first, ahead of the jobs held before (a career changer's).
import { beforeAll, describe, expect, it } from 'vitest';
import { linkOccupations } from '../../lib/match/link-occupations';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { ParsedProfile } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION } from './cv-text';

const WAITER = `${OCCUPATION}d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471`;
const FORKLIFT_OPERATOR = `${OCCUPATION}eeac6251-1974-42f5-91ed-513c6c883755`;
const NURSING_ASSISTANT = `${OCCUPATION}87d0795a-d41f-47ee-979f-0ab7d73836e7`;
const ELECTRICIAN = `${OCCUPATION}4910419f-b4af-4f59-b544-9dbebc8a74f0`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

/** The occupations of a CV whose only title is its headline. */
function occupationsOfHeadline(headline: string, language: 'fr' | 'en') {
  const profile: Pick<ParsedProfile, 'fields' | 'experiences' | 'language'> = {
    language,
    fields: { jobTitle: { value: headline, confidence: 0.9, evidence: { text: headline, page: 1 } } },
    experiences: [],
  };
  return linkOccupations(profile, esco);
}

describe('the search wording around the job sought', () => {
  it.each([
    ['Recherche un emploi de serveur', 'fr'],
    ["À la recherche d'un poste de serveur", 'fr'],
    ['Je recherche un poste de serveur', 'fr'],
    ["Recherche d'emploi : serveur", 'fr'],
    ['Objectif : poste de serveur', 'fr'],
    ['Seeking a position as a waiter', 'en'],
  ] as const)('"%s" is a waiter, said clearly', (headline, language) => {
    const [first] = occupationsOfHeadline(headline, language);
    expect(first?.id, `${headline} -> ${first?.label}`).toBe(WAITER);
    expect(first!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('"En reconversion vers le métier d\'électricien" is an electrician', () => {
    const [first] = occupationsOfHeadline("En reconversion vers le métier d'électricien", 'fr');
    expect(first?.id).toBe(ELECTRICIAN);
  });

  it('sound: "Recherche poste de cariste H/F – CDI – Lille" alone as the title reads as cariste', () => {
    const [first] = occupationsOfHeadline('Recherche poste de cariste H/F – CDI – Lille', 'fr');
    expect(first?.id).toBe(FORKLIFT_OPERATOR);
    expect(first!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a career changer: the job sought comes before the jobs held', () => {
  it('"Recherche poste de cariste H/F – CDI – Lille" over a shop assistant\'s and a cleaner\'s past', () => {
    const cv = [
      'Nadia Haddad',
      'Recherche poste de cariste H/F – CDI – Lille',
      '06 12 34 56 78',
      'nadia.haddad@gmail.com',
      'EXPÉRIENCE PROFESSIONNELLE',
      '2021 – 2024 Employée libre-service (ELS) – Carrefour Market, Lille',
      '• Mise en rayon et réassort des produits',
      "2019 – 2021 Agent(e) d'entretien – Onet, Roubaix",
      '• Nettoyage des locaux',
      'FORMATION',
      '2024 CACES R489 catégories 1, 3 et 5',
    ].join('\n');
    const { occupations } = linkCv(cv, esco);
    expect(occupations[0]?.id, occupations.map((o) => o.label).join(' | ')).toBe(FORKLIFT_OPERATOR);
  });
});

describe('a career changer whose headline the parse stage reads: the job sought comes first', () => {
  const careerChanger = (headline: string) =>
    [
      'Sophie Martin',
      headline,
      '06 11 22 33 44',
      'sophie.martin@orange.fr',
      'EXPÉRIENCE PROFESSIONNELLE',
      '2015 – 2024 Vendeuse – Boulangerie Paul, Orléans',
      '• Vente, encaissement',
      '2012 – 2015 Caissière – Carrefour, Orléans',
      '• Encaissement',
      'FORMATION',
      "2025 Préparation au concours d'aide-soignante",
    ].join('\n');

  it.each(['Future aide-soignante', 'En reconversion : aide-soignante', 'Reconversion professionnelle – Aide-soignante'])('"%s" puts aide-soignant first', (headline) => {
    const { occupations, jobTitle } = linkCv(careerChanger(headline), esco);
    expect(jobTitle).toBe(headline);
    expect(occupations[0]?.id, occupations.map((o) => `${o.label} ${o.confidence}`).join(' | ')).toBe(NURSING_ASSISTANT);
  });

  it('sound: "Aide-soignante" as the headline comes first', () => {
    expect(linkCv(careerChanger('Aide-soignante'), esco).occupations[0]?.id).toBe(NURSING_ASSISTANT);
  });
});
