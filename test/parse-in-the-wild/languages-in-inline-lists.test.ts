// Short CVs put the language among other things, under "Divers", "Compétences" or "Atouts": one
// item of a list of dots ("Permis B · Anglais scolaire · SST"), or its level first ("Notions
// d'anglais").
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const languagesOf = (heading: string, line: string) =>
  parseProfile(documentOf(plainLines(`Julien ROUX
Opérateur de production
06 45 67 89 01 · j.roux29@orange.fr
EXPÉRIENCE
2018 – 2024 : Conducteur de ligne – Saupiquet, Quimper
${heading}
${line}`), 'docx'), { referenceDate: new Date('2026-03-15') }).languages.map(({ language, level, levelText }) => [language, level, levelText]);

describe('a language as one item of an inline list', () => {
  it('is read with its level wherever the item sits in the list', () => {
    expect(languagesOf('DIVERS', 'Permis B · Anglais scolaire · Sauveteur secouriste du travail (SST)')).toEqual([['en', 'A2', 'scolaire']]);
    expect(languagesOf('COMPÉTENCES', 'Prospection · Négociation commerciale · CRM Salesforce · Anglais professionnel (B2)')).toEqual([['en', 'B2', 'professionnel (B2)']]);
  });

  it('is read when its level comes first', () => {
    expect(languagesOf('DIVERS', "Permis B et véhicule · Notions d'anglais · Couture, jardinage")).toEqual([['en', 'A1', 'Notions']]);
    expect(languagesOf('ATOUTS', "Bonnes notions d'espagnol")).toEqual([['es', 'A2', 'Bonnes notions']]);
  });

  it('is not read from an item that only mentions a language', () => {
    expect(languagesOf('DIVERS', 'Permis B · Cours du soir en anglais · Football')).toEqual([]);
    expect(languagesOf('COMPÉTENCES', 'Traduction de notices · Rédaction en anglais technique')).toEqual([]);
  });
});
