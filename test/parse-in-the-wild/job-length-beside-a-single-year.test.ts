// A short job dated by its year alone, with how long it lasted beside it: "2018 : Vendeur – Kiabi
// (3 mois)", "(CDD 6 semaines)", "– 2 mois". The year cannot tell three months from a whole year;
// the length is kept as written (experience `duration`). An age group in brackets is no length,
// and a job with a real period gets none (its dates say it).
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('the length of a job dated by a single year', () => {
  it('keeps "(3 mois)", "(CDD 6 semaines)", "– 2 mois" as the duration, and no age nor a period\'s length', () => {
    const profile = parseProfile(documentOf(plainLines(`Mickaël Lefebvre
06 45 78 12 33
EXPÉRIENCES PROFESSIONNELLES
2018 : Vendeur – Kiabi, Lille (3 mois)
Été 2021 : Saisonnier agricole – EARL Dupont (CDD 6 semaines)
2019 : Animateur – Centre de loisirs de Roubaix – 2 mois
2020 : Auxiliaire de puériculture – Crèche Les Lutins (enfants de 3 à 6 ans)
2015 - 2017 : Cariste – Geodis (2 ans)`), 'docx'), { referenceDate: today });
    expect(profile.experiences.map(({ title, employer, start, end, duration }) => ({ title, employer, start, end, duration }))).toEqual([
      { title: 'Vendeur', employer: 'Kiabi', start: '2018', end: '2018', duration: '3 mois' },
      { title: 'Saisonnier agricole', employer: 'EARL Dupont', start: '2021', end: '2021', duration: '6 semaines' },
      { title: 'Animateur', employer: 'Centre de loisirs de Roubaix', start: '2019', end: '2019', duration: '2 mois' },
      { title: 'Auxiliaire de puériculture', employer: 'Crèche Les Lutins', start: '2020', end: '2020', duration: undefined },
      { title: 'Cariste', employer: 'Geodis', start: '2015', end: '2017', duration: undefined },
    ]);
  });
});
