// Belgian, Swiss and Luxembourg addresses put the town before its four-digit postcode as often as
// after it: "Bruxelles 1000", "Genève 1201", "Luxembourg L-1234".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../build-lines';

const locationOf = (addressLines: string) => {
  const profile = parseProfile(documentOf(plainLines(`Julien LAMBERT
Magasinier
${addressLines}
julien.lambert@gmail.com
EXPÉRIENCE
2019 - 2024 Magasinier, Colruyt, Halle`), 'docx'), { referenceDate: new Date('2026-03-15') });
  return { postcode: profile.fields.postcode?.value, city: profile.fields.city?.value, address: profile.fields.address?.value };
};

describe('a town written before its postcode', () => {
  it('reads Belgian and Swiss four-digit postcodes', () => {
    expect(locationOf('Rue de la Loi 12\nBruxelles 1000')).toEqual({ postcode: '1000', city: 'Bruxelles', address: 'Rue de la Loi 12' });
    expect(locationOf('Liège 4000 | +32 475 12 34 56')).toMatchObject({ postcode: '4000', city: 'Liège' });
    expect(locationOf('Genève 1201, Suisse')).toMatchObject({ postcode: '1201', city: 'Genève' });
    expect(locationOf('Adresse : Chemin des Lilas 4, La Chaux-de-Fonds 2300')).toMatchObject({ postcode: '2300', city: 'La Chaux-de-Fonds' });
  });

  it('reads a Luxembourg postcode with its country letter', () => {
    expect(locationOf('Luxembourg L-1234')).toMatchObject({ postcode: 'L-1234', city: 'Luxembourg' });
    expect(locationOf('L-4021 Esch-sur-Alzette')).toMatchObject({ postcode: 'L-4021', city: 'Esch-sur-Alzette' });
  });

  it('still reads the postcode first', () => {
    expect(locationOf('1000 Bruxelles')).toMatchObject({ postcode: '1000', city: 'Bruxelles' });
    expect(locationOf('12 rue des Lilas, 69003 Lyon')).toMatchObject({ postcode: '69003', city: 'Lyon' });
  });

  it('takes no year or street number for a postcode', () => {
    expect(locationOf('Paris 2019')).toMatchObject({ postcode: undefined, city: undefined });
    expect(locationOf('Disponible Juin 2026')).toMatchObject({ postcode: undefined, city: undefined });
    expect(locationOf('Avenue Louise 1050')).toMatchObject({ postcode: undefined, city: undefined });
    expect(locationOf('Lyon 1998 - 2004')).toMatchObject({ postcode: undefined });
  });
});
