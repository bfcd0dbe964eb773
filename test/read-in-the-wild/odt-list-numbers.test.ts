import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/read-document';
import { buildOdt } from './build-office';

// An OpenDocument may keep the number a numbered heading or list item shows (text:number, written
// by LibreOffice for outline-numbered headings and by converters for lists). The number stands
// apart from the text on the page; read glued to it ("1.EXPÉRIENCE", "2.Permis C"), the heading
// is no longer a heading and the first word no longer a word.

describe('ODT numbered headings and list items', () => {
  it('keeps the number apart from the text it numbers', async () => {
    const text = [
      '<text:p>Karim HADDAD</text:p>',
      '<text:h text:outline-level="1"><text:number>1.</text:number>EXPÉRIENCE</text:h>',
      '<text:p>2019 – 2024 Chauffeur livreur, Chronopost, Lyon</text:p>',
      '<text:h text:outline-level="1"><text:number>2.</text:number>PERMIS</text:h>',
      '<text:list><text:list-item><text:p><text:number>a)</text:number>Permis C</text:p></text:list-item><text:list-item><text:p><text:number>b)</text:number>FIMO</text:p></text:list-item></text:list>',
    ].join('');
    const lines = (await readDocument(buildOdt(text))).lines.map((line) => line.text);
    expect(lines).toEqual(['Karim HADDAD', '1. EXPÉRIENCE', '2019 – 2024 Chauffeur livreur, Chronopost, Lyon', '2. PERMIS', 'a) Permis C', 'b) FIMO']);
  });
});
