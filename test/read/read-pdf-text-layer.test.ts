import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import type { ReadDocument, TextLine } from '../../lib/types';

// PDFs printed by Chromium from test/fixtures/read/src (scripts/make-scans.mjs): real layouts, read
// through the whole text-layer path.

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/read/${name}`));
const texts = (document: ReadDocument) => document.lines.map((line) => line.text);
const lineWith = (document: ReadDocument, fragment: string): TextLine => {
  const line = document.lines.find((candidate) => candidate.text.includes(fragment));
  if (!line) throw new Error(`no line contains "${fragment}"`);
  return line;
};

describe('two columns, dark sidebar on the left, dates right-aligned', () => {
  let document: ReadDocument;
  beforeAll(async () => {
    document = await readDocument(fixture('fr-magasinier-sidebar-gauche.pdf'));
  });

  it('reads the text layer of the single page', () => {
    expect(document).toMatchObject({ kind: 'pdf-text', pages: 1, warnings: [] });
  });

  it('keeps every sidebar line out of the main column', () => {
    const sidebar = ['CONTACT', '14 allée des Peupliers', '07 62 18 45 93', 'yasmina.benali31@gmail.com', 'Gestion des stocks et inventaires', 'CACES R489 catégories 1 et 3', 'Anglais : niveau B1'];
    const main = ['Yasmina BENALI', 'EXPÉRIENCES PROFESSIONNELLES', 'Carrefour Supply Chain, Saint-Jory', 'Lidl, entrepôt régional de Martres-Tolosane', 'AFPA de Toulouse Balma'];
    const sidebarBlock = lineWith(document, sidebar[0]!).block;
    const mainBlock = lineWith(document, main[0]!).block;
    expect(sidebarBlock).not.toBe(mainBlock);
    for (const text of sidebar) {
      const line = lineWith(document, text);
      expect(line.text, text).toBe(text);
      expect(line.block, text).toBe(sidebarBlock);
    }
    for (const text of main) expect(lineWith(document, text).block, text).toBe(mainBlock);
  });

  it('reads each column whole, in order', () => {
    const blockOf = document.lines.map((line) => line.block);
    // One run per block: once a column is left, it is never come back to.
    const runs = blockOf.filter((block, index) => index === 0 || block !== blockOf[index - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    const all = texts(document);
    expect(all.indexOf('Magasinière cariste\tMars 2021 – aujourd\'hui')).toBeLessThan(all.indexOf('Carrefour Supply Chain, Saint-Jory'));
    expect(all.indexOf('Carrefour Supply Chain, Saint-Jory')).toBeLessThan(all.findIndex((text) => text.startsWith('Réception des camions')));
  });

  it('keeps a right-aligned date on its job title line, after a tab', () => {
    expect(texts(document)).toEqual(
      expect.arrayContaining([
        "Magasinière cariste\tMars 2021 – aujourd'hui",
        'Préparatrice de commandes\tSept. 2018 – Févr. 2021',
        'Titre professionnel Agent magasinier\t2018',
      ]),
    );
  });

  it('gives positions in points and marks bold lines', () => {
    const title = lineWith(document, 'Magasinière cariste');
    expect(title.page).toBe(1);
    expect(title.x).toBeGreaterThan(190);
    expect(title.height).toBeGreaterThan(8);
    expect(title.height).toBeLessThan(12);
    expect(lineWith(document, 'Yasmina BENALI').bold).toBe(true);
    expect(lineWith(document, 'Carrefour Supply Chain').bold).toBe(false);
  });
});

describe('two pages, sidebar on the right, dates in a left column, letter-spaced titles', () => {
  let document: ReadDocument;
  beforeAll(async () => {
    document = await readDocument(fixture('fr-secretaire-2pages.pdf'));
  });

  it('reads both pages', () => {
    expect(document).toMatchObject({ kind: 'pdf-text', pages: 2 });
    expect(document.lines.some((line) => line.page === 2)).toBe(true);
  });

  it('rejoins letter-spaced text into words', () => {
    expect(texts(document)).toEqual(
      expect.arrayContaining(['Hélène ROUSSEL', 'SECRÉTAIRE MÉDICALE', 'EXPÉRIENCES PROFESSIONNELLES', 'INFORMATIONS COMPLÉMENTAIRES']),
    );
  });

  it('keeps the date column on the line of the job it dates', () => {
    expect(texts(document)).toEqual(
      expect.arrayContaining(['Depuis 2019\tSecrétaire médicale – Centre hospitalier de', '2014 – 2019\tSecrétaire – Cabinet de kinésithérapie du']),
    );
  });

  it('reads the right sidebar as a block of its own', () => {
    const contact = lineWith(document, 'CONTACT');
    const main = lineWith(document, 'Depuis 2019');
    expect(contact.block).not.toBe(main.block);
    for (const text of ['3 rue des Capucins', '22000 Saint-Brieuc', '06 71 24 88 09', 'helene.roussel22@orange.fr', 'Anglais : B1']) {
      const line = document.lines.find((candidate) => candidate.text === text);
      expect(line?.block, text).toBe(contact.block);
    }
  });

  it('joins words hyphenated at the end of a line, folds ligatures and mends justified lines', () => {
    const all = texts(document).join('\n');
    expect(all).toContain("j'assure l'accueil des patients, la planification");
    expect(all).toContain('terminologie médicale');
    expect(all).toContain('depuis 2015 : organisation');
    expect(all).toContain('suivi des fiches patients');
    expect(all).toContain('flux de paiement');
    expect(all).not.toMatch(/[\uFB00-\uFB06\u00AD\u2010]/);
    expect(all).toContain('Prise de rendez-vous, facturation et');
  });

  it('keeps the running header and footer once, from the first page', () => {
    const header = document.lines.filter((line) => line.text.includes('Curriculum vitae'));
    const footer = document.lines.filter((line) => line.text.includes('helene.roussel22@orange.fr – 06 71 24 88 09'));
    expect(header.map((line) => line.page)).toEqual([1]);
    expect(footer.map((line) => line.page)).toEqual([1]);
  });
});

describe('Europass table', () => {
  let document: ReadDocument;
  beforeAll(async () => {
    document = await readDocument(fixture('fr-europass-tableau.pdf'));
  });

  it('keeps each label on the line of its value', () => {
    expect(texts(document)).toEqual(
      expect.arrayContaining([
        'Adresse\t12 rue de la Gare, 57000 Metz (France)',
        'Téléphone\t+33 6 45 12 78 90',
        'Courrier électronique\tkarim.ouali57@laposte.net',
        "05/2017 – aujourd'hui\tSoudeur TIG / MIG",
        'Langue maternelle\tfrançais',
      ]),
    );
  });

  it('keeps section titles before their entries', () => {
    const all = texts(document);
    const section = all.findIndex((text) => text.startsWith('EXPÉRIENCE'));
    expect(section).toBeGreaterThanOrEqual(0);
    expect(section).toBeLessThan(all.findIndex((text) => text.includes('Soudeur TIG / MIG')));
  });
});
