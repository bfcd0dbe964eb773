// Job periods written as a length of time ("Depuis 3 ans : Aide-soignante…", "depuis 18 mois")
// or as a season with its months ("Saison 2023 (juin-sept.) : Animatrice…"). The first starts
// that long before today and goes on; the second runs over those months of that year.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Fatima El Amrani\n06 98 76 54 32\nPARCOURS PROFESSIONNEL\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('a job dated by how long it has lasted', () => {
  it('reads "Depuis 3 ans : Aide-soignante – EHPAD Les Tilleuls, Toulouse"', () => {
    expect(experiencesOf(`Depuis 3 ans : Aide-soignante – EHPAD Les Tilleuls, Toulouse
2018 – 2021 : Agent de service hospitalier – Clinique Pasteur, Toulouse`)).toEqual([
      { title: 'Aide-soignante', employer: 'EHPAD Les Tilleuls', start: '2023', end: 'present' },
      { title: 'Agent de service hospitalier', employer: 'Clinique Pasteur', start: '2018', end: '2021' },
    ]);
  });

  it('reads "depuis 18 mois" to the month', () => {
    expect(experiencesOf('Vendeuse – Kiabi, Blagnac (depuis 18 mois)')).toEqual([{ title: 'Vendeuse', employer: 'Kiabi', start: '2024-09', end: 'present' }]);
  });

  it('leaves "10 ans d’expérience" in a sentence alone', () => {
    expect(experiencesOf(`2018 – 2021 : Agent de service hospitalier – Clinique Pasteur, Toulouse
Soins d'hygiène et de confort, 10 ans d'expérience auprès des personnes âgées`)).toEqual([
      { title: 'Agent de service hospitalier', employer: 'Clinique Pasteur', start: '2018', end: '2021' },
    ]);
  });
});

describe('a season with its months', () => {
  it('reads "Saison 2023 (juin-sept.) : Animatrice – Camping Les Flots Bleus, Carnac"', () => {
    expect(experiencesOf('Saison 2023 (juin-sept.) : Animatrice – Camping Les Flots Bleus, Carnac')).toEqual([
      { title: 'Animatrice', employer: 'Camping Les Flots Bleus', start: '2023-06', end: '2023-09' },
    ]);
    expect(experiencesOf('Été 2022 (juillet – août) : Serveur – Hôtel de la Plage, Biarritz')).toEqual([
      { title: 'Serveur', employer: 'Hôtel de la Plage', start: '2022-07', end: '2022-08' },
    ]);
  });
});
