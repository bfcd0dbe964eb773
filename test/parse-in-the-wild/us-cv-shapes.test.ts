// A US résumé: "Seattle, WA 98101" (a state and a ZIP code, not a French postcode after a town)
// and degrees written with dots ("B.S. Business Administration").
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const profile = parseProfile(documentOf(plainLines(`Michael Johnson
Seattle, WA 98101 | (206) 555-0147 | mjohnson@gmail.com
Warehouse Supervisor
WORK EXPERIENCE
Warehouse Supervisor, Costco Wholesale — Kent, WA
May 2019 – Present
EDUCATION
B.S. Business Administration, University of Washington, 2015
M.S. Supply Chain Management, Boston University, 2018`), 'docx'), { referenceDate: today });

describe('a US résumé', () => {
  it('does not read the state before the ZIP code as a French town', () => {
    expect(profile.fields.city?.value).not.toBe('Wa');
    expect(profile.fields.postcode).toBeUndefined();
  });

  it('reads degrees written with dots', () => {
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: 'B.S. Business Administration', school: 'University of Washington', end: '2015' },
      { degree: 'M.S. Supply Chain Management', school: 'Boston University', end: '2018' },
    ]);
  });
});
