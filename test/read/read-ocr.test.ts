import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { terminateOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { readDocument } from '../../lib/read/read-document';
import type { Progress, ReadDocument } from '../../lib/types';
import { characterErrorRate } from './character-error-rate';

// Scans of fr-magasinier-sidebar-gauche.pdf made by scripts/make-scans.mjs (pdftoppm at 300 dpi,
// then rotated, noisy, blurred, re-encoded). The reference is the source PDF's own text layer: the
// OCR must find the same text in the same reading order. OCR takes a few seconds a page, so each
// file is read once and the assertions share the results.

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/read/${name}`));
const text = (document: ReadDocument) => document.lines.map((line) => line.text).join('\n');
const OCR_BUDGET_MS = 240_000;

const SCANS = [
  'scan-magasinier-1deg.pdf',
  'scan-magasinier-1deg.png',
  'scan-magasinier-3deg.png',
  'scan-magasinier-bruit.jpg',
  'scan-magasinier-flou.jpg',
  'scan-magasinier.webp',
];

afterAll(() => terminateOcrEngine());

describe('OCR of scans and photos', () => {
  let reference = '';
  const read = new Map<string, ReadDocument>();

  beforeAll(async () => {
    reference = text(await readDocument(fixture('fr-magasinier-sidebar-gauche.pdf')));
    for (const name of SCANS) read.set(name, await readDocument(fixture(name), { fileName: name }));
  }, OCR_BUDGET_MS);

  it.each(SCANS)('reads %s with a character error rate of at most 2 %%', (name) => {
    const document = read.get(name)!;
    expect(document.kind).toBe(name.endsWith('.pdf') ? 'pdf-ocr' : 'image-ocr');
    expect(characterErrorRate(reference, text(document))).toBeLessThanOrEqual(0.02);
  });

  it.each(SCANS)('finds the e-mail address and the phone number in %s', (name) => {
    const lines = read.get(name)!.lines.map((line) => line.text);
    expect(lines).toContain('yasmina.benali31@gmail.com');
    expect(lines).toContain('07 62 18 45 93');
  });

  it.each(SCANS)('keeps the two columns of %s apart', (name) => {
    const document = read.get(name)!;
    const sidebar = document.lines.find((line) => line.text === 'Gestion des stocks et inventaires');
    const main = document.lines.find((line) => line.text.startsWith('Magasinière cariste'));
    expect(sidebar?.block).toBeDefined();
    expect(main?.block).not.toBe(sidebar?.block);
    expect(main?.text).toMatch(/^Magasinière cariste\tMars 2021 . aujourd'hui$/);
  });
});

describe('OCR inside the reader', () => {
  it('reads a scanned two-page PDF page by page, reporting progress', async () => {
    const progress: Progress[] = [];
    const document = await readDocument(fixture('scan-secretaire-2pages.pdf'), { onProgress: (event) => progress.push(event) });
    expect(document).toMatchObject({ kind: 'pdf-ocr', pages: 2 });
    expect(progress.filter((event) => event.stage === 'ocr')).toEqual([
      { stage: 'ocr', page: 1, pages: 2 },
      { stage: 'ocr', page: 2, pages: 2 },
    ]);
    const lines = document.lines.map((line) => line.text);
    expect(lines).toContain('helene.roussel22@orange.fr');
    expect(lines).toContain('06 71 24 88 09');
    expect(document.lines.find((line) => line.text.startsWith('INFORMATIONS'))?.page).toBe(2);
  }, OCR_BUDGET_MS);

  it('turns a photo upright according to its EXIF orientation', async () => {
    const document = await readDocument(fixture('photo-exif-orientation-6.jpg'));
    expect(document.kind).toBe('image-ocr');
    const lines = document.lines.map((line) => line.text);
    expect(lines).toContain('Yasmina BENALI');
    expect(lines).toContain('yasmina.benali31@gmail.com');
    expect(lines).toContain('07 62 18 45 93');
  }, OCR_BUDGET_MS);

  it('reads a PNG named .pdf as the image it is', async () => {
    const document = await readDocument(fixture('photo-renommee.pdf'), { fileName: 'photo-renommee.pdf' });
    expect(document.kind).toBe('image-ocr');
    expect(document.lines.map((line) => line.text)).toContain('yasmina.benali31@gmail.com');
  }, OCR_BUDGET_MS);

  it('reads by OCR a page whose text layer is garbage', async () => {
    const document = await readDocument(fixture('scan-couche-texte-illisible.pdf'));
    expect(document.kind).toBe('pdf-ocr');
    const lines = document.lines.map((line) => line.text);
    expect(lines).toContain('yasmina.benali31@gmail.com');
    expect(lines).toContain('EXPÉRIENCES PROFESSIONNELLES');
  }, OCR_BUDGET_MS);

  it('stops when cancelled during OCR, then reads the next file with a fresh worker', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const reading = readDocument(fixture('scan-magasinier-1deg.png'), {
      signal: controller.signal,
      onProgress: (event) => {
        if (event.stage === 'ocr') setTimeout(() => controller.abort(), 300);
      },
    });
    await expect(reading).rejects.toSatisfy((error: unknown) => error instanceof CvError && error.code === 'cancelled');
    expect(Date.now() - started).toBeLessThan(5_000);
    const next = await readDocument(fixture('photo-renommee.pdf'));
    expect(next.lines.map((line) => line.text)).toContain('07 62 18 45 93');
  }, OCR_BUDGET_MS);
});
