// Employers written the French way: "chez Employeur (Ville)" under the title, one employer over
// several jobs, interim missions under one agency.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (text: string) =>
  parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).experiences
    .map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }));

describe('employer lines', () => {
  it('reads "chez ADMR (Douai)" under the title as the employer and its town', () => {
    expect(experiencesOf(`Sophie Bernard
06 12 34 56 78
EXPÉRIENCE PROFESSIONNELLE
Mars 2021 – aujourd'hui
Auxiliaire de vie sociale
chez ADMR (Douai)`)).toEqual([
      { title: 'Auxiliaire de vie sociale', employer: 'ADMR', location: 'Douai', start: '2021-03', end: 'present' },
    ]);
  });

  it('reads "Cariste chez Leroy Merlin (Lesquin)" with the town in brackets as the location', () => {
    expect(experiencesOf(`Nadia Haddad
06 12 34 56 78
EXPÉRIENCE PROFESSIONNELLE
Depuis 2022
Cariste chez Leroy Merlin (Lesquin)`)).toEqual([
      { title: 'Cariste', employer: 'Leroy Merlin', location: 'Lesquin', start: '2022', end: 'present' },
    ]);
  });

  it('splits the town off an employer line set over several jobs ("Auchan, Villeneuve-d\'Ascq")', () => {
    expect(experiencesOf(`Sophie Bernard
06 12 34 56 78
EXPÉRIENCE PROFESSIONNELLE
Auchan, Villeneuve-d'Ascq
2018 - 2021 Employée commerciale
2015 - 2018 Hôtesse de caisse`)).toEqual([
      { title: 'Employée commerciale', employer: 'Auchan', location: "Villeneuve-d'Ascq", start: '2018', end: '2021' },
      { title: 'Hôtesse de caisse', employer: 'Auchan', location: "Villeneuve-d'Ascq", start: '2015', end: '2018' },
    ]);
  });

  it('keeps the second job under "CARREFOUR MARKET — Lille" at Carrefour, not at the next employer KIABI', () => {
    const experiences = experiencesOf(`Julie Morel
06 12 34 56 78
EXPÉRIENCE PROFESSIONNELLE
CARREFOUR MARKET — Lille
Responsable de rayon
2019 - 2024
Employée libre-service
2016 - 2019
KIABI — Lens
Vendeuse
2012 - 2016`);
    expect(experiences.map(({ title, start, end }) => ({ title, start, end }))).toEqual([
      { title: 'Responsable de rayon', start: '2019', end: '2024' },
      { title: 'Employée libre-service', start: '2016', end: '2019' },
      { title: 'Vendeuse', start: '2012', end: '2016' },
    ]);
    expect(experiences[1]?.employer).toMatch(/^carrefour market\b/i);
    expect(experiences[2]?.employer).toMatch(/^kiabi\b/i);
  });

  it('does not take "missions : cariste" as the title nor a client firm as the town of an interim line', () => {
    const [interim] = experiencesOf(`Nadia Haddad
06 12 34 56 78
EXPÉRIENCE PROFESSIONNELLE
2020 - 2021
Intérim Adecco — missions : cariste chez Decathlon, préparatrice chez Auchan`);
    expect(interim?.title).not.toMatch(/missions/i);
    expect(interim?.location).not.toBe('Decathlon');
  });

  it('takes the agency in brackets as the employer of "Intérimaire (Manpower) - missions de manutentionnaire"', () => {
    const [interim] = experiencesOf(`Kevin Dubois
06 12 34 56 78
EXPÉRIENCES
Depuis septembre 2023
Intérimaire (Manpower) - missions de manutentionnaire`);
    expect(interim?.employer).toBe('Manpower');
    expect(interim?.title).not.toMatch(/missions/i);
  });

  it('reads "CDD 6 mois" inside a one-line job without taking it for the employer (sound today)', () => {
    expect(experiencesOf(`Nadia Haddad
06 12 34 56 78
EXPÉRIENCE PROFESSIONNELLE
Mars 2019 – Août 2019
Employée libre-service, CDD 6 mois, Carrefour Market, Lille`)).toEqual([
      { title: 'Employée libre-service', employer: 'Carrefour Market', location: 'Lille', start: '2019-03', end: '2019-08' },
    ]);
  });
});
