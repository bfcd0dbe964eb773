// A UK CV whose jobs each carry a "KEY ACHIEVEMENTS" sub-heading in capitals, with dated bullets
// under it ("Employee of the month, May 2019"), and "REFERENCES / Available on request" to close.
// The sub-heading does not end the employment section, and a bullet's date starts no job.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a UK CV with key achievements under each job', () => {
  const profile = parseProfile(documentOf(plainLines(`Sarah Thompson
Leeds | 07700 900789 | sarah.t@gmail.com
EMPLOYMENT HISTORY
Senior Support Worker
Mencap, Leeds
March 2021 – Present
KEY ACHIEVEMENTS
• Led the move of six residents to supported living
• Cut medication errors to zero in 2023
Support Worker
Leeds City Council
June 2018 – February 2021
KEY ACHIEVEMENTS
• Employee of the month, May 2019
EDUCATION
NVQ Level 3 Health and Social Care – Leeds City College, 2019
REFERENCES
Available on request`), 'docx'), { referenceDate: today });

  it('reads both jobs, whole, and nothing from the achievements', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end }) => [title, employer, location, start, end])).toEqual([
      ['Senior Support Worker', 'Mencap', 'Leeds', '2021-03', 'present'],
      ['Support Worker', 'Leeds City Council', null, '2018-06', '2021-02'],
    ]);
    expect(profile.sections.map((section) => section.kind)).toEqual(['header', 'experience', 'education', 'other']);
  });

  it('reads the qualification, the town, and no reference as a field', () => {
    expect(profile.education.map(({ degree, school, end }) => [degree, school, end])).toEqual([['NVQ Level 3 Health and Social Care', 'Leeds City College', '2019']]);
    expect([profile.fields.city?.value, profile.fields.phone?.value, profile.fields.jobTitle?.value]).toEqual(['Leeds', '+447700900789', 'Senior Support Worker']);
  });
});
