// A UK CV written through an agency: "Personal statement", "Key skills", "Employment history" with
// temp assignments via Reed listed under the agency, "Education & qualifications" and
// "Certificates" with an expired one and the driving licence.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const profile = parseProfile(
  documentOf(
    plainLines(`Daniel Hughes
14 Abbey Lane, Sheffield S8 0BN
07700 900123 | daniel.hughes@outlook.com
Personal statement
Reliable warehouse operative with 8 years in logistics, looking for a permanent role.
Key skills
Counterbalance and reach truck (licensed), RF scanning, stock control
Employment history
Temp assignments via Reed, Sheffield — 2018 – 2020
Warehouse Operative, Amazon, Doncaster (3 months)
Picker Packer at Next Distribution (6 months)
Forklift Driver — Wilko, Worksop — Jan 2020 – Present
Education & qualifications
NVQ Level 2 Warehousing and Storage — Sheffield College, 2017
GCSEs: English (C), Maths (D) — Fir Vale School, 2012
Certificates
Counterbalance forklift licence (RTITB) – 2018
First Aid at Work – expired 2021
Full UK driving licence`),
    'docx',
  ),
  { referenceDate: today },
);

describe('a UK CV with temp assignments via an agency', () => {
  it('reads the address and the phone', () => {
    expect([profile.fields.address?.value, profile.fields.postcode?.value, profile.fields.city?.value]).toEqual(['14 Abbey Lane', 'S8 0BN', 'Sheffield']);
    expect(profile.fields.phone?.value).toBe('+447700900123');
  });

  it('reads each assignment as a job and the current job last listed', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Warehouse Operative', employer: 'Amazon', start: '2018', end: '2020' },
      { title: 'Picker Packer', employer: 'Next Distribution', start: '2018', end: '2020' },
      { title: 'Forklift Driver', employer: 'Wilko', start: '2020-01', end: 'present' },
    ]);
    expect(profile.fields.jobTitle?.value).toBe('Forklift Driver');
  });

  it('reads the qualifications, the certificate held (not the expired one) and the licence', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'NVQ Level 2 Warehousing and Storage', school: 'Sheffield College', end: '2017' },
      { degree: 'GCSEs: English (C), Maths (D)', school: 'Fir Vale School', end: '2012' },
    ]);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(['Counterbalance forklift licence (RTITB)']);
    expect(profile.drivingLicences).toEqual(['B']);
  });
});
