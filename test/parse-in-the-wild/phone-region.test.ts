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
