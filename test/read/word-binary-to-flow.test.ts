import { describe, expect, it } from 'vitest';
import { CvError } from '../../lib/errors';
import { openCompoundFile } from '../../lib/read/office/compound-file';
import { flowToLines } from '../../lib/read/office/flow-to-lines';
import { wordBinaryToFlow } from '../../lib/read/office/word-binary-to-flow';
import { buildCompoundFile, buildDoc, CELL, type DocOptions, type DocStyle } from './build-doc';

// The Word 97–2003 reader, piece by piece: the compound file container, the piece table (8-bit
// and UTF-16 pieces), fields, tables, page headers and hidden text, read as the lines the DOCX
// reader gives for the same CV.

const read = (options: DocOptions) => {
  const flow = wordBinaryToFlow(openCompoundFile(buildDoc(options)));
  return flowToLines([...flow.header, ...flow.body, ...flow.notes, ...flow.footer]);
};
const texts = (options: DocOptions) => read(options).map((line) => line.text);

function failure(run: () => unknown): CvError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CvError);
    return error as CvError;
  }
  throw new Error('no error');
}

describe('compound file container', () => {
  it('reads a stream from the mini stream (under 4096 bytes) and one from regular sectors', () => {
    const small = Uint8Array.from({ length: 300 }, (_, index) => index & 0xff);
    const large = Uint8Array.from({ length: 9000 }, (_, index) => (index * 7) & 0xff);
    const file = openCompoundFile(buildCompoundFile([{ name: 'Small', data: small }, { name: 'Large', data: large }, { name: 'Empty', data: new Uint8Array(0) }]));
    expect(file.names).toEqual(expect.arrayContaining(['Small', 'Large', 'Empty']));
    expect(file.stream('Small')).toEqual(small);
    expect(file.stream('Large')).toEqual(large);
    expect(file.stream('Empty')).toEqual(new Uint8Array(0));
    expect(file.stream('Missing')).toBeNull();
  });

  it('reads 4096-byte sectors (version 4 files)', () => {
    const large = Uint8Array.from({ length: 20_000 }, (_, index) => (index * 13) & 0xff);
    const file = openCompoundFile(buildCompoundFile([{ name: 'Large', data: large }, { name: 'Small', data: large.subarray(0, 100) }], { sectorShift: 12 }));
    expect(file.stream('Large')).toEqual(large);
    expect(file.stream('Small')).toEqual(large.subarray(0, 100));
  });

  it('refuses bytes that are not a compound file as damaged', () => {
    expect(failure(() => openCompoundFile(new Uint8Array(1024))).code).toBe('corrupt-file');
  });
});

describe('Word 97–2003 text', () => {
  it('decodes 8-bit pieces with [MS-DOC] 2.4.1 mappings and UTF-16 pieces, in piece order', () => {
    expect(
      texts({
        body: [
          'Amélie Durand, ', // é is 0xE9 in an 8-bit piece
          { text: 'Développeuse – 5 ans\r', unicode: true },
          'Création d’applications à Lyon, “agile” … œuvre Œ\r', // 0x92, 0x93/0x94, 0x85, 0x9C, 0x8C
          { text: 'Москва € 漢字\r' }, // needs UTF-16
        ],
      }),
    ).toEqual(['Amélie Durand, Développeuse – 5 ans', 'Création d’applications à Lyon, “agile” ... œuvre Œ', 'Москва € 漢字']);
  });

  it('maps 8-bit bytes 0x82–0x9F as the specification says, not as raw Latin-1 control codes', () => {
    const bytes = buildDoc({ body: ['x\r'], tamper: ({ word, textAt }) => word.set([0x92, 0x96, 0x80, 0x0d], textAt) });
    const flow = wordBinaryToFlow(openCompoundFile(bytes));
    // 0x80 has no mapping in 2.4.1: it stays U+0080 (a control code, dropped as no text).
    expect(flowToLines(flow.body).map((line) => line.text)).toEqual(['’–']);
  });

  it('paragraph marks, line breaks, tabs, page breaks; drops picture anchors, optional hyphens, note marks', () => {
    expect(texts({ body: ['12 rue Pasteur\u000b59100 Roubaix\t06 58 41 27 93\r', 'auto\u001fentre\u001epreneur\u0001\u0008\u0005\u000cPage deux\u00a0!\r'] })).toEqual([
      '12 rue Pasteur',
      '59100 Roubaix\t06 58 41 27 93',
      'autoentre-preneur',
      'Page deux !',
    ]);
  });

  it("drops a symbol font's glyph (stored as '('), keeps a real parenthesis", () => {
    expect(texts({ body: [{ text: '(', symbol: true }, ' 06 12 34 56 78 (portable)\r'] })).toEqual(['06 12 34 56 78 (portable)']);
  });

  it('a field gives its result, never its instruction; fields nest', () => {
    expect(
      texts({
        body: [
          'Courriel : \u0013 HYPERLINK "mailto:jean@exemple.fr" \u0014jean@exemple.fr\u0015\r',
          'Né le \u0013 IF \u0013 DATE \u0014x\u0015 = 1 "a" "b" \u00141er mai\u0015 fin\r',
          'Page \u0013 PAGE \u0015suite\r',
        ],
      }),
    ).toEqual(['Courriel : jean@exemple.fr', 'Né le 1er mai fin', 'Page suite']);
  });

  it('reads a two-column table as the DOCX reader does: a row of one-line cells is one tabbed line', () => {
    const lines = read({
      body: ['EXPÉRIENCE\r', { rows: [['2019 - 2024', 'Aide-soignante, EHPAD Les Tilleuls'], ['2015 - 2019', 'Agent de service hospitalier']] }, 'Fin\r'],
      paragraphProperties: true,
    });
    expect(lines.map((line) => line.text)).toEqual(['EXPÉRIENCE', '2019 - 2024\tAide-soignante, EHPAD Les Tilleuls', '2015 - 2019\tAgent de service hospitalier', 'Fin']);
  });

  it('tells table paragraphs from the paragraph properties: empty cells and cells of several paragraphs', () => {
    const lines = read({
      body: ['Jean Martin\r', { rows: [['Contact\r06 12 34 56 78\rjean@exemple.fr', 'Cariste\rPréparateur de commandes'], ['', 'Permis B']] }],
      paragraphProperties: true,
    });
    expect(lines.map((line) => [line.text, line.block])).toEqual([
      ['Jean Martin', 0],
      ['Contact', 1],
      ['06 12 34 56 78', 1],
      ['jean@exemple.fr', 1],
      ['Cariste', 2],
      ['Préparateur de commandes', 2],
      ['Permis B', 3],
    ]);
  });

  it('without paragraph properties, a cell mark right after another ends the row', () => {
    expect(texts({ body: [`Langues\r`, `Anglais${CELL}B2${CELL}${CELL}Espagnol${CELL}A2${CELL}${CELL}`, 'Fin\r'] })).toEqual(['Langues', 'Anglais\tB2', 'Espagnol\tA2', 'Fin']);
  });

  it('reads page headers first and footers last, each text once', () => {
    expect(
      texts({
        body: ['Corps du CV\r'],
        headerStories: ['Claire Moreau – 06 12 34 56 78\r', 'Claire Moreau – 06 12 34 56 78\r', 'claire@exemple.fr\r', 'claire@exemple.fr\r', 'Claire Moreau – 06 12 34 56 78\r', ''],
      }),
    ).toEqual(['Claire Moreau – 06 12 34 56 78', 'Corps du CV', 'claire@exemple.fr']);
  });

  it('reads text boxes after the body (a sidebar of contact details in a Word 2003 template)', () => {
    expect(texts({ body: ['Jean Dupont\r', 'Cariste\r'], textBoxes: 'CONTACT\r06 12 34 56 78\r\rPermis B\r' })).toEqual(['Jean Dupont', 'Cariste', 'CONTACT', '06 12 34 56 78', 'Permis B']);
  });

  it('reads footnotes after the body', () => {
    expect(texts({ body: ['BTS\u0002 en 2015\r'], footnotes: '\u0002 Obtenu avec mention.\r' })).toEqual(['BTS en 2015', 'Obtenu avec mention.']);
  });

  it('drops hidden text and text under 2 points (keyword stuffing), keeps bold for headings', () => {
    const lines = read({
      body: [
        { text: 'COMPÉTENCES\r', bold: true },
        'Cariste',
        { text: ' directeur financier expert comptable', hidden: true },
        { text: ' pilote de ligne', halfPoints: 2 },
        ', CACES 3\r',
      ],
    });
    expect(lines.map((line) => [line.text, line.bold])).toEqual([
      ['COMPÉTENCES', true],
      ['Cariste, CACES 3', false],
    ]);
  });

  it('drops text hidden by its paragraph style or its character style; a heading style makes a heading', () => {
    const styles: DocStyle[] = [
      { name: 'Normal', kind: 'paragraph', sti: 0 },
      { name: 'heading 1', kind: 'paragraph', sti: 1, base: 0 },
      { name: 'Mots-clés', kind: 'paragraph', base: 0, hidden: true },
      { name: 'Default Paragraph Font', kind: 'character', sti: 65 },
      { name: 'Discret', kind: 'character', base: 3, hidden: true },
      { name: 'Titre CV', kind: 'paragraph', base: 1 },
    ];
    const lines = read({
      styles,
      body: [
        { text: 'Compétences\r', paragraphStyle: 1 },
        { text: 'directeur financier expert comptable\r', paragraphStyle: 2 },
        'Cariste',
        { text: ' pilote de ligne', characterStyle: 4 },
        ', CACES 3\r',
        { text: 'Langues\r', paragraphStyle: 5 },
        'Anglais\r',
      ],
    });
    expect(lines.map((line) => [line.text, line.bold])).toEqual([
      ['Compétences', true],
      ['Cariste, CACES 3', false],
      ['Langues', true],
      ['Anglais', false],
    ]);
  });

  it('text set visible on the characters shows in a hidden style; styles based on each other in a loop end', () => {
    const styles: DocStyle[] = [
      { name: 'Normal', kind: 'paragraph', sti: 0 },
      { name: 'Caché', kind: 'paragraph', base: 2, hidden: true },
      { name: 'Boucle', kind: 'paragraph', base: 1 },
    ];
    expect(texts({ styles, body: [{ text: 'mots ', paragraphStyle: 1 }, { text: 'Jean Dupont\r', hidden: false, paragraphStyle: 1 }, 'Cariste\r'] })).toEqual([
      'Jean Dupont',
      'Cariste',
    ]);
  });

  it('drops text hidden piece by piece (a Prc the piece points to), as Word does not show it', () => {
    expect(texts({ body: ['Cariste', { text: ' directeur financier', pieceHidden: true }, ', CACES 3\r'] })).toEqual(['Cariste, CACES 3']);
  });

  it('reads a 0Table document and skips a Prc before the piece table', () => {
    expect(texts({ body: ['Bonjour\r'], zeroTable: true, prc: true })).toEqual(['Bonjour']);
  });
});

describe('Word files the reader refuses', () => {
  it('Word 6 and 95 (nFib under 106, or their wIdent 0xA5DC): an unsupported old Word document', () => {
    for (const bytes of [buildDoc({ body: ['x\r'], nFib: 104 }), buildDoc({ body: ['x\r'], nFib: 0x65, tamper: ({ word }) => word.set([0xdc, 0xa5], 0) })]) {
      const error = failure(() => wordBinaryToFlow(openCompoundFile(bytes)));
      expect(error.code).toBe('unsupported-type');
      expect(error.params.type).toBe('doc');
    }
  });

  it.each([
    ['an encrypted', 0x0100],
    ['an obfuscated', 0x8000],
  ])('%s document is protected by a password', (_name, flags) => {
    expect(failure(() => wordBinaryToFlow(openCompoundFile(buildDoc({ body: ['x\r'], flags })))).code).toBe('encrypted-document');
  });

  it('a document without its table stream is damaged', () => {
    const file = openCompoundFile(buildDoc({ body: ['x\r'] }));
    const withoutTable = { names: file.names, stream: (name: string) => (name === '1Table' ? null : file.stream(name)) };
    expect(failure(() => wordBinaryToFlow(withoutTable)).code).toBe('corrupt-file');
  });
});
