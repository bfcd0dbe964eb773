// Where a job seeker writes the town without a street: among the contact details of one line
// ("06 11 22 33 44 | camille@… | 📍 Villeurbanne"), the postcode after the town ("Marseille 13008"),
// or a large town alone on its line under the phone.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const locationOf = (header: string) => {
  const { fields } = parseProfile(documentOf(plainLines(`${header}\nEXPÉRIENCE\n2019 - 2024 : Vendeuse, Kiabi, Bron`), 'docx'), { referenceDate: today });
  return { postcode: fields.postcode?.value, city: fields.city?.value };
};

describe('the town on a contact line', () => {
  it('reads the town among the phone and the e-mail', () => {
    expect(locationOf('CAMILLE NGUYEN\nAuxiliaire de puériculture\n📞 06 11 22 33 44 | ✉ camille.nguyen@laposte.net | 📍 Villeurbanne')).toEqual({ postcode: undefined, city: 'Villeurbanne' });
    expect(locationOf('Marie Dupont\nmarie.dupont@gmail.com – 06 12 34 56 78 – La Rochelle')).toEqual({ postcode: undefined, city: 'La Rochelle' });
  });

  it('reads the postcode written after the town', () => {
    expect(locationOf('Lucas Martin\nlucas.martin.pro@gmail.com • 0612345678 • Marseille 13008')).toEqual({ postcode: '13008', city: 'Marseille' });
    expect(locationOf('Lucas Martin\n06 12 34 56 78\nSaint-Étienne 42000')).toEqual({ postcode: '42000', city: 'Saint-Étienne' });
  });

  it('reads a large town alone on its line among the contact details', () => {
    expect(locationOf('Nadia Benali\nComptable\nnadia.benali@free.fr\n+33 (0)6 12 34 56 78\nLyon')).toEqual({ postcode: undefined, city: 'Lyon' });
  });

  it('does not take the name or the job on the contact line for a town', () => {
    expect(locationOf('Camille Nguyen | 06 11 22 33 44 | camille.nguyen@laposte.net')).toEqual({ postcode: undefined, city: undefined });
    expect(locationOf('Lucas Martin\nServeur | 06 12 34 56 78 | lucas.martin@gmail.com')).toEqual({ postcode: undefined, city: undefined });
  });
});
