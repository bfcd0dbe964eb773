import { describe, expect, it } from 'vitest';
import { flowToLines } from '../../lib/read/office/flow-to-lines';
import { rtfToFlow } from '../../lib/read/office/rtf-to-flow';

// The RTF interpreter, piece by piece: what WordPad, Word, LibreOffice and TextEdit write, read as
// the lines the DOCX reader would give for the same CV.

/** RTF is bytes: each character of the string is one byte (\'hh escapes stay escapes). */
const bytes = (rtf: string) => Uint8Array.from(rtf, (char) => char.charCodeAt(0));
const read = (rtf: string) => {
  const flow = rtfToFlow(bytes(rtf));
  return flowToLines([...flow.header, ...flow.body, ...flow.notes, ...flow.footer]);
};
const texts = (rtf: string) => read(rtf).map((line) => line.text);

const WORDPAD_HEAD = String.raw`{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1036{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset2 Symbol;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1 
\pard\sa200\sl276\slmult1\f0\fs22\lang12 `;

describe('RTF text', () => {
  it('decodes a French CV saved by WordPad: escapes in code page 1252, paragraphs, bold', () => {
    const lines = read(String.raw`${WORDPAD_HEAD}\b\fs28 Am\'e9lie Durand\b0\fs22\par
D\'e9veloppeuse \endash  Exp\'e9rience : 5 ans\par
Cr\'e9ation d\rquote applications \'e0 Lyon, \ldblquote agile\rdblquote\par
}`);
    expect(lines.map((line) => [line.text, line.bold])).toEqual([
      ['Amélie Durand', true],
      ['Développeuse – Expérience : 5 ans', false],
      ['Création d’applications à Lyon, “agile”', false],
    ]);
  });

  it('reads control symbols: non-breaking space and hyphen, optional hyphen, escaped braces and backslash', () => {
    expect(texts(String.raw`{\rtf1\ansi Jean\~Martin, auto\-entrepreneur 2019\_2024 \{C:\\CV\}\par}`)).toEqual(['Jean Martin, autoentrepreneur 2019-2024 {C:\\CV}']);
  });

  it('a line break is a new line, a tab a segment, \\emdash and \\bullet characters', () => {
    expect(texts(String.raw`{\rtf1\ansi 12 rue Pasteur\line 59100 Roubaix\tab 06 58 41 27 93\par Anglais \emdash  B1 \bullet  Espagnol\par}`)).toEqual([
      '12 rue Pasteur',
      '59100 Roubaix\t06 58 41 27 93',
      'Anglais — B1 • Espagnol',
    ]);
  });

  it('decodes the code page the document declares: Central European, Cyrillic, Mac, DOS', () => {
    expect(texts(String.raw`{\rtf1\ansi\ansicpg1250 Ma\'b3gorzata Koz\'b3owska, \'8e\'e1k\par}`)).toEqual(['Małgorzata Kozłowska, Žák']);
    expect(texts(String.raw`{\rtf1\ansi\ansicpg1251 \'cc\'ee\'f1\'ea\'e2\'e0\par}`)).toEqual(['Москва']);
    expect(texts(String.raw`{\rtf1\mac Ing\'8enieur m\'8ecanique\par}`)).toEqual(['Ingénieur mécanique']);
    expect(texts(String.raw`{\rtf1\pca Ing\'82nieur\par}`)).toEqual(['Ingénieur']);
    expect(texts(String.raw`{\rtf1\pc Ing\'82nieur \'9b\par}`)).toEqual(['Ingénieur ¢']);
  });

  it("decodes a run by its font's charset when it differs from the document's", () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fswiss\fcharset204 Arial Cyr;}{\f2\fswiss\fcharset238 Arial CE;}{\f3\froman\fcharset161 Times Greek;}}
\f0 Langues : fran\'e7ais, {\f1 \'f0\'f3\'f1\'f1\'ea\'e8\'e9}, {\f2 polski (\'b3)}, {\f3 \'c5\'eb\'eb\'e7\'ed\'e9\'ea\'dc}\par}`;
    expect(texts(rtf)).toEqual(['Langues : français, русский, polski (ł), Ελληνικά']);
  });

  it('reads \\u characters and skips their fallback, as many characters as \\uc says, in its group only', () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252\uc1 \u233\'e9t\u233\'e9 {\uc2 \u8364\'80\'80 }co\u251?t {\uc0 \u339 }uvre \u-10179?\u-8704? fin\par}`;
    expect(texts(rtf)).toEqual(['été € coût œuvre 😀 fin']);
    // After the group, \uc is 1 again: one fallback character is skipped, not two.
    expect(texts(String.raw`{\rtf1\ansi{\uc2 \u233\'e9\'e9}t\u233 eXY\par}`)).toEqual(['étéXY']);
  });

  it('keeps a field result (the link text) and never its instruction', () => {
    const rtf = String.raw`{\rtf1\ansi E-mail : {\field{\*\fldinst{HYPERLINK "mailto:amelie.durand@example.fr"}}{\fldrslt{\ul\cf1 amelie.durand@example.fr}}}\par
{\field{\fldinst HYPERLINK "https://evil.example/x"}{\fldrslt linkedin.com/in/adurand}}\par}`;
    expect(texts(rtf)).toEqual(['E-mail : amelie.durand@example.fr', 'linkedin.com/in/adurand']);
  });

  it('drops hidden, white and 1-point text, where keywords are stuffed', () => {
    const rtf = String.raw`{\rtf1\ansi{\colortbl;\red0\green0\blue0;\red255\green255\blue255;}
Soudeur{\v  python kubernetes java} TIG\par
Cariste \v chef de projet\v0 CACES\par
Magasinier{\cf2  directeur financier}{\fs2  data scientist} polyvalent\par}`;
    expect(texts(rtf)).toEqual(['Soudeur TIG', 'Cariste CACES', 'Magasinier polyvalent']);
  });

  it('keeps white text where something may lie beneath it: a shaded cell, a picture', () => {
    const rtf = String.raw`{\rtf1\ansi{\colortbl;\red0\green0\blue0;\red255\green255\blue255;\red31\green56\blue100;}
\trowd\clcbpat3\cellx4000\pard\intbl{\cf2\b Amélie Durand}\cell\row\pard Profil\par}`;
    expect(texts(rtf)).toEqual(['Amélie Durand', 'Profil']);
  });

  it('reads a table row by row, cells joined by a tab, as a Word table', () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252
\trowd\trgaph108\cellx3000\cellx9000\pard\intbl 2019 \endash  2024\cell Cariste \endash  Lidl, Lyon\cell\row
\trowd\trgaph108\cellx3000\cellx9000\pard\intbl 2016 \endash  2019\cell Pr\'e9parateur de commandes\cell\row
\pard Apr\'e8s le tableau\par}`;
    expect(texts(rtf)).toEqual(['2019 – 2024\tCariste – Lidl, Lyon', '2016 – 2019\tPréparateur de commandes', 'Après le tableau']);
  });

  it('reads a two-column layout table cell by cell, each cell its own block', () => {
    const rtf = String.raw`{\rtf1\ansi
\trowd\cellx3000\cellx9000\pard\intbl Contact\par 06 12 34 56 78\par Permis B\cell Exp\'e9riences\par Cariste chez Lidl\cell\row\pard\par}`;
    const lines = read(rtf);
    expect(lines.map((line) => line.text)).toEqual(['Contact', '06 12 34 56 78', 'Permis B', 'Expériences', 'Cariste chez Lidl']);
    expect(lines[0]!.block).not.toBe(lines[3]!.block);
  });

  it('drops a list bullet as the DOCX reader does, and keeps a number', () => {
    const rtf = String.raw`${WORDPAD_HEAD}{\pntext\f1\'B7\tab}{\*\pn\pnlvlblt\pnf1\pnindent0{\pntxtb\'B7}}\fi-360\li720 Conduite de chariots\par
{\pntext\f1\'B7\tab}Gestion des stocks\par
\pard{\listtext\pard\plain\f0\fs22 1.\tab}Permis B\par
{\listtext\pard\plain\f0\fs22 2.\tab}CACES R489\par}`;
    expect(texts(rtf)).toEqual(['Conduite de chariots', 'Gestion des stocks', '1. Permis B', '2. CACES R489']);
  });

  it('reads the page header first and the footer last, each once; footnotes after the body', () => {
    const rtf = String.raw`{\rtf1\ansi\titlepg
{\headerf \pard Am\'e9lie Durand \endash  06 12 34 56 78\par}{\header \pard Am\'e9lie Durand \endash  06 12 34 56 78\par}
{\footer \pard Disponible imm\'e9diatement\par}
\pard Exp\'e9riences\par
CACES R489{\super\chftn}{\footnote\pard{\super\chftn} valide jusqu'en 2027\par}\par}`;
    expect(texts(rtf)).toEqual(['Amélie Durand – 06 12 34 56 78', 'Expériences', 'CACES R489', 'valide jusqu\'en 2027', 'Disponible immédiatement']);
  });

  it('makes an outline-level paragraph a bold heading', () => {
    const lines = read(String.raw`{\rtf1\ansi\pard\s1\outlinelevel0 Formation\par\pard CAP Logistique\par}`);
    expect(lines.map((line) => line.bold)).toEqual([true, false]);
  });

  it('skips destinations that hold no text, and unknown starred ones', () => {
    const rtf = String.raw`{\rtf1\ansi{\stylesheet{\s0 Normal;}}{\info{\title Mon CV}{\author RH}}{\*\generator Microsoft Word;}{\*\unknowndest secret}{\*\themedata 504b0304}
Texte\par}`;
    expect(texts(rtf)).toEqual(['Texte']);
    // \* marks a destination only at the start of a group: a stray one does not hide the rest.
    expect(texts(String.raw`{\rtf1\ansi Avant \*\foo apr\'e8s\par}`)).toEqual(['Avant après']);
  });

  it('reads raw UTF-8 bytes that some web CV builders write, whatever code page they declare', () => {
    const utf8 = Array.from(new TextEncoder().encode('Hélène Roussel'), (byte) => String.fromCharCode(byte)).join('');
    expect(texts(`{\\rtf1\\ansi\\ansicpg1252 ${utf8}\\par}`)).toEqual(['Hélène Roussel']);
    expect(texts(String.raw`{\rtf1\ansi\ansicpg1252 H\'c3\'a9l\'c3\'a8ne, \'e9t\'e9, na\'efve, \'c9\'c9\par}`)).toEqual(['Hélène, été, naïve, ÉÉ']);
  });

  it('keeps the largest PNG or JPEG picture, from hex or \\bin data', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const hex = png.map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const flow = rtfToFlow(bytes(String.raw`{\rtf1\ansi{\pict\pngblip\picw10\pich10 ${hex}}{\pict\jpegblip\bin3 ` + '\xff\xd8\xff' + String.raw`}{\pict\wmetafile8 0102}}`));
    expect(flow.picture?.format).toBe('png');
    expect([...flow.picture!.bytes]).toEqual(png);
    expect(flow.otherPictures).toBe(1);
    expect(flowToLines(flow.body)).toEqual([]);
  });
});
