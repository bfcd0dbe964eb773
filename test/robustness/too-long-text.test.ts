import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { describeError } from '../../lib/i18n';
import { extractProfile } from '../../lib/pipeline/extract-profile';
import { MAX_TEXT_CHARACTERS } from '../../lib/read/check-text-length';
import { readDocument } from '../../lib/read/read-document';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import { buildDocx, p } from '../read-in-the-wild/build-office';

// A document whose text is far longer than any CV (a book, a log, a data export saved as .txt, a
// file built to keep the engine busy) is refused once read, as a Word file of far too many
// paragraphs is, instead of running the parse stages over it for minutes: before this limit, the
// 1.4 MB text of dated lines below took 91 s (80 s of parsing: the phone search alone reads each
// line in eleven countries); it is now refused in under a second.

const encode = (text: string) => new TextEncoder().encode(text);
const HEADER = 'Jean Dupont\nCariste\njean.dupont@gmail.com\n06 12 34 56 78\nExpérience\n';

async function refusal(work: Promise<unknown>): Promise<{ error?: CvError; ms: number }> {
  const started = performance.now();
  try {
    await work;
    return { ms: performance.now() - started };
  } catch (error) {
    expect(error).toBeInstanceOf(CvError);
    return { error: error as CvError, ms: performance.now() - started };
  }
}

describe('text far too long for a CV', () => {
  it('a text file of 120,000 dated lines is refused as too long, fast, with the usual message', async () => {
    const text = HEADER + Array.from({ length: 120_000 }, (_, index) => `${2000 + (index % 20)} – ${2001 + (index % 20)} Cariste`).join('\n');
    const { error, ms } = await refusal(extractProfile(encode(text), { fileName: 'cv.txt', referential: () => loadStarterReferential() }));
    expect(error?.code).toBe('too-long');
    expect(ms).toBeLessThan(5_000);
    expect(describeError('fr', error!)).toMatch(/^Ce document est bien trop long pour être un CV\..*réessayez\.$/);
    expect(describeError('en', error!)).toMatch(/^This document is far too long to be a CV\./);
  });

  it('the limit counts the text read, whatever the format', async () => {
    const words = 'Préparation de commandes, conduite de chariots élévateurs. '.repeat(4_000);
    expect(words.length).toBeGreaterThan(MAX_TEXT_CHARACTERS);
    for (const [fileName, bytes] of [
      ['cv.txt', encode(HEADER + words)],
      ['cv.html', encode(`<!doctype html><html><body><h1>Jean Dupont</h1><p>${words}</p></body></html>`)],
      ['cv.docx', buildDocx({ body: p('Jean Dupont') + p(words) })],
    ] as const) {
      const { error } = await refusal(readDocument(bytes, { fileName }));
      expect(error?.code, fileName).toBe('too-long');
    }
  });

  it('a long CV below the limit is read', async () => {
    const text = HEADER + 'Préparation de commandes, conduite de chariots élévateurs.\n'.repeat(2_000);
    expect(text.length).toBeLessThan(MAX_TEXT_CHARACTERS);
    const document = await readDocument(encode(text), { fileName: 'cv.txt' });
    expect(document.lines.length).toBeGreaterThan(2_000);
  });
});
