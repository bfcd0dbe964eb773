import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { rotatedPdf } from './build-rotated-pdf';

// A page turned in a viewer and saved keeps its text layer as it was and only gains /Rotate; a
// print driver's landscape page draws its text turned and uses /Rotate to show it upright. In both
// the text layer is whole: it must read in the same order as the unturned page.
const CV = [
  'Karim HADDAD',
  'Chauffeur livreur',
  '06 45 12 78 90 - karim.haddad@orange.fr',
  'EXPERIENCE',
  '2019 - 2024 Chauffeur livreur, Chronopost, Lyon',
  'FORMATION',
  '2018 Permis C',
];

describe('PDF page with /Rotate', () => {
  it.each([90, 180, 270] as const)('reads a landscape page drawn turned and shown upright with /Rotate %i', async (rotate) => {
    const document = await readDocument(rotatedPdf(CV, rotate, true));
    expect(document.lines.map((line) => line.text)).toEqual(CV);
  });

  it.each([90, 180, 270] as const)('reads a page the user turned by %i° and saved, one line per line, top to bottom', async (rotate) => {
    const document = await readDocument(rotatedPdf(CV, rotate));
    expect(document.kind).toBe('pdf-text');
    expect(document.lines.map((line) => line.text)).toEqual(CV);
  });
});
