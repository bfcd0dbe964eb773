// Several jobs under one employer whose line gives the whole period: "La Poste (2010 – 2022)" then
// "Facteur 2010 – 2015" / "Guichetier 2015 – 2022". The employer line is no job; each job under it,
// within its period, has it as employer.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const jobsOf = (text: string) =>
  parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).experiences
    .map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }));

describe('jobs grouped under their employer', () => {
  it('gives the employer line to the jobs under it', () => {
    expect(jobsOf(`Patrick Morel
06 88 77 66 55
patrick.morel@laposte.net
EXPÉRIENCE PROFESSIONNELLE
La Poste (2010 – 2022)
Facteur 2010 – 2015
Guichetier 2015 – 2022
SNCF (2005 – 2010)
Agent d'escale 2005 – 2008
Contrôleur 2008 – 2010
FORMATION
Bac STT – 2004`)).toEqual([
      { title: 'Facteur', employer: 'La Poste', location: null, start: '2010', end: '2015' },
      { title: 'Guichetier', employer: 'La Poste', location: null, start: '2015', end: '2022' },
      { title: "Agent d'escale", employer: 'SNCF', location: null, start: '2005', end: '2008' },
      { title: 'Contrôleur', employer: 'SNCF', location: null, start: '2008', end: '2010' },
    ]);
  });

  it('reads tasks under each job, not as its employer, and an English employer with its town', () => {
    expect(jobsOf(`Patrick Morel
06 88 77 66 55
EXPÉRIENCE PROFESSIONNELLE
LA POSTE — 2010 à 2022
Facteur (2010 – 2015)
Tournée de distribution en zone rurale
Guichetier (2015 – 2022)
Accueil et conseil des clients`).map(({ title, employer }) => ({ title, employer }))).toEqual([
      { title: 'Facteur', employer: 'LA POSTE' },
      { title: 'Guichetier', employer: 'LA POSTE' },
    ]);
    expect(jobsOf(`Sarah Jones
07700 900111
EMPLOYMENT HISTORY
Tesco Stores Ltd, Leeds (2012 – 2020)
Customer Assistant, 2012 – 2016
Shift Leader, 2016 – 2020
Managed a team of 8`)).toEqual([
      { title: 'Customer Assistant', employer: 'Tesco Stores Ltd', location: 'Leeds', start: '2012', end: '2016' },
      { title: 'Shift Leader', employer: 'Tesco Stores Ltd', location: 'Leeds', start: '2016', end: '2020' },
    ]);
  });

  it('keeps a job whose title names no trade when nothing under it fits in its period', () => {
    expect(jobsOf(`Inès Haddad
06 12 34 56 78
EXPÉRIENCES
Maternité – Clinique du Parc (2019 – 2021)
Vendeuse 2016 – 2018`).map(({ title, employer }) => ({ title, employer }))).toEqual([
      { title: 'Maternité', employer: 'Clinique du Parc' },
      { title: 'Vendeuse', employer: null },
    ]);
  });
});
