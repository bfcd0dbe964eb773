// Welders and painters list the kinds of one trade word: "Soudure TIG, MIG, MAG et à l'arc",
// "Soudure TIG/MIG/MAG", "Peinture au pistolet et au rouleau", "TIG, MIG and arc welding". Each kind
// is the trade word's ("soudure MIG"); read alone, "MIG" or "MAG" said nothing, so only the first
// kind was linked.
import { beforeAll, describe, expect, it } from 'vitest';
import { kindsOfOneHead } from '../../lib/match/kinds-of-one-head';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, frenchCv, linkCv, SKILL } from './cv-text';


let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

/** The skills one plain line gives in a CV's skills section, beyond the CV's own. */
function skillsOf(make: (line: string) => string, line: string): Map<string, number> {
  const none = new Set(linkCv(make('x'), esco).skills.map((skill) => skill.id));
  return new Map(linkCv(make(line), esco).skills.filter((skill) => !none.has(skill.id)).map((skill) => [skill.id, skill.confidence]));
}
const french = (line: string): string => frenchCv('COMPÉTENCES', [line]);
const english = (line: string): string => englishCv('SKILLS', [line]);

describe('each kind listed after a trade word is that trade word\'s', () => {
  it.each([
    ["Soudure TIG, MIG, MAG et à l'arc", ['Soudure TIG', 'Soudure MIG', 'Soudure MAG', "Soudure à l'arc"]],
    ['Soudure TIG/MIG/MAG', ['Soudure TIG', 'Soudure MIG', 'Soudure MAG']],
  ])('French: "%s" links what each kind said in full links', (line, each) => {
    const found = skillsOf(french, line);
    for (const kind of each) {
      const alone = [...skillsOf(french, kind)];
      expect(alone.length, kind).toBeGreaterThan(0);
      const [id, confidence] = alone[0]!;
      expect(found.get(id) ?? 0, kind).toBeGreaterThanOrEqual(confidence - 0.1);
    }
  });

  it('English: "TIG, MIG and arc welding" links MIG welding too', () => {
    const found = skillsOf(english, 'TIG, MIG and arc welding');
    const [alone] = [...skillsOf(english, 'MIG welding')];
    expect(alone).toBeDefined();
    const [id, confidence] = alone!;
    expect(found.get(id) ?? 0).toBeGreaterThanOrEqual(confidence - 0.1);
  });
});

describe('the phrases a list of kinds stands for', () => {
  it.each([
    ["Soudure TIG, MIG, MAG et à l'arc", ['Soudure MIG', 'Soudure MAG', "Soudure à l'arc"]],
    ['Soudure TIG/MIG/MAG', ['Soudure MIG', 'Soudure MAG']],
    ['Peinture au pistolet et au rouleau', ['Peinture au rouleau']],
    ['TIG, MIG and arc welding', ['TIG welding', 'MIG welding']],
    ['Vente en boutique et en ligne', ['Vente en ligne']],
    // A carer's means of four words ("à la prise des repas") is still one kind of help.
    ["Aide à la toilette, à l'habillage et à la prise des repas", ["Aide à l'habillage", 'Aide à la prise des repas']],
  ])('"%s"', (text, phrases) => {
    expect(kindsOfOneHead(text)).toEqual(phrases);
  });

  it.each(['Excel, Word et PowerPoint', 'Word, Excel and data entry', 'Accueil, vente et encaissement', 'Cooking, cleaning and customer service', 'Permis B', 'Rigueur et ponctualité'])(
    'no shared trade word: "%s"',
    (text) => {
      expect(kindsOfOneHead(text)).toEqual([]);
    },
  );
});
