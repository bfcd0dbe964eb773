import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { terminateOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { readDocument } from '../../lib/read/read-document';

// Found by the probe review: a CV a little taller than its page prints the dark sidebar's background
// onto an empty second page. That page was taken for text drawn as outlines and sent to OCR: two
// seconds lost and the CV reported as a scan ("pdf-ocr") though every word came from its text.

afterAll(() => terminateOcrEngine());

describe('a sidebar background spilt onto an empty page', () => {
  it('is no drawn text: the CV is read from its text layer, the empty page reported', async () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/read-in-the-wild/sidebar-spilling-onto-an-empty-page.pdf'));
    const document = await readDocument(bytes);
    expect(document.kind).toBe('pdf-text');
    expect(document.pages).toBe(2);
    expect(document.lines.map((line) => line.text).join('\n')).toContain('Garage Kerhuel');
    expect(document.warnings.map((warning) => warning.code)).toContain('pages-without-text');
  }, 120_000);
});
