// Training lines as job seekers write them in their education list: "Formation ADVF – AFPA – 2021
// – 6 mois" (the title, the school, the year, how long). A care or social-work title known by its
// acronym (ADVF, DEEJE, DEAMP…) is a diploma; a training named with its school and year is an
// entry too, a short course without a school is not.
import { describe, expect, it } from 'vitest';
import { isDegree } from '../../lib/parse/detect-degree';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const educationOf = (lines: string) => parseProfile(documentOf(plainLines(`Marie Dupont
06 12 34 56 78
FORMATION
${lines}
EXPÉRIENCES
2021 - 2024 Assistante de vie – ADMR, Arras`), 'docx'), { referenceDate: today }).education.map((entry) => [entry.degree, entry.school, entry.end]);

describe('training lines in the education list', () => {
  it('reads "Formation ADVF – AFPA – 2021 – 6 mois" as an entry', () => {
    expect(educationOf('Formation ADVF – AFPA – 2021 – 6 mois')).toEqual([['Formation ADVF', 'AFPA', '2021']]);
    expect(educationOf('2019 : DEEJE – IRTS Hauts-de-France')).toEqual([['DEEJE', 'IRTS Hauts-de-France', '2019']]);
  });

  it('reads a training with its school and year, not a short course alone', () => {
    expect(educationOf('Formation Agent de sécurité – GRETA Lille – 2019 – 4 mois\nFormation gestes et postures – 2018')).toEqual([
      ['Formation Agent de sécurité', 'GRETA Lille', '2019'],
    ]);
    expect(educationOf('2019 : Formation Préparateur de commandes (Pôle emploi / AFPA) – 3 mois')).toEqual([
      ['Formation Préparateur de commandes', 'Pôle emploi / AFPA', '2019'],
    ]);
  });

  it('takes "maîtrisé" for no Maîtrise', () => {
    expect(isDegree('MATÉRIEL MAÎTRISÉ')).toBe(false);
    expect(isDegree('Logiciels maîtrisés')).toBe(false);
    expect(isDegree('Maîtrise de droit')).toBe(true);
    expect(isDegree('MAÎTRISE AES')).toBe(true);
  });
});
