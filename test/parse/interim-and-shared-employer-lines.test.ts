// Employer lines around a job's dates: an agency named with the interim status, a town in
// brackets, and an employer line under one job's dates that is not also the next job's.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from './build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Karim Benali\n06 12 34 56 78\nEXPÉRIENCE PROFESSIONNELLE\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location }) => ({ title, employer, location }));

describe('interim and employer lines', () => {
  it('takes a town in brackets after "Intérim" as the town, and no employer from the status', () => {
    expect(experiencesOf('2019 - 2021\nIntérim (Lille)\nCariste')).toEqual([{ title: 'Cariste', employer: null, location: 'Lille' }]);
  });

  it('keeps the status as the title when no mission names a trade', () => {
    expect(experiencesOf('2019 - 2021\nIntérimaire (Randstad)')).toEqual([{ title: 'Intérimaire', employer: 'Randstad', location: null }]);
  });

  it('reads "status (agency) : trade" lines: the agency is the employer, the first trade the title', () => {
    expect(experiencesOf('2019 - 2024 : Missions intérim (Adecco) : préparatrice de commandes, cariste')).toEqual([
      { title: 'Préparatrice de commandes', employer: 'Adecco', location: null },
    ]);
    expect(experiencesOf('2018 - 2019 : Intérim Manpower : cariste')).toEqual([{ title: 'Cariste', employer: 'Manpower', location: null }]);
    expect(experiencesOf('2016 - 2019 : Missions en intérim : manutentionnaire')).toEqual([{ title: 'Manutentionnaire', employer: null, location: null }]);
  });

  it('does not take a contract in brackets for a town', () => {
    expect(experiencesOf('2019 - 2021\nVendeuse chez Kiabi (CDD)')).toEqual([{ title: 'Vendeuse', employer: 'Kiabi', location: null }]);
  });

  // "X puis intérim (Agency)": the interim is what came after X, not X's status; the agency is the employer.
  it('keeps the interim in the title when it follows another activity with "puis" / "then"', () => {
    expect(experiencesOf('Service militaire puis intérim (Manpower)\n1998 - 2001')).toEqual([
      { title: 'Service militaire puis intérim', employer: 'Manpower', location: null },
    ]);
    expect(experiencesOf('Service militaire, puis intérim (Manpower)\n1998 - 2001')).toEqual([
      { title: 'Service militaire, puis intérim', employer: 'Manpower', location: null },
    ]);
    expect(experiencesOf('Vendeuse, puis responsable de rayon – Carrefour, Lyon\n2015 - 2020')).toEqual([
      { title: 'Vendeuse, puis responsable de rayon', employer: 'Carrefour', location: 'Lyon' },
    ]);
    expect(experiencesOf('Cariste en intérim (Manpower)\n2019 - 2021')).toEqual([{ title: 'Cariste', employer: 'Manpower', location: null }]);
  });

  // English CVs name the agency in the bracket as French ones do ("Cariste (intérim Manpower)").
  it('reads an English agency bracket as the French interim one: the agency is the employer', () => {
    expect(experiencesOf('Forklift Driver (agency via Adecco) – Amazon, Warrington\n2016 - 2019')).toEqual([
      { title: 'Forklift Driver', employer: 'Adecco', location: 'Warrington' },
    ]);
    expect(experiencesOf('Picker Packer (Agency: Adecco)\n2016 - 2019')).toEqual([{ title: 'Picker Packer', employer: 'Adecco', location: null }]);
    expect(experiencesOf('Care Assistant (via NHS Professionals)\n2016 - 2019')).toEqual([{ title: 'Care Assistant', employer: 'NHS Professionals', location: null }]);
  });

  it('gives the employer line under a job\'s dates to that job only', () => {
    expect(experiencesOf('Cariste\n2019 - 2021\nLeroy Merlin\nVendeuse\n2016 - 2019\nKiabi')).toEqual([
      { title: 'Cariste', employer: 'Leroy Merlin', location: null },
      { title: 'Vendeuse', employer: 'Kiabi', location: null },
    ]);
  });
});
