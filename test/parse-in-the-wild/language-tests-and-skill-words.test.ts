// Language lines as job seekers write them: a test's score after the year it was taken ("TOEIC
// 2022 – 790"), the skills named one by one ("Anglais : lu, écrit, parlé"), a diploma of French as
// a foreign language ("DELF B1"), "très bien", "bonnes notions".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const languagesOf = (lines: string) => parseProfile(documentOf(plainLines(`Marie Dupont
06 12 34 56 78
LANGUES
${lines}
EXPÉRIENCES
2021 - 2024 Vendeuse – Kiabi, Amiens`), 'docx'), { referenceDate: today }).languages.map(({ language, level, levelText }) => [language, level, levelText]);

describe('language tests and skill words', () => {
  it('reads the score after the year: "TOEIC 2022 – 790"', () => {
    expect(languagesOf('TOEIC 2022 – 790')).toEqual([['en', 'B2', 'TOEIC 2022 – 790']]);
    expect(languagesOf('Anglais : courant (TOEIC 2022 – 905)')).toEqual([['en', 'B2', 'courant (TOEIC 2022 – 905)']]);
    expect(languagesOf('Anglais : TOEIC 790, espagnol : notions')).toEqual([['en', 'B2', 'TOEIC 790'], ['es', 'A1', 'notions']]);
    expect(languagesOf('Anglais : 790 points au TOEIC')).toEqual([['en', 'B2', '790 points au TOEIC']]);
    expect(languagesOf('IELTS 2021 – 6.5')).toEqual([['en', 'B2', 'IELTS 2021 – 6.5']]);
    // The year alone is still no score.
    expect(languagesOf('Anglais (TOEIC 2022)')).toEqual([['en', null, 'TOEIC 2022']]);
  });

  it('reads "lu, écrit, parlé" as a working level', () => {
    expect(languagesOf('Anglais : lu, écrit, parlé')).toEqual([['en', 'B2', 'lu, écrit, parlé']]);
    expect(languagesOf('English: read, written and spoken')).toEqual([['en', 'B2', 'read, written and spoken']]);
    expect(languagesOf('Anglais : lu et parlé')).toEqual([['en', 'B1', 'lu et parlé']]);
    // A word that says more wins: "couramment".
    expect(languagesOf('Anglais : lu, écrit, parlé couramment')).toEqual([['en', 'C1', 'lu, écrit, parlé couramment']]);
    // Spoken only says nothing of the level.
    expect(languagesOf('Arabe : parlé')).toEqual([['ar', null, 'parlé']]);
  });

  it('reads a DELF, DALF or TCF as French at its level', () => {
    expect(languagesOf('DELF B2')).toEqual([['fr', 'B2', 'DELF B2']]);
    expect(languagesOf('Arabe (maternelle), français (DELF A2)')).toEqual([['ar', 'C2', 'maternelle'], ['fr', 'A2', 'DELF A2']]);
    expect(languagesOf('TCF B1 (2023)')).toEqual([['fr', 'B1', 'TCF B1 (2023)']]);
  });

  it('reads "très bien" and "bonnes notions", and leaves no slash at the end of a level', () => {
    expect(languagesOf('Anglais : très bien')).toEqual([['en', 'C1', 'très bien']]);
    expect(languagesOf('Anglais : bonnes notions')).toEqual([['en', 'A2', 'bonnes notions']]);
    expect(languagesOf('Français : langue maternelle / Anglais : intermédiaire')).toEqual([['fr', 'C2', 'langue maternelle'], ['en', 'B1', 'intermédiaire']]);
  });
});
