// "Poste - Employeur - 2016-2017" on one line, its tasks on plain lines under it (no bullets), as
// DOCX and plain-text CVs write them.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

function experiencesOf(text: string) {
  return parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).experiences
    .map(({ title, employer, start, end }) => ({ title, employer, start, end }));
}

describe('one-line experiences followed by an unbulleted task line', () => {
  it('keeps the employer of the line and does not take the task line as the employer', () => {
    expect(experiencesOf(`Karim Benali
06 12 34 56 78
EXPÉRIENCES
Vendeur - Lidl - 2016-2017
Mise en rayon et encaissement
Commis de cuisine - Brasserie du Nord - 2019-2021
Préparation des entrées`)).toEqual([
      { title: 'Vendeur', employer: 'Lidl', start: '2016', end: '2017' },
      { title: 'Commis de cuisine', employer: 'Brasserie du Nord', start: '2019', end: '2021' },
    ]);
  });

  it('does not take a gap-year line as the employer of the job above it', () => {
    const experiences = experiencesOf(`Karim Benali
06 12 34 56 78
EXPÉRIENCES
Commis de cuisine - Brasserie du Nord - 2019-2021
Année sabbatique 2018
Vendeur - Lidl - 2016-2017`);
    expect(experiences[0]).toEqual({ title: 'Commis de cuisine', employer: 'Brasserie du Nord', start: '2019', end: '2021' });
  });

  it('reads "Poste | Employeur | Ville" under its dates (sound today)', () => {
    expect(experiencesOf(`Marie Dupont
06 12 34 56 78
Parcours professionnel
Depuis mars 2021
Aide-soignante — EHPAD Les Tilleuls, Valenciennes
09/2018 – 06/2020
Agent de service hospitalier | Clinique du Parc | Lille
Janv. 2020 - Déc. 2021
Auxiliaire de vie, ADMR
Sept 2019 à ce jour
Bénévole — Restos du Cœur`)).toEqual([
      { title: 'Aide-soignante', employer: 'EHPAD Les Tilleuls', start: '2021-03', end: 'present' },
      { title: 'Agent de service hospitalier', employer: 'Clinique du Parc', start: '2018-09', end: '2020-06' },
      { title: 'Auxiliaire de vie', employer: 'ADMR', start: '2020-01', end: '2021-12' },
      { title: 'Bénévole', employer: 'Restos du Cœur', start: '2019-09', end: 'present' },
    ]);
  });
});
