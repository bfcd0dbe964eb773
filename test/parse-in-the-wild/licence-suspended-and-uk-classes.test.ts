// Driving licences beyond the letters: a licence written as suspended is not held now, and UK
// lorry drivers name their licence by class ("HGV Class 1" is C+E, "Class 2" is C).
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const licencesOf = (header: string) =>
  parseProfile(documentOf(plainLines(`Sophie Bernard\n06 12 34 56 78\n${header}\nEXPÉRIENCE\n2019 - 2024 : Vendeuse, Kiabi, Bron`), 'docx'), { referenceDate: today }).drivingLicences;

describe('licences beyond the letters', () => {
  it('reads no licence from a suspended or withdrawn one', () => {
    expect(licencesOf('Permis B (suspendu)')).toEqual([]);
    expect(licencesOf('Permis B suspendu jusqu’en juin 2026, permis A')).toEqual(['A']);
    expect(licencesOf('Driving licence: B (revoked)')).toEqual([]);
  });

  it('reads the UK lorry classes', () => {
    expect(licencesOf('HGV Class 1 licence')).toEqual(['CE']);
    expect(licencesOf('LGV Class 2 driver, full UK driving licence')).toEqual(['B', 'C']);
  });
});
