// Sidebars and narrow columns put the level under the language's name: "Anglais" / "Notions". The
// level was lost (null), though the CV says it one line down.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const languagesOf = (section: string, after = 'Permis\nPermis B') =>
  parseProfile(documentOf(plainLines(`Samira Haddad\nsamira.haddad@gmail.com\n06 12 34 56 78\nLangues\n${section}\n${after}`), 'pdf-text'), { referenceDate: today })
    .languages.map(({ language, level, levelText }) => [language, level, levelText]);

describe('a language level on the line under the name', () => {
  it('reads each name with the level under it', () => {
    expect(languagesOf('Arabe\nLangue maternelle\nAnglais\nNotions\nEspagnol\nB1')).toEqual([
      ['ar', 'C2', 'Langue maternelle'],
      ['en', 'A1', 'Notions'],
      ['es', 'B1', 'B1'],
    ]);
  });

  it('leaves a name without level when the next line is another language or not a level', () => {
    expect(languagesOf('Anglais\nEspagnol : courant\nItalien\nVoyages en Italie et au Portugal chaque été')).toEqual([
      ['en', null, null],
      ['es', 'C1', 'courant'],
      ['it', null, null],
    ]);
  });

  it('does not take the next section\'s first line as a level', () => {
    expect(languagesOf('Anglais', 'Permis\nPermis B')).toEqual([['en', null, null]]);
  });
});
