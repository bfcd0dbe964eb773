// Jobs whose tasks are plain lines under them, CVs written without any heading, and the words
// that say when a diploma was obtained.
import { describe, expect, it } from 'vitest';
import { looksLikeTask } from '../../lib/parse/detect-task';
import { withoutDates } from '../../lib/parse/entry-parts';
import { findDateRanges } from '../../lib/parse/parse-dates';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from './build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });
const jobsOf = (text: string) => parse(text).experiences.map(({ title, employer, start, end }) => [title, employer, start, end]);
const degreesOf = (text: string) => parse(text).education.map(({ degree, school, end }) => [degree, school, end]);

describe('looksLikeTask', () => {
  it.each(['Mise en rayon et encaissement', 'Préparation des entrées', 'Préparer les commandes', 'Nettoyage des locaux', 'Picking and packing orders', 'Responsible for the night shift', 'Encaissement', 'Accueil clients, conseil et vente'])(
    'reads "%s" as a task',
    (text) => expect(looksLikeTask(text)).toBe(true),
  );
  it.each(['Brasserie du Nord', 'Garage Renault', 'Conseiller de vente', 'Aide à domicile', 'XPO Logistics, Doncaster', 'British Army', 'Fondation de France', 'Mission locale de Lille', 'Garage du Centre', 'Accueil Services', 'Entretien Plus SARL'])(
    'does not read "%s" as a task',
    (text) => expect(looksLikeTask(text)).toBe(false),
  );
});

describe('task lines under a job', () => {
  it('takes no task line as the employer of a job given dates first', () => {
    expect(jobsOf(`Karim Benali
06 12 34 56 78
EXPÉRIENCES
2016 - 2017
Vendeur
Mise en rayon et encaissement
2019 - 2021
Commis de cuisine
Brasserie du Nord`)).toEqual([
      ['Vendeur', null, '2016', '2017'],
      ['Commis de cuisine', 'Brasserie du Nord', '2019', '2021'],
    ]);
  });

  it('still takes the employer line under "title dates", but not a task line', () => {
    expect(jobsOf(`Karim Benali
06 12 34 56 78
EXPÉRIENCES
Vendeur 2016-2017
Lidl
Commis de cuisine 2019-2021
Préparer les entrées`)).toEqual([
      ['Vendeur', 'Lidl', '2016', '2017'],
      ['Commis de cuisine', null, '2019', '2021'],
    ]);
  });

  it('keeps the employer of an English one-line job above its task line', () => {
    expect(jobsOf(`John Smith
07700 900123
EXPERIENCE
Warehouse Operative – Amazon, 2019 – 2021
Picking and packing orders`)).toEqual([['Warehouse Operative', 'Amazon', '2019', '2021']]);
  });
});

describe('a CV without headings', () => {
  const cv = `Lucas Petit
Agent d'entretien
07 81 23 45 67
lucas.petit@hotmail.fr
Titulaire du permis B depuis 2010
Agent d'entretien
Onet, Rouen
2020 - 2024
Plongeur
Flunch
2018 - 2020
BTS MUC 2010-2012
Bac obtenu le 05/07/2010`;

  it('reads title-first jobs after the contact block, not the licence nor the diploma lines', () => {
    expect(jobsOf(cv)).toEqual([
      ["Agent d'entretien", 'Onet', '2020', '2024'],
      ['Plongeur', 'Flunch', '2018', '2020'],
    ]);
  });

  it('reads the diplomas after the contact block', () => {
    expect(degreesOf(cv)).toEqual([
      ['BTS MUC', null, '2012'],
      ['Bac', null, '2010'],
    ]);
  });

  it('reads one-line jobs when the header gives no contact line', () => {
    expect(jobsOf(`Lucas Petit
Agent d'entretien
Disponible immédiatement
2020 - 2024 : Agent d'entretien, Onet, Rouen
2018 - 2020 Plongeur - Flunch
Anglais : notions`)).toEqual([
      ["Agent d'entretien", 'Onet', '2020', '2024'],
      ['Plongeur', 'Flunch', '2018', '2020'],
    ]);
  });

  it('reads the jobs above a reference given with its phone number', () => {
    expect(jobsOf(`Lucas Petit
07 81 23 45 67
2020 - 2024 : Agent d'entretien, Onet, Rouen
2018 - 2020 : Plongeur, Flunch, Rouen
Référence : M. Martin, chef d'équipe, 06 98 76 54 32`)).toEqual([
      ["Agent d'entretien", 'Onet', '2020', '2024'],
      ['Plongeur', 'Flunch', '2018', '2020'],
    ]);
  });

  it('reads no diploma inside a sentence of the profile', () => {
    expect(degreesOf(`Lucas Petit
07 81 23 45 67
Titulaire d'un CAP cuisine obtenu en 2015, je recherche un poste de commis dans la restauration collective.`)).toEqual([]);
  });

  it('keeps reading only the experience section when there is one', () => {
    expect(jobsOf(`Lucas Petit
07 81 23 45 67
Titulaire du permis B, véhiculé, 2015 - 2026
EXPÉRIENCE
2020 - 2024 : Agent d'entretien, Onet, Rouen`)).toEqual([["Agent d'entretien", 'Onet', '2020', '2024']]);
  });
});

describe('withoutDates', () => {
  it.each([
    ['BTS MUC obtenu en 2012', 'BTS MUC'],
    ['Bac obtenu le 05/07/2010', 'Bac'],
    ['CAP Cuisine, obtained in 2015', 'CAP Cuisine'],
    ['Licence validée en 2019', 'Licence'],
    ['Bac pro Commerce en 2012', 'Bac pro Commerce'],
    ['Cariste de 2019 à 2021', 'Cariste'],
  ])('reads "%s" as "%s"', (text, rest) => {
    expect(withoutDates(text, findDateRanges(text, today)[0])).toBe(rest);
  });
});

describe('a CV whose only heading is one we do not know', () => {
  it('does not take the unknown heading for a job title or employer', () => {
    expect(jobsOf(`Lucas Petit
07 81 23 45 67
CE QUE J AI FAIT
Agent d'entretien – Onet
2020 - 2024
Plongeur – Flunch
2018 - 2020`)).toEqual([
      ["Agent d'entretien", 'Onet', '2020', '2024'],
      ['Plongeur', 'Flunch', '2018', '2020'],
    ]);
  });
});
