// A phone number written on the line of the birth date ("Née le 12/03/1990 – 06 12 34 56 78"):
// the digits of the date ran into the number, which was lost. The number is read; the date never is.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const phoneOf = (header: string) =>
  parseProfile(documentOf(plainLines(`Sophie Bernard\n${header}\nEXPÉRIENCE\n2019 - 2024 : Vendeuse, Kiabi, Bron`), 'docx'), { referenceDate: today }).fields.phone;

describe('a phone number beside the birth date', () => {
  it('reads the number after the date, with the number alone as evidence', () => {
    const phone = phoneOf('Née le 12/03/1990 – 06 12 34 56 78');
    expect(phone?.value).toBe('+33612345678');
    expect(phone?.evidence.text).toBe('06 12 34 56 78');
  });

  it('reads the number after a date of another shape and after a year', () => {
    expect(phoneOf('Date de naissance : 03.05.1988 | Tél. 07 81 22 33 44')?.value).toBe('+33781223344');
    expect(phoneOf('Permis B depuis 2010 – 06 12 34 56 78')?.value).toBe('+33612345678');
  });
});
