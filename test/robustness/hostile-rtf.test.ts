import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { rtfToFlow } from '../../lib/read/office/rtf-to-flow';
import { readDocument } from '../../lib/read/read-document';
import { sniffFileType } from '../../lib/read/sniff-file-type';
import type { ReadDocument } from '../../lib/types';
import { rtfBytes, WORD_CV } from '../read-in-the-wild/rtf-cvs';

// Hostile and broken RTF files: each ends fast, with the text that could be read or a CvError the
// user can be told about; never a hang, a stack overflow or a crash.

const ERROR_BUDGET_MS = 10_000;

async function outcome(bytes: Uint8Array): Promise<{ document?: ReadDocument; error?: CvError; ms: number }> {
  const started = Date.now();
  try {
    const document = await readDocument(bytes, { fileName: 'cv.rtf' });
    return { document, ms: Date.now() - started };
  } catch (error) {
    expect(error).toBeInstanceOf(CvError);
    return { error: error as CvError, ms: Date.now() - started };
  }
}

const texts = (document: ReadDocument | undefined) => document?.lines.map((line) => line.text);

describe('hostile RTF', () => {
  it('100,000 nested groups: no stack overflow, the text around them is read, the depths are skipped', async () => {
    const rtf = String.raw`{\rtf1\ansi Jean Dupont\par ` + '{'.repeat(100_000) + 'mots cachés' + '}'.repeat(100_000) + String.raw`Cariste\par}`;
    const { document, ms } = await outcome(rtfBytes(rtf));
    expect(texts(document)).toEqual(['Jean Dupont', 'Cariste']);
    expect(ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('200,000 nested groups: refused as far too long for a CV', async () => {
    const rtf = String.raw`{\rtf1\ansi Jean Dupont\par ` + '{'.repeat(200_000) + 'x' + '}'.repeat(200_000) + '}';
    const { error, ms } = await outcome(rtfBytes(rtf));
    expect(error?.code).toBe('too-long');
    expect(ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('250,000 paragraphs: refused as far too long, as a Word file would be', async () => {
    const { error } = await outcome(rtfBytes(String.raw`{\rtf1\ansi ` + String.raw`a\par `.repeat(250_000) + '}'));
    expect(error?.code).toBe('too-long');
  });

  it('a \\bin claiming 5 MB past the end of the file: the text before it is read', async () => {
    const { document } = await outcome(rtfBytes(String.raw`{\rtf1\ansi Jean Dupont\par Soudeur\par{\pict\pngblip\bin5000000 abc}}`));
    expect(texts(document)).toEqual(['Jean Dupont', 'Soudeur']);
    const { error } = await outcome(rtfBytes(String.raw`{\rtf1\ansi\bin5000000 Jean Dupont\par}`));
    expect(error?.code).toBe('no-text');
  });

  it('\\u with huge, negative and out-of-range parameters', async () => {
    const rtf = String.raw`{\rtf1\ansi \u99999999999999999999?\u-99999999?\u65536?\u-1?\u-2?\u0?\u7?Jean Dupont\par}`;
    const { document } = await outcome(rtfBytes(rtf));
    expect(texts(document)).toEqual(['Jean Dupont']);
  });

  it('\\uc1000000: the rest of the group is the fallback, and only that', async () => {
    const { document, ms } = await outcome(rtfBytes(String.raw`{\rtf1\ansi Avant\par{\uc1000000\u201 tape finale\par}\par Apr\'e8s\par}`));
    expect(texts(document)).toEqual(['Avant', 'É', 'Après']);
    expect(ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('a file of destinations only, or of hidden text only, has no text', async () => {
    for (const rtf of [
      String.raw`{\rtf1\ansi{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0\blue0;}{\*\generator Riched20}{\info{\title Curriculum vitae}{\author Jean Dupont}}{\stylesheet{\s0 Normal;}}{\*\themedata 504b0304}}`,
      String.raw`{\rtf1\ansi{\v python java kubernetes}\par}`,
    ]) {
      const { error } = await outcome(rtfBytes(rtf));
      expect(error?.code).toBe('no-text');
    }
  });

  it('an RTF header followed by binary garbage is a damaged file', async () => {
    const garbage = Array.from({ length: 8192 }, (_, index) => String.fromCharCode((index * 7919 + 13) % 256)).join('');
    const { error, ms } = await outcome(rtfBytes(String.raw`{\rtf1\ansi ` + garbage));
    expect(error?.code).toBe('corrupt-file');
    expect(ms).toBeLessThan(ERROR_BUDGET_MS);
  });

  it('a Word RTF cut in the middle of a group: the text before the cut is read', async () => {
    const { document } = await outcome(rtfBytes(WORD_CV.slice(0, WORD_CV.indexOf('2015 \\endash'))));
    expect(texts(document)).toEqual([
      'claire.moreau44@orange.fr\t07 81 23 45 67',
      'Claire MOREAU',
      'Aide-soignante diplômée d’État',
      'Expérience professionnelle',
      'Depuis 2020\tAide-soignante, EHPAD Les Tilleuls, Nantes',
    ]);
  });

  it('is still sniffed as RTF when a picture’s raw bytes follow the header', () => {
    const bytes = rtfBytes(String.raw`{\rtf1\ansi{\pict\pngblip\bin64 ` + '\u0000\u0001\u0002\u0003'.repeat(16) + String.raw`}Jean Dupont\par}`);
    expect(sniffFileType(bytes)).toBe('rtf');
  });

  it('stops with a timeout past its deadline instead of running on', () => {
    const big = rtfBytes(String.raw`{\rtf1\ansi ` + String.raw`texte\par `.repeat(50_000) + '}');
    expect(() => rtfToFlow(big, { deadline: Date.now() - 1 })).toThrow(expect.objectContaining({ code: 'timeout' }));
  });

  it('a picture in a format the OCR cannot take, and no text: no text, said plainly', async () => {
    const { error } = await outcome(rtfBytes(String.raw`{\rtf1\ansi{\pict\wmetafile8\picw100\pich100 0100090000036e00000000004500000000000400}}`));
    expect(error?.code).toBe('no-text');
  });

  // A scanned CV pasted into WordPad: the document holds only the picture. It is read by OCR.
  it('a scanned CV pasted as a PNG picture, and no text: read by OCR', async () => {
    const png = readFileSync('test/fixtures/read/scan-magasinier-1deg.png');
    const hex = png.toString('hex').replace(/.{128}/g, '$&\n');
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}}{\*\generator Riched20 10.0.19041}\viewkind4\uc1 
\pard\sa200\sl276\slmult1\f0\fs22\lang12{\pict{\*\picprop}\wmetafile8\picw21000\pich29700\picwgoal11906\pichgoal16838 0100090000036e00000000004500000000000400}{\pict\pngblip\picw2480\pich3508\picwgoal11906\pichgoal16838 ` + hex + String.raw`}\par
}`;
    const { document, error } = await outcome(rtfBytes(rtf));
    expect(error).toBeUndefined();
    expect(document?.kind).toBe('image-ocr');
    expect(texts(document)).toContain('yasmina.benali31@gmail.com');
  }, 180_000);
});
