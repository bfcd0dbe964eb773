// A farm worker's skills, one per line in lower case, in a PDF whose bullets are drawn: the parse
// stage keeps them apart from their geometry, but the linker joined every line in lower case to the
// one above, so one glued evidence stood for every skill of the list.
import { beforeAll, describe, expect, it } from 'vitest';
import { linkProfile } from '../../lib/match/link-profile';
import { parseProfile } from '../../lib/parse/parse-profile';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { documentOf, pdfLines } from '../parse/build-lines';
import { ESCO_DIR } from '../taxonomy/esco-path';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const items = ['conduite tracteur et chariot télescopique (Manitou)', 'taille en gobelet et palissage', 'traitements phytosanitaires (pulvérisateur)', 'petit entretien du materiel (graissage, vidange)'];

describe('lower-case items of a PDF list', () => {
  it('each skill cites its own line', () => {
    const document = documentOf(pdfLines([
      { text: 'Jordi Puig', x: 63, y: 40, h: 18, bold: true },
      { text: 'Ouvrier agricole polyvalent', x: 63, y: 62, h: 11 },
      { text: 'jordi.puig@gmail.com', x: 63, y: 76, h: 11 },
      { text: 'Expérience professionnelle', x: 63, y: 100, h: 12, bold: true },
      { text: '2019 – 2024 Ouvrier arboricole – Vergers du Roussillon, Elne', x: 63, y: 118, h: 11, w: 444 },
      { text: 'Compétences', x: 63, y: 437, h: 12, bold: true },
      ...items.map((text, index) => ({ text, x: 78, y: 454 + index * 12, h: 11 })),
    ]));
    const { skills } = linkProfile(parseProfile(document, { referenceDate: new Date('2026-11-30') }), esco);
    const fromList = skills.filter((skill) => items.some((item) => skill.evidence.text.includes(item)));
    expect(fromList.length).toBeGreaterThanOrEqual(2);
    for (const skill of fromList) expect(items).toContain(skill.evidence.text);
  });

  it('a line cut after "de" still goes on with the next one', () => {
    const document = documentOf(pdfLines([
      { text: 'Jordi Puig', x: 63, y: 40, h: 18, bold: true },
      { text: 'jordi.puig@gmail.com', x: 63, y: 76, h: 11 },
      { text: 'Compétences', x: 63, y: 437, h: 12, bold: true },
      { text: 'Conduite de tracteur et entretien de', x: 78, y: 454, h: 11, w: 170 },
      { text: 'matériel agricole', x: 78, y: 466, h: 11, w: 80 },
      { text: 'Une ligne bien plus longue que les autres pour placer le bord droit du bloc loin', x: 63, y: 500, h: 11, w: 420 },
    ]));
    const { skills } = linkProfile(parseProfile(document, { referenceDate: new Date('2026-11-30') }), esco);
    expect(skills.some((skill) => skill.evidence.text.includes('entretien de matériel agricole'))).toBe(true);
  });
});
