// A security guard's CV: the SSIAP in the headline, jobs on three lines (title / employer and site
// / period), and a "Formations et habilitations" list where the electrical clearance is written by
// its codes alone ("H0B0 – 2022"), beside the CNAPS card, the SST and the CQP. The codes name the
// clearance; the CQP and the bac pro are diplomas; a licence being obtained is not held.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('a security agent CV with its habilitations', () => {
  const profile = parse(`Mamadou Diallo
Agent de sécurité – SSIAP 1
mamadou.diallo93@gmail.com
07 55 44 33 22
93200 Saint-Denis
EXPÉRIENCES
Agent de sécurité incendie (SSIAP 1)
Securitas – Stade de France, Saint-Denis
2023 – aujourd'hui
Agent de prévention et de sécurité
Groupe Atalian, Paris 8e
2020 – 2023
Vendeur
Foot Locker, Les Halles, Paris
2018 – 2020
FORMATIONS ET HABILITATIONS
Carte professionnelle CNAPS valide jusqu'en 2027
SSIAP 1 obtenu en 2020 – recyclage 2023
SST (Sauveteur Secouriste du Travail) – 2024
H0B0 – 2022
CQP Agent de prévention et de sécurité – 2020
Bac pro Commerce – Lycée Paul Éluard, Saint-Denis – 2017
LANGUES
Français : courant
Anglais : A2
PERMIS
Permis B (en cours)`);

  it('reads the three jobs, each with its employer and period', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => [title, employer, start, end])).toEqual([
      ['Agent de sécurité incendie (SSIAP 1)', 'Securitas', '2023', 'present'],
      ['Agent de prévention et de sécurité', 'Groupe Atalian', '2020', '2023'],
      ['Vendeur', 'Foot Locker', '2018', '2020'],
    ]);
  });

  it('reads the clearance written by its codes alone, with the card, the SSIAP and the SST', () => {
    expect(profile.certifications.map(({ label }) => label).sort()).toEqual(['Carte professionnelle CNAPS', 'Habilitation électrique H0B0', 'SSIAP 1', 'SST']);
  });

  it('reads the CQP and the bac pro as diplomas, and no licence being obtained', () => {
    expect(profile.education.map(({ degree, end }) => [degree, end])).toEqual([['CQP Agent de prévention et de sécurité', '2020'], ['Bac pro Commerce', '2017']]);
    expect(profile.drivingLicences).toEqual([]);
  });
});

describe('codes that are no clearance', () => {
  it('takes no "B1" or "B2" language level for a clearance', () => {
    const profile = parse(`Mamadou Diallo
mamadou.diallo93@gmail.com
CERTIFICATIONS
SST – 2024
LANGUES
Anglais B1, Espagnol B2`);
    expect(profile.certifications.map(({ label }) => label)).toEqual(['SST']);
  });
});
