import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { readDocument } from '../../lib/read/read-document';
import { latin1, PdfBuilder, pdfWithPages, textContent } from '../read/build-pdf';

// PDFs whose structure is unlike a one-page CV: no page at all, a thousand tiny pages, blank pages
// and a cover letter before the CV, tiny print.

const CV = ['Karim HADDAD', 'Chauffeur livreur', 'karim.haddad@orange.fr', '06 45 12 78 90', 'EXPERIENCE', '2019 - 2024 Chauffeur livreur, Chronopost, Lyon'];
const page = (lines: string[], size = 11) => [{ dictionary: '', data: latin1(textContent(lines, size)) }];

describe('PDF structures', () => {
  it('refuses a PDF with no page fast, as having no text', async () => {
    const builder = new PdfBuilder();
    const pages = builder.add('<< /Type /Pages /Kids [] /Count 0 >>');
    const started = Date.now();
    const error = await readDocument(builder.build(builder.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CvError);
    expect(['no-text', 'corrupt-file']).toContain((error as CvError).code);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reads only the first pages of a PDF of 1,000 tiny pages, fast, and says so', async () => {
    const started = Date.now();
    const document = await readDocument(pdfWithPages(Array.from({ length: 1000 }, () => page(CV, 2))));
    expect(document.pages).toBe(10);
    expect(document.warnings.map((warning) => warning.code)).toContain('pages-truncated');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reads a CV after blank pages and a cover letter, page by page in order', async () => {
    const letter = ['Karim HADDAD', 'Objet : candidature au poste de chauffeur livreur', 'Madame, Monsieur,', 'Je vous prie d agreer mes salutations distinguees.'];
    const document = await readDocument(pdfWithPages([page([]), page(letter), page(CV)]));
    const texts = document.lines.map((line) => line.text);
    // The name heads both pages at the same place: read once, as a running header, from the letter.
    expect(texts.filter((text) => text === 'Karim HADDAD')).toHaveLength(1);
    expect(texts.slice(-(CV.length - 1))).toEqual(CV.slice(1));
    expect(document.lines.find((line) => line.text === 'EXPERIENCE')?.page).toBe(3);
    expect(document.warnings.map((warning) => warning.code)).toContain('pages-without-text');
  });

  it('reads 5-point print as well as 11-point print', async () => {
    const document = await readDocument(pdfWithPages([page(CV, 5)]));
    expect(document.lines.map((line) => line.text)).toEqual(CV);
  });
});
