// Job seekers of La Réunion, the Antilles, Guyane and Mayotte write their numbers the French way
// ("0692 12 34 56"), but these numbers are not in the +33 plan: they are +262, +590, +596, +594.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const phoneOf = (header: string) =>
  parseProfile(documentOf(plainLines(`Sophie Payet\n${header}\nEXPÉRIENCE\n2019 - 2024 : Vendeuse, Kiabi, Saint-Pierre`), 'docx'), { referenceDate: today }).fields.phone?.value;

describe('phone numbers of the French overseas regions', () => {
  it('reads a Réunion mobile and landline written nationally', () => {
    expect(phoneOf('0692 12 34 56\nSaint-Denis (974)')).toBe('+262692123456');
    expect(phoneOf('Tél. : 06 93 11 22 33')).toBe('+262693112233');
    expect(phoneOf('02 62 41 22 33')).toBe('+262262412233');
  });

  it('reads numbers of Martinique, Guadeloupe and Guyane', () => {
    expect(phoneOf('0696 12 34 56')).toBe('+596696123456');
    expect(phoneOf('0690 12 34 56')).toBe('+590690123456');
    expect(phoneOf('0694 12 34 56')).toBe('+594694123456');
  });

  it('keeps a metropolitan number French', () => {
    expect(phoneOf('06 12 34 56 78')).toBe('+33612345678');
  });
});
