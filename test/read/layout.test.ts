import { describe, expect, it } from 'vitest';
import { assessTextLayer } from '../../lib/read/layout/assess-text-layer';
import { dropRepeatedMargins } from '../../lib/read/layout/drop-repeated-margins';
import { joinHyphenatedLines } from '../../lib/read/layout/join-hyphenated-lines';
import { layOutPage } from '../../lib/read/layout/lay-out-page';
import { normalizeText } from '../../lib/read/layout/normalize-text';
import type { TextItem, TextLine } from '../../lib/types';

// The layout steps on items placed by hand, as a PDF text layer or OCR would give them (points,
// top-left origin, y = baseline - font size).

function item(text: string, x: number, baseline: number, size = 10, width = text.length * size * 0.5): TextItem {
  return { text, x, y: baseline - size, width, height: size };
}

/** A column of lines starting at `top`, `pitch` apart. */
function column(lines: string[], x: number, top: number, pitch: number, size = 10): TextItem[] {
  return lines.map((text, index) => item(text, x, top + index * pitch, size));
}

describe('layOutPage', () => {
  it('reads a sidebar whole before the main column when both run independently', () => {
    const sidebar = column(['CONTACT', '12 rue des Lilas', '75011 Paris', 'COMPÉTENCES', 'Accueil', 'Caisse', 'LANGUES', 'Anglais B2'], 30, 100, 19);
    const main = column(['EXPÉRIENCES', 'Vendeuse, Zara, Lyon', 'Conseil des clientes et encaissement', 'Mise en rayon et inventaires', 'Caissière, Auchan', 'Encaissement et accueil', 'FORMATION', 'Bac pro Commerce', 'Lycée Jean Moulin'], 220, 104, 13);
    const lines = layOutPage([...main, ...sidebar], 1);
    const sidebarLines = lines.filter((line) => line.x! < 200).map((line) => line.text);
    expect(sidebarLines).toEqual(sidebar.map((entry) => entry.text));
    // No line mixes the two columns, and each column is one run of lines.
    expect(lines.every((line) => !line.text.includes('\t'))).toBe(true);
    const blocks = lines.map((line) => line.block);
    expect(new Set(blocks).size).toBe(2);
    expect(blocks.filter((block, index) => index === 0 || block !== blocks[index - 1])).toHaveLength(2);
  });

  it('keeps labels ending in a colon beside their values, one line each, however widely spaced', () => {
    // "Nom :" / "Téléphone :" tables: every value is one line, so no gap tells an entry's start.
    for (const pitch of [14, 18, 24]) {
      const labels = column(['Nom :', 'Téléphone :', 'Email :', 'Permis :'], 40, 100, pitch);
      const values = column(['Karim HADDAD', '06 45 12 78 90', 'karim.haddad@orange.fr', 'B et C'], 140, 100, pitch);
      const after = column(['EXPÉRIENCE', '2019 - 2024 Soudeur, Chantiers de l’Atlantique, Saint-Nazaire'], 40, 100 + 4 * pitch + 30, 14);
      expect(layOutPage([...labels, ...values, ...after], 1).map((line) => line.text)).toEqual([
        'Nom :\tKarim HADDAD', 'Téléphone :\t06 45 12 78 90', 'Email :\tkarim.haddad@orange.fr', 'Permis :\tB et C',
        'EXPÉRIENCE', '2019 - 2024 Soudeur, Chantiers de l’Atlantique, Saint-Nazaire',
      ]);
    }
  });

  it('keeps a margin of years beside its diplomas though a heading runs over the gutter', () => {
    // Evenly spaced: no gap between entries tells where one ends. Only the sidebar case (each column
    // on its own leading) may be cut at a gutter that a line crosses.
    const rows = [
      ['2019', 'Licence professionnelle Logistique'], [null, 'IUT Lumière Lyon 2'],
      ['2017', 'BTS Transport et prestations logistiques'], [null, 'Lycée La Martinière, Lyon'],
      ['2015', 'Bac pro Logistique'], [null, 'Lycée Jean Lurçat, Lyon'],
    ] as const;
    const items = [item('FORMATION ET DIPLÔMES OBTENUS', 40, 108, 10, 230)];
    rows.forEach(([year, text], index) => {
      if (year) items.push(item(year, 40, 122 + index * 14));
      items.push(item(text, 120, 122 + index * 14));
    });
    expect(layOutPage(items, 1).map((line) => line.text)).toEqual([
      'FORMATION ET DIPLÔMES OBTENUS',
      '2019\tLicence professionnelle Logistique', 'IUT Lumière Lyon 2',
      '2017\tBTS Transport et prestations logistiques', 'Lycée La Martinière, Lyon',
      '2015\tBac pro Logistique', 'Lycée Jean Lurçat, Lyon',
    ]);
  });

  it('reads a sidebar whose line runs over the gutter whole, before the main column', () => {
    // The web address, too long for the sidebar, runs on beside a blank stretch of the main column.
    const sidebar = column(['Julien Moreau', '06 71 22 48 90', 'julien.moreau@gmail.com', 'www.linkedin.com/in/julien-moreau-lyon', 'COMPÉTENCES', 'Gestion des stocks', 'Préparation', 'LANGUES', 'Anglais'], 30, 100, 12, 9);
    sidebar[3]!.width = 210;
    const main = [
      item('Cariste expérimenté', 220, 104, 14),
      ...column(['EXPÉRIENCES', '2019 - 2024 : Cariste', 'Carrefour, Vénissieux', 'Inventaires tournants', '2015 - 2019 : Magasinier', 'Auchan, Caluire'], 220, 153, 15),
    ];
    const texts = layOutPage([...main, ...sidebar], 1).map((line) => line.text);
    expect(texts).toEqual([...sidebar, ...main].map((entry) => entry.text));
  });

  it('keeps a column of dates on the lines of the jobs they date', () => {
    const entries: TextItem[] = [];
    const jobs = [
      ['2019 – 2024', 'Cariste – Geodis, Lyon', ['Chargement des camions', 'Inventaires tournants']],
      ['2015 – 2019', 'Magasinier – Leroy Merlin, Bron', ['Réception des livraisons']],
      ['2012 – 2015', 'Préparateur de commandes – Lidl', ['Préparation en frais', 'Filmage des palettes']],
    ] as const;
    let baseline = 100;
    for (const [dates, title, details] of jobs) {
      entries.push(item(dates, 40, baseline), item(title, 150, baseline));
      for (const detail of details) {
        baseline += 13;
        entries.push(item(detail, 160, baseline));
      }
      baseline += 24;
    }
    const texts = layOutPage(entries, 1).map((line) => line.text);
    expect(texts).toEqual([
      '2019 – 2024\tCariste – Geodis, Lyon',
      'Chargement des camions',
      'Inventaires tournants',
      '2015 – 2019\tMagasinier – Leroy Merlin, Bron',
      'Réception des livraisons',
      '2012 – 2015\tPréparateur de commandes – Lidl',
      'Préparation en frais',
      'Filmage des palettes',
    ]);
  });

  it('separates a right-aligned date from its title with a tab, not a space', () => {
    const lines = layOutPage([item('Vendeuse', 40, 100), item('Mars 2021 –', 450, 100), item("aujourd'hui", 510, 100)], 1);
    expect(lines.map((line) => line.text)).toEqual(["Vendeuse\tMars 2021 – aujourd'hui"]);
  });

  it('reads two sections side by side one after the other', () => {
    const left = column(['SAVOIR-FAIRE', 'Service en salle', 'Prise de commande', 'Encaissement'], 40, 300, 14);
    const right = column(['SAVOIR-ÊTRE', 'Sourire', 'Rapidité', 'Esprit d’équipe'], 320, 300, 14);
    for (const heading of [left[0]!, right[0]!]) heading.bold = true;
    const texts = layOutPage([...left, ...right], 1).map((line) => line.text);
    expect(texts).toEqual([...left, ...right].map((entry) => entry.text));
  });
});

describe('normalizeText', () => {
  it('folds ligatures, drops invisible characters and rejoins spaced-out letters', () => {
    expect(normalizeText('ﬁdélisation des clientes')).toBe('fidélisation des clientes');
    expect(normalizeText('pro\u00ADfil\u200B')).toBe('profil');
    expect(normalizeText('C O M P É T E N C E S')).toBe('COMPÉTENCES');
    expect(normalizeText('J. P. Dupont')).toBe('J. P. Dupont');
    expect(normalizeText('\uF0B7 Accueil des clients')).toBe('• Accueil des clients');
  });
});

describe('joinHyphenatedLines', () => {
  const line = (text: string, y: number): TextLine => ({ text, page: 1, y, block: 0 });

  it('rejoins a word cut at the end of a line and keeps real hyphens', () => {
    const joined = joinHyphenatedLines([
      line('Gestion des compé-', 10),
      line('tences transverses', 22),
      line('Jean-', 34),
      line('Baptiste Martin', 46),
      line('linkedin.com/in/jean-', 58),
      line('martin', 70),
    ]);
    expect(joined.map((entry) => entry.text)).toEqual([
      'Gestion des compétences',
      'transverses',
      'Jean-',
      'Baptiste Martin',
      'linkedin.com/in/jean-martin',
    ]);
  });
});

describe('dropRepeatedMargins', () => {
  it('drops running headers, footers and page numbers, keeping the first copy', () => {
    const heights = new Map([
      [1, 842],
      [2, 842],
    ]);
    const lines: TextLine[] = [
      { text: 'Marie DURAND – CV', page: 1, y: 20, block: 0 },
      { text: 'Assistante de direction', page: 1, y: 100, block: 0 },
      { text: 'Page 1 / 2', page: 1, y: 820, block: 0 },
      { text: 'Marie DURAND – CV', page: 2, y: 20, block: 0 },
      { text: 'Formation', page: 2, y: 100, block: 0 },
      { text: 'Page 2 / 2', page: 2, y: 820, block: 0 },
    ];
    expect(dropRepeatedMargins(lines, heights).map((line) => `${line.page}:${line.text}`)).toEqual([
      '1:Marie DURAND – CV',
      '1:Assistante de direction',
      '2:Formation',
    ]);
  });
});

describe('assessTextLayer', () => {
  const cv = 'Expériences professionnelles\nCariste chez Geodis depuis 2019, conduite de chariots et préparation de commandes.\nFormation : CACES R489.';

  it('accepts a real text layer', () => {
    expect(assessTextLayer(cv)).toBe('usable');
  });

  it('sends a page with no or almost no text to OCR', () => {
    expect(assessTextLayer('')).toBe('empty');
    expect(assessTextLayer('Scanné avec CamScanner')).toBe('empty');
  });

  it('detects fonts without a Unicode map and random bytes', () => {
    const privateUse = [...cv].map((char) => (char === ' ' || char === '\n' ? char : String.fromCodePoint(0xe000 + char.charCodeAt(0)))).join('');
    expect(assessTextLayer(privateUse)).toBe('garbage');
    expect(assessTextLayer('(cid:12)(cid:45)(cid:3) (cid:77)(cid:9)(cid:21)(cid:4) (cid:88)(cid:13) '.repeat(5))).toBe('garbage');
    expect(assessTextLayer('xq7#k zzp@4 mn&9t qrst wxyz bcdf ghjk lmnp 8%2$ vwxz kkl9 ptrs'.repeat(2))).toBe('garbage');
  });
});
