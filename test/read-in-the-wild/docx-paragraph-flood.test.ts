import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildDocx } from './build-office';

// A 32 KB .docx whose document.xml inflates to 10 MB of short paragraphs: far under the zip-bomb
// limits (50 MB an entry), far over any CV (a ten-page CV's document.xml is well under 1 MB). The
// Word converter works on it synchronously for about 20 s and 1.8 GB of memory, so its 8 s budget
// (DOCX_MS) never fires: the extension page freezes, and a 40 MB part would need several GB.
// Like a PDF stream bomb, it must be refused (or read) within 10 s.

describe('DOCX flooded with paragraphs', () => {
  it('answers within 10 s for a 32 KB file holding 200,000 paragraphs', async () => {
    const bytes = buildDocx({ body: '<w:p><w:r><w:t>Conduite de chariot</w:t></w:r></w:p>'.repeat(200_000) });
    expect(bytes.length).toBeLessThan(64 * 1024);
    const started = Date.now();
    await readDocument(bytes).catch(() => undefined);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 120_000);

});
