// A CV whose top line is "CURRICULUM VITAE – Menuisier poseur" and whose name is written nowhere but
// in its e-mail address ("lucas.fontaine35@orange.fr"). The name was taken from a diploma further
// down ("BP Menuisier" -> first name "Menuisier", surname "BP") and the headline kept the words
// "CURRICULUM VITAE".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, pdfLines } from '../parse/build-lines';

const cv = (email: string) =>
  parseProfile(documentOf(pdfLines([
    { text: 'CURRICULUM VITAE – Menuisier poseur', x: 147, y: 55, h: 16, bold: true },
    { text: `Contact : ${email} – 06 45 78 12 90 – Rennes (35000)`, x: 57, y: 79, h: 11.5 },
    { text: 'Mon parcours', x: 57, y: 103, h: 12.5, bold: true },
    { text: 'Depuis 2018 : menuisier poseur chez Menuiseries Hamon, Cesson-Sévigné', x: 57, y: 121, h: 11.5 },
    { text: 'Mes diplômes', x: 57, y: 204, h: 12.5, bold: true },
    { text: 'BP Menuisier, CFA Bâtiment de Saint-Grégoire, 2017', x: 57, y: 222, h: 11.5 },
    { text: 'CAP Menuisier fabricant, Lycée Jean Jaurès Rennes, 2015', x: 57, y: 238, h: 11.5 },
  ])), { referenceDate: new Date('2026-11-30') });

describe('a name written only in the e-mail address', () => {
  it('is read from the address, the known given name first, with a low confidence', () => {
    const { fields } = cv('lucas.fontaine35@orange.fr');
    expect([fields.firstName?.value, fields.lastName?.value]).toEqual(['Lucas', 'Fontaine']);
    expect(fields.firstName!.confidence).toBeLessThan(0.6);
    expect(cv('fontaine_lucas@orange.fr').fields.firstName?.value).toBe('Lucas');
  });

  it('a diploma in a trade is never the name, and an address that tells no name gives none', () => {
    const { fields } = cv('menuiserie.pro@orange.fr');
    expect(fields.firstName).toBeUndefined();
    expect(fields.lastName).toBeUndefined();
  });

  it('the headline drops the document’s own name', () => {
    expect(cv('lucas.fontaine35@orange.fr').fields.jobTitle?.value).toBe('Menuisier poseur');
  });
});
