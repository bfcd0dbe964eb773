// A career break written among the jobs, with or without its period ("Congé parental (2019 –
// 2021)", "Année sabbatique – tour du monde", "Career break – caring for a relative"), is no job:
// it is neither an experience nor the job title, and the jobs around it keep their own lines.
import { describe, expect, it } from 'vitest';
import { isCareerBreak } from '../../lib/parse/career-break';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });
const jobsOf = (text: string) => parse(text).experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('career breaks among the jobs', () => {
  it('leaves out French breaks, dated on their line or under it', () => {
    const text = `Nadia Belkacem
06 55 44 33 22
EXPÉRIENCES
Période de recherche d'emploi
2024 – 2025
Assistante administrative – Cabinet Durand, Nantes
2021 – 2024
Congé parental (2019 – 2021)
Secrétaire – Mairie de Rezé
2015 – 2019
Congé maternité – 2014
Année sabbatique – tour du monde
2012 – 2013
Disponibilité
2010 – 2011
Agent d'accueil – CPAM de Nantes
2008 – 2010`;
    expect(jobsOf(text)).toEqual([
      { title: 'Assistante administrative', employer: 'Cabinet Durand', start: '2021', end: '2024' },
      { title: 'Secrétaire', employer: 'Mairie de Rezé', start: '2015', end: '2019' },
      { title: "Agent d'accueil", employer: 'CPAM de Nantes', start: '2008', end: '2010' },
    ]);
    expect(parse(text).fields.jobTitle?.value).toBe('Assistante administrative');
  });

  it('leaves out an English career break and keeps the jobs on both sides', () => {
    expect(jobsOf(`John Smith
07700 900123
john.smith@example.co.uk
EMPLOYMENT HISTORY
Warehouse Operative – DHL, Coventry
2019 – Present
Career break (2018–2019) – caring for a relative
Delivery Driver – Royal Mail, Rugby
2014 – 2018
Maternity leave, 2012 – 2013
Sales Assistant – Boots, Rugby
2010 – 2012`)).toEqual([
      { title: 'Warehouse Operative', employer: 'DHL', start: '2019', end: 'present' },
      { title: 'Delivery Driver', employer: 'Royal Mail', start: '2014', end: '2018' },
      { title: 'Sales Assistant', employer: 'Boots', start: '2010', end: '2012' },
    ]);
  });

  it('keeps jobs whose title only speaks of such things', () => {
    expect(jobsOf(`Laura Petit
06 11 22 33 44
EXPÉRIENCES
Conseillère en recherche d'emploi – France Travail, Tours
2018 – 2024
Gestionnaire congés et absences – Mairie de Tours
2014 – 2018`).map(({ title }) => title)).toEqual(["Conseillère en recherche d'emploi", 'Gestionnaire congés et absences']);
  });
});

describe('a job whose title starts like a break is still a job', () => {
  it('"Travelling Sales Representative" is a job; "Travelling in South America" is a break', () => {
    expect(isCareerBreak('Travelling Sales Representative')).toBe(false);
    expect(isCareerBreak('Travelling technician')).toBe(false);
    expect(isCareerBreak('Travelling in South America')).toBe(true);
    expect(isCareerBreak('Travelling')).toBe(true);
  });
});
