// The employer written before the title: on its own line over the title and the dates ("KIABI —
// Lille" / "Vendeuse polyvalente" / "2019 – 2021") or first on the job's one line ("Carrefour
// Market | Employée libre-service | 2018-2020"). A task line of the previous job, just above, is
// no part of the next job.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const jobsOf = (text: string) =>
  parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).experiences
    .map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }));

describe('the employer before the title', () => {
  it('reads an employer line over the title and the dates, then a one-line job led by its employer', () => {
    expect(jobsOf(`Amandine Leroy
07 11 22 33 44
amandine.leroy@gmail.com
EXPÉRIENCE
KIABI — Lille
Vendeuse polyvalente
2019 – 2021
Accueil et conseil des clients
Gestion des stocks
Carrefour Market | Employée libre-service | 2018-2020
Mise en rayon
FORMATION
Bac pro Commerce – 2018`)).toEqual([
      { title: 'Vendeuse polyvalente', employer: 'KIABI', location: 'Lille', start: '2019', end: '2021' },
      { title: 'Employée libre-service', employer: 'Carrefour Market', location: null, start: '2018', end: '2020' },
    ]);
  });

  it('reads the title under the dates when the employer and its town are above them', () => {
    expect(jobsOf(`Amandine Leroy
07 11 22 33 44
EXPÉRIENCE
KIABI — Lille
2019 – 2021
Vendeuse polyvalente
Accueil et conseil des clients
CARREFOUR MARKET (Lens)
2018 – 2020
Employée libre-service
Mise en rayon`)).toEqual([
      { title: 'Vendeuse polyvalente', employer: 'KIABI', location: 'Lille', start: '2019', end: '2021' },
      { title: 'Employée libre-service', employer: 'CARREFOUR MARKET', location: 'Lens', start: '2018', end: '2020' },
    ]);
  });

  it('reads each job led by its employer on one line, with a task line between', () => {
    expect(jobsOf(`Kevin Morel
06 77 88 99 00
EXPÉRIENCES
Leroy Merlin – Conseiller de vente – 2020 – 2024
Conseil en quincaillerie et outillage
Brico Dépôt – Magasinier – 2017 – 2020`)).toEqual([
      { title: 'Conseiller de vente', employer: 'Leroy Merlin', location: null, start: '2020', end: '2024' },
      { title: 'Magasinier', employer: 'Brico Dépôt', location: null, start: '2017', end: '2020' },
    ]);
  });
});

describe('a one-line description between jobs whose header is one line', () => {
  it('is not taken as the next job title', () => {
    expect(jobsOf(`Aisha Khan
07700 900456
WORK EXPERIENCE
Care Assistant – Sunrise Care Home, Leeds
Jan 2020 – Present
Personal care and medication rounds for 20 residents
Kitchen Porter – The Crown Inn, Leeds
Mar 2016 – Dec 2019`).map(({ title, employer }) => ({ title, employer }))).toEqual([
      { title: 'Care Assistant', employer: 'Sunrise Care Home' },
      { title: 'Kitchen Porter', employer: 'The Crown Inn' },
    ]);
    expect(jobsOf(`Julie Moreau
06 45 67 89 10
EXPÉRIENCES
Vendeuse – Kiabi, Lyon
2019 – 2022
Conseil et encaissement des clients du magasin
Caissière – Auchan, Lyon
2016 – 2019`).map(({ title, employer }) => ({ title, employer }))).toEqual([
      { title: 'Vendeuse', employer: 'Kiabi' },
      { title: 'Caissière', employer: 'Auchan' },
    ]);
  });
});
