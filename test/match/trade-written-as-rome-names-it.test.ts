import { beforeAll, describe, expect, it } from 'vitest';
import { searchReferential } from '../../lib/match/search-referential';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { linkCv, OCCUPATION } from '../match-in-the-wild/cv-text';
import { ESCO_DIR } from '../taxonomy/esco-path';

// "Conducteur de chariot élévateur" is how France Travail's ROME names the forklift trade, and how
// most CVs write it; ESCO's French labels only say "cariste". The counsellor must see "cariste"
// (the brief's own example), in the search box and when the CV's headline says it.

const CARISTE = `${OCCUPATION}eeac6251-1974-42f5-91ed-513c6c883755`;
let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('the forklift trade written as ROME names it', () => {
  it.each(['Conducteur de chariot élévateur', 'Conductrice de chariot élévateur H/F', 'Conducteur de chariots élévateurs (CACES 1, 3, 5)'])('"%s" is cariste, first', (title) => {
    expect(searchReferential(title, esco, 'occupation', 'fr', 3)[0]?.id).toBe(CARISTE);
  });

  it('in English too: "Fork lift truck driver"', () => {
    expect(searchReferential('Fork lift truck driver', esco, 'occupation', 'en', 3)[0]?.id).toBe(CARISTE);
  });

  it('a CV headed "Conductrice de chariot élévateur" gets cariste as its first occupation', () => {
    const cv = ['Sophie Martin', 'Conductrice de chariot élévateur', '06 12 34 56 78', 'sophie.martin@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2025 Conductrice de chariot élévateur – Leroy Merlin, Lyon', '• Chargement et déchargement des camions'].join('\n');
    expect(linkCv(cv, esco).occupations[0]?.id).toBe(CARISTE);
  });
});
