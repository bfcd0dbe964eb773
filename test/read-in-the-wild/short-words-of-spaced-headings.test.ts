import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { latin1, pdfWithPages } from '../read/build-pdf';

// A headline styled with letter spacing, as a browser prints it: each word its own run of text,
// which pdf.js reads with a space between every two letters ("C H E F", "D E", "R A N G"). The long
// words were joined back but a two-letter word ("de", "et", "en") stayed spaced out, and the
// headline read "SERVEUR – CHEF D E RANG".

/** One line, each word drawn on its own with 4 pt between letters, a 10 pt gap between words. */
function spacedHeading(words: string[], y = 760): string {
  let x = 56;
  return words
    .map((word) => {
      const run = `BT /F1 12 Tf 4 Tc ${x} ${y} Td (${word}) Tj ET`;
      // Helvetica capitals are about 0.7 em wide, plus the 4 pt spacing; then a word gap.
      x += word.length * (0.7 * 12 + 4) + 10;
      return run;
    })
    .join('\n');
}

function pdfOf(content: string): Uint8Array {
  return pdfWithPages([[{ dictionary: '', data: latin1(content) }]]);
}

describe('short words of a letter-spaced heading', () => {
  it.each([
    [['SERVEUR', 'CHEF', 'DE', 'RANG'], 'SERVEUR CHEF DE RANG'],
    [['AGENT', 'DE', 'QUAI', 'ET', 'CARISTE'], 'AGENT DE QUAI ET CARISTE'],
    [['COMPETENCES', 'EN', 'CUISINE'], 'COMPETENCES EN CUISINE'],
  ])('%j reads "%s"', async (words, expected) => {
    const document = await readDocument(pdfOf(`${spacedHeading(words)}\nBT /F1 11 Tf 0 Tc 56 720 Td (Brasserie du Port, Marseille) Tj ET`));
    // Whitespace folded: whether a wide gap reads as a tab depends on this test's rough geometry.
    expect(document.lines.map((line) => line.text.replace(/\s+/g, ' '))).toContain(expected);
  });

  it('a list of licence letters beside plain words stays a list', async () => {
    const document = await readDocument(pdfOf('BT /F1 11 Tf 0 Tc 56 760 Td (Permis B C D E - vehicule personnel) Tj ET'));
    expect(document.lines.map((line) => line.text)).toContain('Permis B C D E - vehicule personnel');
  });
});
