// A UK CV: "Personal statement", "Key skills" on one line, one-line jobs "Title, Employer, Town |
// Month Year – Present", qualifications with their college, "Full UK driving licence" and
// "References available on request", which names no one and is no section of content.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a UK CV with a personal statement and references on request', () => {
  const profile = parseProfile(documentOf(plainLines(`Sarah Thompson
14 Mill Lane, Leeds LS6 2AB
Mobile: 07700 900789 | Email: sarah.thompson@gmail.com
PERSONAL STATEMENT
Reliable and caring support worker with five years' experience in residential care, looking for a senior role.
KEY SKILLS
Personal care · Medication administration · Safeguarding · Care planning
EMPLOYMENT HISTORY
Senior Support Worker, Mencap, Leeds | March 2021 – Present
Support Worker, Leeds City Council, Leeds | June 2018 – February 2021
Healthcare Assistant (bank), Leeds Teaching Hospitals NHS Trust | 2017 – 2018
EDUCATION AND QUALIFICATIONS
NVQ Level 3 Health and Social Care – Leeds City College, 2019
ADDITIONAL INFORMATION
Full UK driving licence
Enhanced DBS (update service)
REFERENCES
References available on request`), 'docx'), { referenceDate: today });

  it('reads the contact details and the UK address', () => {
    const { firstName, lastName, phone, address, postcode, city } = profile.fields;
    expect([firstName?.value, lastName?.value, phone?.value, address?.value, postcode?.value, city?.value])
      .toEqual(['Sarah', 'Thompson', '+447700900789', '14 Mill Lane', 'LS6 2AB', 'Leeds']);
    expect(profile.language).toBe('en');
  });

  it('reads the jobs, the qualification and the licence', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Senior Support Worker', employer: 'Mencap', start: '2021-03', end: 'present' },
      { title: 'Support Worker', employer: 'Leeds City Council', start: '2018-06', end: '2021-02' },
      { title: 'Healthcare Assistant (bank)', employer: 'Leeds Teaching Hospitals NHS Trust', start: '2017', end: '2018' },
    ]);
    expect(profile.fields.jobTitle?.value).toBe('Senior Support Worker');
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'NVQ Level 3 Health and Social Care', school: 'Leeds City College', end: '2019' },
    ]);
    expect(profile.drivingLicences).toEqual(['B']);
  });
});
