// How one was hired or when one worked, written in a bracket beside the title ("Caissier (CDD
// saisonnier)", "Hôtesse de caisse (week-ends, job étudiant)", "Conducteur (intérim) puis
// magasinier"), is not part of the title the form's "Poste occupé" box gets; a bracket that says
// what the job was ("Baby-sitting (enfants de 1 à 8 ans)", "Développeur (React)") stays, children's
// ages too (they were cut as a duration: "Baby-sitting régulier  enfants de 1 à").
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const titlesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Léa Fontaine\n06 12 34 56 78\nEXPÉRIENCES PROFESSIONNELLES\n${section}`), 'docx'), { referenceDate: today }).experiences.map(
    ({ title, employer }) => ({ title, employer }),
  );

describe('contract terms beside the title', () => {
  it('leaves out a bracket that only says the contract, the hours or the status', () => {
    expect(
      titlesOf(`Juil. 2025 – Août 2025 : Caissier (CDD saisonnier) – Carrefour Market, Tours
2024 – 2025 : Employé de libre-service (12 h/semaine) – Intermarché, Tours
2023 – 2024 : Hôtesse de caisse (week-ends, job étudiant) – Leclerc, Blois
2021 – 2023 : ATSEM (contractuelle) – Mairie de Blois
2019 – 2021 : Apprenti cuisinier (CAP en alternance) – Restaurant Le Lys, Blois
2017 – 2019 : Magasinier cariste (missions intérim) – Geodis, Orléans`),
    ).toEqual([
      { title: 'Caissier', employer: 'Carrefour Market' },
      { title: 'Employé de libre-service', employer: 'Intermarché' },
      { title: 'Hôtesse de caisse', employer: 'Leclerc' },
      { title: 'ATSEM', employer: 'Mairie de Blois' },
      { title: 'Apprenti cuisinier', employer: 'Restaurant Le Lys' },
      { title: 'Magasinier cariste', employer: 'Geodis' },
    ]);
  });

  it('leaves it out inside the title and a contract named first ("Stage – Agent de quai")', () => {
    expect(titlesOf(`2015 – 2019 : Conducteur (intérim) puis magasinier – Transports Girard, Tours
2014 : Stage – Agent de quai – Geodis, Orléans`).map(({ title }) => title)).toEqual(['Conducteur puis magasinier', 'Agent de quai']);
  });

  it('keeps a bracket that says what the job was', () => {
    expect(titlesOf(`2020 – 2024 : Baby-sitting régulier (enfants de 1 à 8 ans) – Particuliers, Tours
2018 – 2020 : Développeur (React) – Agence Pixel, Tours`).map(({ title }) => title)).toEqual(['Baby-sitting régulier (enfants de 1 à 8 ans)', 'Développeur (React)']);
  });
});
