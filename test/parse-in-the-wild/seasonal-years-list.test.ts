// A seasonal worker lists the years a job came back: "Vendanges 2019, 2020, 2021 – Domaine Ferret,
// Fuissé". The years are one period, from the first to the last, not a title "Vendanges 2019" and
// a job of 2020.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe("a seasonal worker's list of years", () => {
  const profile = parse(`Jordan Petit
Saisonnier agricole
07 55 66 77 88
jordan.petit@outlook.fr
Mâcon (71)
EXPÉRIENCES
Vendanges 2019, 2020, 2021 – Domaine Ferret, Fuissé
Cueillette des pommes – Vergers de la Saône – sept. 2022 – oct. 2022
Ouvrier agricole saisonnier – EARL Dubois, Tournus – avril 2023 – juin 2023
Taille de la vigne, palissage, ramassage
PERMIS
Permis B`);

  it('reads the years as one period of one job', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }))).toEqual([
      { title: 'Vendanges', employer: 'Domaine Ferret', location: 'Fuissé', start: '2019', end: '2021' },
      { title: 'Cueillette des pommes', employer: 'Vergers de la Saône', location: null, start: '2022-09', end: '2022-10' },
      { title: 'Ouvrier agricole saisonnier', employer: 'EARL Dubois', location: 'Tournus', start: '2023-04', end: '2023-06' },
    ]);
    expect(profile.fields.jobTitle?.value).toBe('Saisonnier agricole');
    expect(profile.drivingLicences).toEqual(['B']);
  });

  it('reads "saisons d\'été 2022 et 2023" and "Étés 2019, 2020, 2021" too', () => {
    expect(parse(`Léa Martin
06 11 22 33 44
EXPÉRIENCES
Serveuse – Camping Les Pins, Biscarrosse – saisons d'été 2022 et 2023`).experiences.map(({ title, start, end }) => ({ title, start, end }))).toEqual([
      { title: 'Serveuse', start: '2022', end: '2023' },
    ]);
    expect(parse(`Léa Martin
06 11 22 33 44
EXPÉRIENCES
Étés 2019, 2020, 2021
Animatrice – Centre de loisirs de Royan`).experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Animatrice', employer: 'Centre de loisirs de Royan', start: '2019', end: '2021' },
    ]);
  });
});
