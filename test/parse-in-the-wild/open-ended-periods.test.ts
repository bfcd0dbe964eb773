// Periods written open or in words: "2019 – …", "Depuis septembre 2021", "De 2015 à 2019", "2012 – En cours".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const periodsOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Karim Haddad\n06 12 34 56 78\nEXPÉRIENCES\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, start, end }) => ({ title, start, end }));

describe('open-ended periods', () => {
  it('reads "2019 – …" and "2019 - ..." as going on today', () => {
    expect(periodsOf('2019 – … : Agent de sécurité – Securitas, Lyon\n2015 - 2019 : Vendeur – Fnac, Lyon')).toEqual([
      { title: 'Agent de sécurité', start: '2019', end: 'present' },
      { title: 'Vendeur', start: '2015', end: '2019' },
    ]);
    expect(periodsOf('Agent de sécurité – Securitas, Lyon (2019 - ...)')).toEqual([{ title: 'Agent de sécurité', start: '2019', end: 'present' }]);
  });

  it('reads "Depuis septembre 2021", "De 2015 à 2019" and "2012 – En cours"', () => {
    expect(periodsOf(`Depuis septembre 2021 : Assistante administrative – Cabinet Durand, Lyon
De 2015 à 2019 : Secrétaire médicale – Clinique du Parc, Villeurbanne
2012 – En cours : Bénévole – Restos du Cœur`)).toEqual([
      { title: 'Assistante administrative', start: '2021-09', end: 'present' },
      { title: 'Secrétaire médicale', start: '2015', end: '2019' },
      { title: 'Bénévole', start: '2012', end: 'present' },
    ]);
  });
});
