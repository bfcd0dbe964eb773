// A CV made from a design template (Canva and the like): icons stand for the labels ("📍", "⌂",
// "☎", "✉", an icon font's private-use glyph), and levels are drawn as dots or stars ("●●●○○",
// "★★★☆☆") instead of words, often with no heading at all. The icon is no part of the address;
// a rating tells a language line as a level word does, and is kept as the level's text (no CEFR
// level: a template's dots are no CEFR scale).
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'pdf-text'), { referenceDate: today });

describe('a template CV with icons for labels and rating bars', () => {
  const profile = parse(`JULIE FONTAINE
Assistante administrative
✉ julie.fontaine@laposte.net
☎ 06 58 41 27 93
⌂ 27 avenue Jean Jaurès, 31200 Toulouse
Word ●●●●○
Excel ●●●○○
Anglais ★★★☆☆
Espagnol ★★☆☆☆
2018 – aujourd'hui
Assistante administrative – Cabinet Dupuy Immobilier, Toulouse
2014 – 2018
Secrétaire – Mairie de Balma`);

  it('reads the address without its icon', () => {
    const { address, postcode, city, phone, email } = profile.fields;
    expect([address?.value, postcode?.value, city?.value, phone?.value, email?.value]).toEqual([
      '27 avenue Jean Jaurès', '31200', 'Toulouse', '+33658412793', 'julie.fontaine@laposte.net',
    ]);
  });

  it('reads the languages rated with stars, with no languages heading, and no software as a language', () => {
    expect(profile.languages.map(({ language, level, levelText }) => [language, level, levelText])).toEqual([
      ['en', null, '★★★☆☆'],
      ['es', null, '★★☆☆☆'],
    ]);
  });

  it('reads the same with a pin icon, an icon-font glyph and a score out of five', () => {
    const pinned = parse(`Julie Fontaine
📍 27 avenue Jean Jaurès, 31200 Toulouse
\uf095 06 58 41 27 93
Anglais ●●●●○
Italien ●○○○○
Allemand 3/5
EXPÉRIENCE
2018 – aujourd'hui : Assistante administrative – Cabinet Dupuy Immobilier, Toulouse`);
    expect(pinned.fields.address?.value).toBe('27 avenue Jean Jaurès');
    expect(pinned.fields.phone?.value).toBe('+33658412793');
    expect(pinned.languages.map(({ language, levelText }) => [language, levelText])).toEqual([['en', '●●●●○'], ['it', '●○○○○'], ['de', '3/5']]);
  });
});
