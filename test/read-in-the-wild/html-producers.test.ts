import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { sniffFileType } from '../../lib/read/sniff-file-type';
import {
  CV_BUILDER_PAGE, GOOGLE_DOCS_LINES, GOOGLE_DOCS_PAGE, WORD_PAGE, WORD_PAGE_HIDDEN, WORD_PAGE_LINES, windows1252, wordMht,
} from './html-cvs';

// CVs saved as web pages by the programs job seekers use (html-cvs.ts). Each reads as the same CV
// saved as .docx would: the name first, headings bold, a table row on one line with its cells
// joined by a tab, French accents from whichever encoding the producer chose, and nothing of the
// page's head, styles, scripts, metadata or hidden keywords.

async function read(bytes: Uint8Array, fileName: string) {
  const document = await readDocument(bytes, { fileName });
  expect(document).toMatchObject({ kind: 'html', pages: 1, warnings: [] });
  const texts = document.lines.map((line) => line.text);
  return { texts, all: texts.join('\n'), bold: (text: string) => document.lines.find((line) => line.text === text)?.bold };
}

describe('CVs saved as web pages', () => {
  it('Word "Page Web" (.htm in Windows-1252): Office namespaces, <o:p>, mso- styles, conditional comments, hidden keywords', async () => {
    const { texts, all, bold } = await read(windows1252(WORD_PAGE), 'CV Claire Moreau.htm');
    expect(texts).toEqual(WORD_PAGE_LINES);
    expect(bold('Claire MOREAU')).toBe(true);
    expect(bold('Compétences')).toBe(true);
    expect(bold('Soins d’hygiène et de confort')).toBe(false);
    for (const hidden of WORD_PAGE_HIDDEN) expect(all).not.toContain(hidden);
    // Word's Symbol-font bullet is its list marker, not text.
    expect(all).not.toContain('·');
  });

  it('Word "Page Web à fichier unique" (.mht): MIME, quoted-printable, Windows-1252', async () => {
    const bytes = wordMht(WORD_PAGE);
    expect(sniffFileType(bytes)).toBe('mhtml');
    const { texts, all } = await read(bytes, 'CV Claire Moreau.mht');
    expect(texts).toEqual(WORD_PAGE_LINES);
    for (const hidden of [...WORD_PAGE_HIDDEN, 'fichier d', 'filelist', 'MIME']) expect(all).not.toContain(hidden);
  });

  it('Google Docs HTML export: bold and white text from generated classes in a <style> block', async () => {
    const { texts, all, bold } = await read(strToU8(GOOGLE_DOCS_PAGE), 'CVTheoLefevre.html');
    expect(texts).toEqual(GOOGLE_DOCS_LINES);
    expect(bold('Théo Lefèvre')).toBe(true);
    expect(bold('2014 – 2026 : Technicien de maintenance, Michelin, Roanne')).toBe(true);
    expect(bold('Maintenance préventive et curative')).toBe(false);
    expect(all).not.toContain('ingénieur');
  });

  it('Google Docs "Page Web (.html, zippé)": the page in the zip is read, its images/ folder ignored', async () => {
    const zip = zipSync({ 'CVTheoLefevre.html': strToU8(GOOGLE_DOCS_PAGE), 'images/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'images/image2.jpg': new Uint8Array(64) });
    const { texts } = await read(zip, 'CVTheoLefevre.zip');
    expect(texts).toEqual(GOOGLE_DOCS_LINES);
  });

  it('a zip holding a page and other documents is still an archive to open', async () => {
    const zip = zipSync({ 'cv.html': strToU8(GOOGLE_DOCS_PAGE), 'lettre.pdf': strToU8('%PDF-1.4') });
    await expect(readDocument(zip, { fileName: 'candidature.zip' })).rejects.toMatchObject({ code: 'unsupported-type', params: { type: 'zip' } });
  });

  it('an online CV builder page: sidebar and main column read in turn, white text on the dark sidebar kept, site chrome dropped', async () => {
    const { texts, all, bold } = await read(strToU8(CV_BUILDER_PAGE), 'Karim Bensaïd – CV.html');
    expect(texts).toEqual([
      'Contact',
      '06 45 12 78 90',
      'Mon e-mail karim.bensaid69@gmail.com',
      '69008 Lyon',
      'Permis',
      'Permis B',
      'CACES R489 cat. 1, 3 et 5',
      'Karim BENSAÏD',
      'Cariste – préparateur de commandes',
      'Expériences professionnelles',
      '2019 – 2024\tCariste, Entrepôt Carrefour, Vénissieux',
      'Chargement et déchargement des camions',
      'Préparation de commandes',
      'Formation',
      '2018 : CACES R489 catégories 1, 3 et 5',
      '© 2026 MonCV en ligne – Mentions légales',
    ]);
    expect(bold('Karim BENSAÏD')).toBe(true);
    for (const leak of ['Accueil', 'Se connecter', 'dataLayer', 'téléphone', 'Téléphone', 'Photo de', 'base64', 'chef d', 'Envoyer', 'Bonjour', 'Votre message', 'MonCV en ligne |']) {
      expect(all).not.toContain(leak);
    }
  });
});
