// Security, cleaning and retail jobs name the site worked on between the employer and the town
// ("Securitas – Stade de France, Saint-Denis", "ONET – Gare Saint-Lazare, Paris 8e"). The town is
// the last place; the site is neither the town nor part of the employer. A country or region
// written after the town is no town either.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Karim Benali\n06 12 34 56 78\nExpérience professionnelle\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location }) => ({ title, employer, location }));

describe('a site named between the employer and the town', () => {
  it('reads the town after the site, not the site', () => {
    expect(
      experiencesOf(`Agent de sécurité — Securitas – Stade de France, Saint-Denis
2019 - 2023
Agent de sûreté – Fiducial – Gare Saint-Lazare, Paris 8e
2017 - 2019
Préparateur – Lidl – Entrepôt de Meaux, Meaux (77)
2015 - 2017
Steward – Croke Park, Dublin
2014 - 2015`),
    ).toEqual([
      { title: 'Agent de sécurité', employer: 'Securitas', location: 'Saint-Denis' },
      { title: 'Agent de sûreté', employer: 'Fiducial', location: 'Paris 8e' },
      { title: 'Préparateur', employer: 'Lidl', location: 'Meaux (77)' },
      { title: 'Steward', employer: 'Croke Park', location: 'Dublin' },
    ]);
  });

  it('reads a site without a town as no town', () => {
    expect(experiencesOf('Agent de sécurité – Securitas – Stade de France\n2019 - 2023')).toEqual([{ title: 'Agent de sécurité', employer: 'Securitas', location: null }]);
  });

  it('takes the last place for the town when the site has no site word', () => {
    expect(experiencesOf('Agent de sécurité – Securitas – Les Halles, Paris\n2019 - 2023')).toEqual([{ title: 'Agent de sécurité', employer: 'Securitas', location: 'Paris' }]);
  });

  it('keeps the town before its country or region', () => {
    expect(experiencesOf('Cariste – Geodis, Lyon, France\n2019 - 2023\nNurse – Leeds General Infirmary, Leeds, England\n2017 - 2019')).toEqual([
      { title: 'Cariste', employer: 'Geodis', location: 'Lyon' },
      { title: 'Nurse', employer: 'Leeds General Infirmary', location: 'Leeds' },
    ]);
  });

  it('keeps the site out of an employer line set over several jobs', () => {
    expect(experiencesOf("Securitas – Gare du Nord, Paris\nAgent de sûreté\t2011 - 2012\nChef d'équipe sûreté\t2012 - 2013")).toEqual([
      { title: 'Agent de sûreté', employer: 'Securitas', location: 'Paris' },
      { title: "Chef d'équipe sûreté", employer: 'Securitas', location: 'Paris' },
    ]);
  });

  it('keeps the site out of an interim mission\'s client', () => {
    expect(
      experiencesOf(`Missions d'intérim via Adecco (2019–2022)
- Samsic, Aéroport d'Orly, Paray-Vieille-Poste : agent de sûreté (3 mois)
- Decathlon, Villeneuve-d'Ascq : cariste (6 mois)`),
    ).toEqual([
      { title: 'Agent de sûreté', employer: 'Samsic', location: 'Paray-Vieille-Poste' },
      { title: 'Cariste', employer: 'Decathlon', location: "Villeneuve-d'Ascq" },
    ]);
  });
});
