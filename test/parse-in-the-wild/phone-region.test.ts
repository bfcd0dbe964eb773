// Phone numbers written without an international prefix in CVs written in English: the CV's
// language says nothing of the country the number belongs to.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('phone of a CV written in English', () => {
  it('reads a French mobile "06 12 34 56 78" as +33, not +44, in an English CV from Lyon', () => {
    const profile = parse(`Thomas Durand
Full-stack developer
06 12 34 56 78
thomas.durand@gmail.com
Lyon, France
Professional experience
Jan 2021 – Present
Software Engineer, Capgemini, Lyon
Education
Master's degree in Computer Science, Université Lyon 1, 2020
Languages
French – native; English – fluent`);
    expect(profile.language).toBe('en');
    expect(profile.fields.phone?.value).toBe('+33612345678');
    expect(profile.fields.phone?.evidence.text).toBe('06 12 34 56 78');
  });

  it('reads a US number "(415) 555-0123" as +1, not as a British number', () => {
    const profile = parse(`John Miller
Warehouse Operative
(415) 555-0123
john.miller@yahoo.com
San Francisco, CA 94110
Work experience
Picker / Packer, Amazon, Oakland | Jan 2021 – Present`);
    expect(profile.fields.phone?.value).toBe('+14155550123');
  });

  it('reads a UK mobile "+44 7700 900123" and "07700 900123" as +44 (sound today)', () => {
    for (const written of ['+44 7700 900123', '07700 900123']) {
      const profile = parse(`Emma Thompson\nCare Assistant\n${written}\nemma.thompson@gmail.com\nStockport SK4 2QL\nPersonal statement\nCaring support worker with five years of experience in the care of older people and a passion for the job.\nEmployment history\nCare Assistant, Bluebird Care, Stockport, 2019 – Present`);
      expect(profile.fields.phone?.value).toBe('+447700900123');
    }
  });
});

// A French CV from Belgium or Switzerland writes its number the national way, without +32 / +41:
// "0470 12 34 56" under a Brussels address is a Belgian mobile, though it would also read as a
// French landline (04 70 12 34 56). The address's four-digit postcode, or the country named in the
// header, says which; a number written in French pairs stays French.
describe('phone of a French CV from Belgium or Switzerland', () => {
  const phoneOf = (header: string) => parse(`Julie Lambert\n${header}\njulie.lambert@gmail.com\nEXPÉRIENCES PROFESSIONNELLES\nCaissière – Delhaize, Bruxelles\n2019 - 2023\nFORMATION\nCESS – Athénée royal, 2018`).fields.phone?.value;

  it('reads the number in the country of the address or the one the header names', () => {
    expect(phoneOf('Rue de la Loi 12, 1000 Bruxelles\n0470 12 34 56')).toBe('+32470123456');
    expect(phoneOf('Avenue Louise 54, 1050 Ixelles\n02 512 34 56')).toBe('+3225123456');
    expect(phoneOf('Rue du Rhône 8, 1204 Genève\n079 123 45 67')).toBe('+41791234567');
    expect(phoneOf('Liège, Belgique\n0470 12 34 56')).toBe('+32470123456');
  });

  it('keeps a number written in French pairs French, and a French address\'s number French', () => {
    expect(phoneOf('Rue de la Loi 12, 1000 Bruxelles\n06 12 34 56 78')).toBe('+33612345678');
    expect(phoneOf('12 rue Victor Hugo, 42000 Saint-Étienne\n04 70 12 34 56')).toBe('+33470123456');
  });
});

// Irish mobiles are written "085 765 4321" at home: with an Irish address the number is Irish,
// not the French 08 57 65 43 21 it would also read as.
describe('phone of a CV from Ireland', () => {
  const phoneOf = (address: string, phone: string) => parse(`Aoife Byrne\n${address}\n${phone}\naoife.byrne@gmail.com\nWORK EXPERIENCE\nBarista, Insomnia, Swords\n2020 - 2022\nServing customers and preparing coffee\nEDUCATION\nLeaving Certificate, 2019`).fields.phone?.value;

  it('reads a national number as Irish beside an Irish address', () => {
    expect(phoneOf('22 Oak Park, Swords, Co. Dublin', '085 765 4321')).toBe('+353857654321');
    expect(phoneOf('Apt 3, The Maltings, Bray, Co. Wicklow A98 X2Y3', '087 123 4567')).toBe('+353871234567');
    expect(phoneOf('12 Main Street, Ballymun, Dublin 11', '(01) 234 5678')).toBe('+35312345678');
  });
});
