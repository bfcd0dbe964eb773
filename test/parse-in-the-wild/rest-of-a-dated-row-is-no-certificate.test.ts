// "FORMATIONS ET HABILITATIONS" as a list of rows that open with their year; a school's name wraps
// in its cell ("… – Lycée professionnel Marc" / "Seguin, Vénissieux"). The rest of the row was read
// as a certificate called "Seguin, Vénissieux".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const certificationsOf = (lines: string[]) =>
  parseProfile(documentOf(plainLines(['Karim HADDAD', '06 12 98 45 30', 'FORMATIONS ET HABILITATIONS', ...lines].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).certifications.map(({ label }) => label);

describe('the rest of a dated row', () => {
  it('is no certificate', () => {
    expect(certificationsOf([
      "2016\tBP Électricien – CFA du BTP de l'Ain, Bourg-en-Bresse",
      "2014\tCAP Préparation et réalisation d'ouvrages électriques (PROE) – Lycée professionnel Marc",
      'Seguin, Vénissieux',
      '2023\tHabilitation électrique B1V, B2V, BR, BC (recyclage)',
      '2022\tSST – Sauveteur Secouriste du Travail',
    ])).toEqual(['Habilitation électrique B1V, B2V, BR, BC', 'SST']);
  });

  it('still gives a certificate the line names, year or not', () => {
    expect(certificationsOf(['2023\tHabilitation électrique B1V, B2V, BR', '2022\tSST – Sauveteur Secouriste du Travail', 'CACES R489 catégories 3 et 5'])).toEqual(
      expect.arrayContaining(['SST', 'CACES R489 cat. 3', 'CACES R489 cat. 5']),
    );
  });
});
