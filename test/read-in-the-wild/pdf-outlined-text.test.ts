import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { terminateOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { readDocument } from '../../lib/read/read-document';

// Design tools asked to "outline text" (Figma, Illustrator, Affinity) export a CV with no text layer:
// each text line or text block becomes one filled compound path. Such a page must go to OCR
// however few paths it holds (see test/fixtures/read-in-the-wild/README.md).

afterAll(() => terminateOcrEngine());

describe('PDF whose text was turned into outlines', () => {
  it('reads by OCR a page drawing its ten lines as ten compound paths', async () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/read-in-the-wild/outlined-text-one-path-per-line.pdf'));
    const document = await readDocument(bytes);
    expect(document.kind).toBe('pdf-ocr');
    const lines = document.lines.map((line) => line.text);
    expect(lines[0]).toBe('Karim HADDAD');
    expect(lines.join('\n')).toContain('karim.haddad@orange.fr');
    expect(lines.join('\n')).toContain('06 45 12 78 90');
  }, 240_000);
});
