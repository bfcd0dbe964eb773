// Found by the probe review: "Maçon VRD – chef d'équipe · Eiffage Route Grand Sud, Toulouse" gave the
// employer "chef d'équipe", "Serveur – extra – Brasserie du Port" the employer "extra", and a town
// followed by a site code or a country in brackets ("Doncaster (DSA1)", "Braga (Portugal)") no town.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const jobsOf = (heading: string, lines: string[]) =>
  parseProfile(documentOf(plainLines(`Jorge Da Silva\njorge@example.fr\n06 12 34 56 78\n${heading}\n${lines.join('\n')}`), 'docx'), { referenceDate: today }).experiences.map(
    ({ title, employer, location }) => ({ title, employer, location }),
  );

describe('the parts of a job header', () => {
  it('keep a role after the title with the title, the employer after it', () => {
    expect(jobsOf('EXPÉRIENCE PROFESSIONNELLE', ["2020 – 2024 | Maçon VRD – chef d'équipe · Eiffage Route Grand Sud, Toulouse", 'Pose de bordures et caniveaux.'])).toEqual([
      { title: "Maçon VRD – chef d'équipe", employer: 'Eiffage Route Grand Sud', location: 'Toulouse' },
    ]);
  });

  it('read "extra" as the kind of contract, not an employer', () => {
    expect(jobsOf('EXPÉRIENCE PROFESSIONNELLE', ['2016 – 2018 : Serveur – extra – Brasserie du Port, Brest', 'Service en salle.'])).toEqual([
      { title: 'Serveur', employer: 'Brasserie du Port', location: 'Brest' },
    ]);
  });

  it('read the town before a site code or a country in brackets', () => {
    expect(
      jobsOf('Employment History', [
        'Warehouse Team Leader – Amazon, Doncaster (DSA1) | Jan 2020 – Present',
        'Led a team of 18 pickers',
        'Commis Chef – Ristorante Da Vittorio, Braga (Portugal) | 2016 – 2018',
        'Prepared vegetables',
      ]),
    ).toEqual([
      { title: 'Warehouse Team Leader', employer: 'Amazon', location: 'Doncaster' },
      { title: 'Commis Chef', employer: 'Ristorante Da Vittorio', location: 'Braga' },
    ]);
  });

  it('read the town before a note of the place in brackets, and keep an employer before its own', () => {
    expect(
      jobsOf('EXPÉRIENCE PROFESSIONNELLE', [
        '2019 – 2022 : Vendeur – Carrefour (hypermarché), Lyon',
        '2016 – 2019 : Vendeur – Carrefour, Nantes (Atlantis)',
        '2014 – 2016 : Plombier – Dupont SARL, Chenôve (8 salariés)',
        '2012 – 2014 : Production Operative – Meadowvale Foods Ltd, Corby (ready meals)',
      ]),
    ).toEqual([
      { title: 'Vendeur', employer: 'Carrefour', location: 'Lyon' },
      { title: 'Vendeur', employer: 'Carrefour', location: 'Nantes' },
      { title: 'Plombier', employer: 'Dupont SARL', location: 'Chenôve' },
      { title: 'Production Operative', employer: 'Meadowvale Foods Ltd', location: 'Corby' },
    ]);
  });
});

