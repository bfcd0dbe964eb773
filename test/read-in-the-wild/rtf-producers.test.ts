import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { LIBREOFFICE_CV, rtfBytes, TEXTEDIT_CV, WORD_CV, WORDPAD_CV } from './rtf-cvs';

// RTF CVs as WordPad, Word, LibreOffice and TextEdit write them (rtf-cvs.ts). Each reads as the
// same CV saved as .docx would: the name first, headings bold, a table row on one line with its
// cells joined by a tab, French accents from whichever encoding the producer chose, and nothing
// of the font tables, themes, hidden text or page numbers.

async function read(rtf: string) {
  const document = await readDocument(rtfBytes(rtf), { fileName: 'cv.rtf' });
  expect(document).toMatchObject({ kind: 'rtf', pages: 1, warnings: [] });
  return { texts: document.lines.map((line) => line.text), bold: (text: string) => document.lines.find((line) => line.text === text)?.bold };
}

describe('RTF CVs from the programs people save them with', () => {
  it('WordPad: code page 1252 escapes, a mailto field, Symbol bullets', async () => {
    const { texts, bold } = await read(WORDPAD_CV);
    expect(texts).toEqual([
      'Karim BENSAÏD',
      '14 rue des Lilas, 69008 Lyon – 06 45 12 78 90',
      'karim.bensaid69@gmail.com',
      'Expériences professionnelles',
      '2019 – 2024 : Cariste, Entrepôt Carrefour, Vénissieux',
      'Chargement et déchargement des camions',
      'Préparation de commandes',
      'Formation',
      '2018 : CACES R489 catégories 1, 3 et 5',
    ]);
    expect(bold('Karim BENSAÏD')).toBe(true);
    expect(bold('Formation')).toBe(true);
    expect(bold('Préparation de commandes')).toBe(false);
  });

  it('Word: page header first, table rows, hidden text and page number gone, no theme or style data', async () => {
    const { texts, bold } = await read(WORD_CV);
    expect(texts).toEqual([
      'claire.moreau44@orange.fr\t07 81 23 45 67',
      'Claire MOREAU',
      'Aide-soignante diplômée d’État',
      'Expérience professionnelle',
      'Depuis 2020\tAide-soignante, EHPAD Les Tilleuls, Nantes',
      '2015 – 2020\tAgent de service hospitalier, CHU de Nantes',
      'Compétences',
      'Soins d’hygiène et de confort',
      'Aide à la prise des repas',
    ]);
    expect(bold('Compétences')).toBe(true);
    const all = texts.join('\n');
    for (const leak of ['infirmière', 'Normal', 'Calibri', 'heading', 'MERGEFORMAT', '504b', 'Claire Moreau\n']) expect(all).not.toContain(leak);
  });

  it('LibreOffice: \\u characters with their code-page fallback, a heading style, a two-column table', async () => {
    const { texts, bold } = await read(LIBREOFFICE_CV);
    expect(texts).toEqual([
      'Théo Lefèvre',
      'Technicien de maintenance industrielle – 12 ans d’expérience',
      'theo.lefevre@free.fr – 06 33 21 44 87 – Saint-Étienne',
      'Compétences',
      'Maintenance\tPréventive et curative, GMAO, électricité industrielle',
      'Habilitations\tB1V, BR, H0V',
      'Lecture de schémas électriques et pneumatiques',
    ]);
    expect(bold('Théo Lefèvre')).toBe(true);
    expect(bold('Compétences')).toBe(true);
  });

  it('TextEdit: a line per backslash-newline, white only in the colour table, a bullet list, a table', async () => {
    const { texts, bold } = await read(TEXTEDIT_CV);
    expect(texts).toEqual([
      'Daniel Whitaker',
      'Care Assistant',
      'daniel.whitaker@outlook.com | 07700 900123 | Leeds LS6 2QB',
      'Experience',
      '2021 – 2024\tSenior Care Assistant, Sunrise Care Home, Leeds',
      'Personal care for 30 residents',
      'Medication rounds and care plan updates',
      'Languages',
      'French\tConversational (B2)',
      'Polish\tNative',
    ]);
    expect(bold('Experience')).toBe(true);
    expect(bold('Care Assistant')).toBe(false);
  });

  it('TextEdit on an older Mac: the Mac Roman code page', async () => {
    const { texts } = await read(String.raw`{\rtf1\mac\ansicpg10000\cocoartf102
{\fonttbl\f0\fswiss\fcharset77 Helvetica;}
{\colortbl;\red255\green255\blue255;}
\pard\tx560\tx1120\ql\qnatural

\f0\fs24 \cf0 Ren\'8ee Fran\'8dois\
Pr\'8eparatrice en pharmacie\
}`);
    expect(texts).toEqual(['Renée François', 'Préparatrice en pharmacie']);
  });
});
