// A UK electrician's and a chef's CVs, as the probe review wrote them: the town with the district
// half of its postcode only ("Cardiff CF14"), the site cards and tickets on the header line, a
// "Full UK licence" that never says "driving", and a list of qualifications one per line with
// their years, none of which is the school of the line above.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const profileOf = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

const ELECTRICIAN = `MARK HUGHES
Domestic and Commercial Electrician
Cardiff CF14 | Tel: 07456 789012 | mark.hughes.elec@gmail.com
JIB Gold Card holder | CSCS | IPAF 3a/3b | Full UK licence

WORK HISTORY
Electrician   Jan 2019 – Present
Hughes Electrical, Cardiff
- Full and partial house rewires

QUALIFICATIONS
City & Guilds 2365 Level 3 Diploma in Electrical Installations (2014)
NVQ Level 3 in Electrotechnical Services (2014)
City & Guilds 2391-52 Inspection and Testing (2017)
18th Edition Wiring Regulations BS 7671 (2019)`;

describe("a UK tradesperson's header", () => {
  it('reads the town before a district code, and the car licence from "Full UK licence"', () => {
    const profile = profileOf(ELECTRICIAN);
    expect(profile.fields.city?.value).toBe('Cardiff');
    expect(profile.fields.postcode).toBeUndefined();
    expect(profile.drivingLicences).toEqual(['B']);
  });

  it('reads the town after its county too', () => {
    const profile = profileOf('Jane DOE\nDental Nurse\nLeeds, West Yorkshire LS6\n07456 789013 | jane.doe@example.com\n');
    expect(profile.fields.city?.value).toBe('Leeds');
  });

  it('does not take a language level for a district code', () => {
    expect(profileOf('Jane DOE\nDental Nurse\n07456 789013 | jane.doe@example.com | English C1\n').fields.city).toBeUndefined();
  });

  it('lists the site cards and tickets as certifications', () => {
    const labels = profileOf(ELECTRICIAN).certifications.map((certification) => certification.label);
    expect(labels).toEqual(expect.arrayContaining(['JIB gold card', 'CSCS card', 'IPAF 3a/3b', '18th Edition (BS 7671)']));
  });
});

describe('a list of qualifications, one per line', () => {
  it('keeps each with its own year and takes none for the school of the one above', () => {
    const education = profileOf(ELECTRICIAN).education.map(({ degree, school, end }) => ({ degree, school, end }));
    expect(education).toEqual([
      { degree: 'City & Guilds 2365 Level 3 Diploma in Electrical Installations', school: null, end: '2014' },
      { degree: 'NVQ Level 3 in Electrotechnical Services', school: null, end: '2014' },
      { degree: 'City & Guilds 2391-52 Inspection and Testing', school: null, end: '2017' },
    ]);
  });

  it('reads an award under a course as a certificate, not as its school', () => {
    const profile = profileOf(`Tom REED
Chef de Partie
07456 789014 | tom.reed@example.com
QUALIFICATIONS
NVQ Level 3 Professional Cookery – City of Bristol College, 2017
Level 2 Food Safety and Hygiene for Catering (CIEH)
Level 2 Award in Allergen Awareness`);
    expect(profile.education.map((entry) => entry.school)).not.toContain('Level 2 Award in Allergen Awareness');
    expect(profile.certifications.map((certification) => certification.label)).toContain('Level 2 Award in Allergen Awareness');
  });
});

describe("a French gardener's CV", () => {
  const profile = profileOf(`Julien MOREAU
Jardinier paysagiste
14 chemin des Vignes — 49000 Angers
06 45 67 89 01 | julien.moreau@example.fr
FORMATION
2016  Bac pro Aménagements paysagers — Lycée horticole Le Fresne, Angers
2014  CAPa Jardinier paysagiste — Lycée Le Fresne, Angers
Certiphyto (applicateur opérationnel) — 2018`);

  it('reads the street without the dash before the postcode', () => {
    expect(profile.fields.address?.value).toBe('14 chemin des Vignes');
    expect(profile.fields.city?.value).toBe('Angers');
  });

  it('reads the CAPa, written with its small "a", as a diploma, and the Certiphyto as a certificate', () => {
    expect(profile.education.map((entry) => entry.degree)).toContain('CAPa Jardinier paysagiste');
    expect(profile.certifications.map((certification) => certification.label)).toContain('Certiphyto (applicateur opérationnel)');
  });
});
