// A two-column PDF CV with the sidebar on the right (contact, diploma, languages, licence, hobbies)
// and, in the main column, the jobs then an "Engagement bénévole" section naming only the
// association. The sidebar's contact block is the candidate's; the volunteering is read after the
// jobs, as "Bénévole" at the association, and the headline stays the trade.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { column, documentOf, pdfLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const main = column(40, 30, 0, [
  { text: 'Sophie Lambert', h: 20, bold: true },
  { text: 'Aide-soignante diplômée d’État' },
  { text: 'EXPÉRIENCES PROFESSIONNELLES', bold: true, gap: 30 },
  { text: 'Aide-soignante – EHPAD Les Tilleuls, Angers', bold: true },
  { text: 'Mars 2020 – aujourd’hui' },
  { text: 'Soins d’hygiène et de confort, aide aux repas, transmissions', indent: 10 },
  { text: 'Agent de service hospitalier – CHU d’Angers', bold: true },
  { text: '2016 – 2020' },
  { text: 'Bionettoyage des chambres, distribution des repas', indent: 10 },
  { text: 'ENGAGEMENT BÉNÉVOLE', bold: true, gap: 30 },
  { text: 'Croix-Rouge française, Angers', bold: true },
  { text: 'Depuis 2018' },
  { text: 'Secouriste lors des manifestations sportives', indent: 10 },
]);
const sidebar = column(400, 30, 1, [
  { text: 'CONTACT', bold: true },
  { text: '06 45 12 78 90' },
  { text: 'sophie.lambert49@gmail.com' },
  { text: '49100 Angers' },
  { text: 'FORMATION', bold: true, gap: 30 },
  { text: 'DEAS – IFAS du CHU d’Angers' },
  { text: '2016' },
  { text: 'LANGUES', bold: true, gap: 30 },
  { text: 'Anglais : A2' },
  { text: 'PERMIS', bold: true, gap: 30 },
  { text: 'Permis B, véhiculée' },
  { text: 'CENTRES D’INTÉRÊT', bold: true, gap: 30 },
  { text: 'Course à pied, jardinage' },
]);

describe('a CV with its sidebar on the right and a volunteering section', () => {
  const profile = parseProfile(documentOf(pdfLines([...main, ...sidebar])), { referenceDate: today });

  it('reads the contact details of the right sidebar and the headline', () => {
    const value = (key: keyof typeof profile.fields) => profile.fields[key]?.value;
    expect([value('firstName'), value('lastName'), value('phone'), value('email'), value('postcode'), value('city')]).toEqual(['Sophie', 'Lambert', '+33645127890', 'sophie.lambert49@gmail.com', '49100', 'Angers']);
    expect(value('jobTitle')).toBe('Aide-soignante diplômée d’État');
  });

  it('reads the jobs, then the volunteering at the association', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }))).toEqual([
      { title: 'Aide-soignante', employer: 'EHPAD Les Tilleuls', location: 'Angers', start: '2020-03', end: 'present' },
      { title: 'Agent de service hospitalier', employer: 'CHU d’Angers', location: null, start: '2016', end: '2020' },
      { title: 'Bénévole', employer: 'Croix-Rouge française', location: 'Angers', start: '2018', end: 'present' },
    ]);
  });

  it('reads the diploma, language and licence of the sidebar', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([{ degree: 'DEAS', school: 'IFAS du CHU d’Angers', end: '2016' }]);
    expect(profile.languages.map(({ language, level }) => ({ language, level }))).toEqual([{ language: 'en', level: 'A2' }]);
    expect(profile.drivingLicences).toEqual(['B']);
  });
});
