// An address written on the line of the birth date ("Née le 14/05/1985 · 3 impasse des Vignes,
// 33700 Mérignac"): the whole line was left out to keep the birth data out, and the address with
// it. The part that says the birth goes; the rest is read. A birthplace is never an address.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const fieldsOf = (header: string) =>
  parseProfile(documentOf(plainLines(`Sandrine Faure\nAssistante comptable\n${header}\n06 71 03 58 24\nEXPÉRIENCE\n2016 - 2020 : Comptable, Castel Frères, Blanquefort`), 'docx'), { referenceDate: today }).fields;

describe('an address beside the birth date', () => {
  it('is read without the birth date', () => {
    const fields = fieldsOf('Née le 14/05/1985 · 3 impasse des Vignes, 33700 Mérignac');
    expect(fields.address?.value).toBe('3 impasse des Vignes');
    expect(fields.postcode?.value).toBe('33700');
    expect(fields.city?.value).toBe('Mérignac');
    expect(fields.city?.evidence.text).not.toMatch(/1985|Née/);
  });

  it('reads the address after a labelled birth date and a nationality', () => {
    expect(fieldsOf('Date de naissance : 03.05.1988 | 12 rue Nationale, 37000 Tours')?.city?.value).toBe('Tours');
    expect(fieldsOf('Nationalité française – 5 allée des Pins, 44000 Nantes')?.postcode?.value).toBe('44000');
  });

  it('never takes the birthplace for the town', () => {
    const fields = fieldsOf('Née le 14/05/1985 à Bordeaux (33)');
    expect(fields.city).toBeUndefined();
    expect(fields.postcode).toBeUndefined();
  });
});
