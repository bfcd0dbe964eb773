// Diplomas written the French way, beyond round 1.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const education = parseProfile(documentOf(plainLines(`Nadia Haddad
06 12 34 56 78
FORMATION
Formation en cours : Titre professionnel Cariste d'entrepôt
Master 2 Droit social – Université Lille 2 – 2015
Diplôme d'État d'infirmier (DEI)
Titre professionnel Agent de propreté et d'hygiène (niveau 3)
Licence en gestion, Université Hassan II, Casablanca, 2012 (équivalence)`), 'docx'), { referenceDate: today })
  .education.map(({ degree, school, end }) => ({ degree, school, end }));

describe('education lines', () => {
  it('drops the "Formation en cours :" label from the diploma name', () => {
    expect(education).toContainEqual({ degree: "Titre professionnel Cariste d'entrepôt", school: null, end: null });
  });

  it('reads a Master with its university and year, a State diploma, a titre pro with its level, a degree abroad (sound today)', () => {
    expect(education).toContainEqual({ degree: 'Master 2 Droit social', school: 'Université Lille 2', end: '2015' });
    expect(education).toContainEqual({ degree: "Diplôme d'État d'infirmier (DEI)", school: null, end: null });
    expect(education).toContainEqual({ degree: "Titre professionnel Agent de propreté et d'hygiène (niveau 3)", school: null, end: null });
    expect(education).toContainEqual({ degree: 'Licence en gestion', school: 'Université Hassan II', end: '2012' });
  });
});
