// A CV exported from LinkedIn: the company, then each position held there (title, "janv. 2020 -
// aujourd'hui · 4 ans 11 mois", "Nantes, Pays de la Loire, France"). The location line under one
// position's dates is neither the employer of that position nor of the next one.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Julien Moreau\njulien.moreau@gmail.com\nExpérience\n${section}`), 'pdf-text'), { referenceDate: today })
    .experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('positions exported from LinkedIn', () => {
  it('gives two positions at one company that company, not the location line between them', () => {
    expect(experiencesOf(`Crédit Agricole Atlantique Vendée
Chargé de clientèle particuliers
janv. 2020 - aujourd'hui · 4 ans 11 mois
Nantes, Pays de la Loire, France
Conseiller commercial
sept. 2017 - déc. 2019 · 2 ans 4 mois
La Roche-sur-Yon, Pays de la Loire, France
Decathlon
Vendeur
juin 2015 - août 2017 · 2 ans 3 mois
Angers, Pays de la Loire, France`)).toEqual([
      { title: 'Chargé de clientèle particuliers', employer: 'Crédit Agricole Atlantique Vendée', start: '2020-01', end: 'present' },
      { title: 'Conseiller commercial', employer: 'Crédit Agricole Atlantique Vendée', start: '2017-09', end: '2019-12' },
      { title: 'Vendeur', employer: 'Decathlon', start: '2015-06', end: '2017-08' },
    ]);
  });

  it('reads the title under the company when a word of firms qualifies the trade ("Responsable logistique")', () => {
    expect(experiencesOf(`Kiabi
Responsable logistique
janvier 2020 - aujourd’hui (6 ans 3 mois)
Lille, Hauts-de-France, France
Mairie de Roubaix
Agent de service
mars 2016 - décembre 2019 (3 ans 10 mois)
Roubaix, Hauts-de-France, France`)).toEqual([
      { title: 'Responsable logistique', employer: 'Kiabi', start: '2020-01', end: 'present' },
      { title: 'Agent de service', employer: 'Mairie de Roubaix', start: '2016-03', end: '2019-12' },
    ]);
  });

  it('still reads an employer with its town and country under the dates as the employer (sound today)', () => {
    expect(experiencesOf(`Commis Chef
2015 – 2018
Trattoria Da Michele, Napoli, Italy`)).toEqual([{ title: 'Commis Chef', employer: 'Trattoria Da Michele', start: '2015', end: '2018' }]);
  });
});
