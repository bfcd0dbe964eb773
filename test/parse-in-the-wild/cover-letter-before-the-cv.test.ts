// A cover letter pasted before the CV in the same file: the letter's heading gives the contact
// details, its subject line ("Objet : Candidature au poste d'agent d'accueil") is no headline, and
// its sentences name a diploma and an employer that are no entries of the CV.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a cover letter before the CV', () => {
  const profile = parseProfile(documentOf(plainLines(`Fatou Ndiaye
12 rue de la République
13001 Marseille
06 71 84 22 10
fatou.ndiaye13@gmail.com
Marseille, le 3 mars 2026
Objet : Candidature au poste d'agent d'accueil
Madame, Monsieur,
Titulaire d'un Bac pro Accueil et forte de quatre ans d'expérience à l'accueil de la Caisse d'Allocations Familiales, je souhaite rejoindre votre établissement.
Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.
Fatou Ndiaye
CURRICULUM VITAE
Fatou Ndiaye
Agent d'accueil bilingue
EXPÉRIENCE PROFESSIONNELLE
2020 - 2024 : Agent d'accueil – CAF des Bouches-du-Rhône, Marseille
2018 - 2020 : Hôtesse de caisse – Carrefour Le Merlan, Marseille
FORMATION
2018 : Bac pro Accueil – relation clients et usagers – Lycée Marie Curie, Marseille`), 'docx'), { referenceDate: today });

  it('reads the contact details of the letter heading, not the letter subject as the headline', () => {
    const { firstName, lastName, address, postcode, city, jobTitle } = profile.fields;
    expect([firstName?.value, lastName?.value, address?.value, postcode?.value, city?.value]).toEqual(['Fatou', 'Ndiaye', '12 rue de la République', '13001', 'Marseille']);
    expect(jobTitle?.value).toBe("Agent d'accueil bilingue");
  });

  it('reads the jobs and the diploma of the CV only', () => {
    expect(profile.experiences.map(({ title, employer }) => [title, employer])).toEqual([
      ["Agent d'accueil", 'CAF des Bouches-du-Rhône'],
      ['Hôtesse de caisse', 'Carrefour Le Merlan'],
    ]);
    expect(profile.education.map(({ degree, end }) => [degree, end])).toEqual([['Bac pro Accueil – relation clients et usagers', '2018']]);
  });
});
