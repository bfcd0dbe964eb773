// The name line as designed CVs write it: letter-spaced ("S O P H I E   B E R N A R D") or
// followed by the age ("Sophie Bernard, 34 ans"). The name is read; the age never is.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const nameOf = (header: string) => {
  const { fields } = parseProfile(documentOf(plainLines(`${header}\nEXPÉRIENCE\n2019 - 2024 : Vendeuse, Kiabi, Bron`), 'docx'), { referenceDate: today });
  return { firstName: fields.firstName?.value, lastName: fields.lastName?.value, evidence: fields.lastName?.evidence.text };
};

describe('name line shapes', () => {
  it('reads a letter-spaced name', () => {
    expect(nameOf('S O P H I E   B E R N A R D\nVendeuse\n06 12 34 56 78')).toEqual({ firstName: 'Sophie', lastName: 'BERNARD', evidence: 'S O P H I E   B E R N A R D' });
    expect(nameOf('Sophie   B E R N A R D\nVendeuse\n06 12 34 56 78')).toMatchObject({ firstName: 'Sophie', lastName: 'BERNARD' });
  });

  it('reads the name before the age, and leaves the age out of the evidence', () => {
    expect(nameOf('Sophie Bernard, 34 ans\nVendeuse\n06 12 34 56 78')).toEqual({ firstName: 'Sophie', lastName: 'Bernard', evidence: 'Sophie Bernard' });
  });
});
