// A role written with its tasks on its own line, after a colon: "Agent de quai (2018 – 2022) :
// chargement et déchargement des camions, contrôle des palettes", under the employer it was held at
// ("Geodis Logistics, Saran (2015 – 2022)"). The tasks became the role's employer, and the employer
// line a job of its own titled "Geodis Logistics".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const jobsOf = (lines: string[]) =>
  parseProfile(documentOf(plainLines(['Sandrine DUBOIS', 'Agent de quai', 'sandrine.dubois45@hotmail.fr', 'EXPÉRIENCE PROFESSIONNELLE', ...lines].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).experiences.map(
    (job) => [job.title, job.employer, job.start, job.end],
  );

describe('a role line with its tasks after a colon', () => {
  it('successive roles at one employer', () => {
    expect(jobsOf([
      'Geodis Logistics, Saran (2015 – 2022)',
      'Agent de quai (2018 – 2022) : chargement et déchargement des camions, contrôle des palettes',
      'Préparatrice de commandes (2015 – 2018) : picking au scanner, filmage',
      'Cariste (intérim) – Adecco, Orléans – depuis mars 2023',
    ])).toEqual([
      ['Agent de quai', 'Geodis Logistics', '2018', '2022'],
      ['Préparatrice de commandes', 'Geodis Logistics', '2015', '2018'],
      ['Cariste', 'Adecco', '2023-03', 'present'],
    ]);
  });

  it('a job whole on its line, and a labelled one whose value is kept', () => {
    expect(jobsOf([
      '2019 – 2021 : Vendeuse, Kiabi Lyon : accueil des clients, encaissement, mise en rayon',
      '2016 – 2018 Poste : serveuse polyvalente',
    ])).toEqual([
      ['Vendeuse', 'Kiabi Lyon', '2019', '2021'],
      ['serveuse polyvalente', null, '2016', '2018'],
    ]);
  });
});
