import { describe, expect, it } from 'vitest';
import { CvError } from '../../../lib/errors';
import { extractProfile } from '../../../lib/pipeline/extract-profile';
import { clearlyNotACv, measureCvLikeness } from '../../../lib/read/detect-not-a-cv';
import { readDocument } from '../../../lib/read/read-document';
import { loadStarterReferential } from '../../../lib/taxonomy/starter-pack';
import type { TextLine } from '../../../lib/types';
import { buildDocx, p } from '../build-office';
import { OTHER_DOCUMENTS, REAL_CVS } from './cases';

// What a counsellor's users really upload. Refusing a real CV is the worse mistake (the person gets
// nothing), so each CV here shares words or a shape with another kind of document.

const lines = (texts: string[]): TextLine[] => texts.map((text, index) => ({ text, page: 1, y: 40 + index * 14, block: 0 }));
const verdict = (texts: string[]) => clearlyNotACv(measureCvLikeness(lines(texts)));
const refusalOf = (bytes: Uint8Array, fileName: string) =>
  extractProfile(bytes, { fileName, referential: loadStarterReferential }).then(
    () => null,
    (error: unknown) => error,
  );

describe('real CVs are never refused', () => {
  it.each(REAL_CVS)('reads %s', (_name, texts) => {
    expect(verdict(texts)).toBeNull();
  });
});

describe('other documents are refused, naming what they look like', () => {
  it.each(OTHER_DOCUMENTS)('refuses %s as %s', (_name, kind, texts) => {
    expect(verdict(texts)).toBe(kind);
  });
});

describe('uploaded files', () => {
  const table = (rows: string[][]) =>
    `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((cell) => `<w:tc>${p(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

  it('reads a CV typed as a plain .txt, short and without headings', async () => {
    const text = 'Karim BENSAÏD\n06 11 22 33 44\nCariste – CACES R489 cat. 1, 3 et 5\nGeodis 2019-2024\nLidl 2015-2019\n';
    const document = await readDocument(new TextEncoder().encode(text), { fileName: 'cv.txt' });
    expect(clearlyNotACv(measureCvLikeness(document.lines))).toBeNull();
  });

  it('reads a Word CV laid out in a table, an accountant’s with invoices and VAT in every row', async () => {
    const body = table([
      ['Sandrine LEROY', 'sandrine.leroy@laposte.net'],
      ['Comptable', 'Saisie des factures fournisseurs, déclarations de TVA, devis et bons de commande'],
      ['Fiducial', 'depuis 2018'],
    ]);
    const document = await readDocument(buildDocx({ body }), { fileName: 'cv.docx' });
    expect(clearlyNotACv(measureCvLikeness(document.lines))).toBeNull();
  });

  it('refuses a job offer saved as .txt end to end, with its kind', async () => {
    const offer = OTHER_DOCUMENTS.find(([, kind]) => kind === 'job-offer')?.[2] ?? [];
    const refusal = await refusalOf(new TextEncoder().encode(offer.join('\n')), 'offre.txt');
    expect(refusal).toBeInstanceOf(CvError);
    expect((refusal as CvError).code).toBe('not-a-cv');
    expect((refusal as CvError).params.kind).toBe('job-offer');
  });

  it('refuses a Word cover letter end to end', async () => {
    const letter = OTHER_DOCUMENTS.find(([name]) => name.startsWith('a French cover letter'))?.[2] ?? [];
    const refusal = await refusalOf(buildDocx({ body: letter.map((line) => p(line)).join('') }), 'lettre.docx');
    expect((refusal as CvError).params.kind).toBe('letter');
  });
});
