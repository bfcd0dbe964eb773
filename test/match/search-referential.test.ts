import { beforeAll, describe, expect, it } from 'vitest';
import { searchReferential } from '../../lib/match/search-referential';
import type { Referential } from '../../lib/taxonomy/referential';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';

// What the review screen's "Ajouter une compétence / un métier" finds in the starter pack the
// extension ships: a counsellor types a word or two, as they would say it, not a label.
let referential: Referential;
beforeAll(async () => {
  referential = await loadStarterReferential();
});

describe('searchReferential', () => {
  it('finds the skill a counsellor means by an everyday word, with the label that matched', () => {
    const [first] = searchReferential('soudure', referential, 'skill', 'fr', 5);
    expect(first?.label).toMatch(/soud/);
    expect(first?.matchedLabel).toMatch(/soudure/i);
    const stock = searchReferential('gestion des stocks', referential, 'skill', 'fr', 5);
    expect(stock[0]?.label).toBe('gérer des stocks');
    expect(stock.every((hit) => hit.id.startsWith('http://data.europa.eu/esco/skill/'))).toBe(true);
  });

  it('reads an occupation as a job title: gender pairs, "H/F" and contract noise do not get in the way', () => {
    const hits = searchReferential('Cariste H/F en CDI', referential, 'occupation', 'fr', 3);
    expect(hits[0]?.label).toBe('cariste');
    expect(hits[0]?.id).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    expect(searchReferential('Magasinier / Magasinière', referential, 'occupation', 'fr', 3)[0]?.label).toMatch(/^magasinier/);
  });

  it('answers English labels for an English CV', () => {
    expect(searchReferential('forklift', referential, 'skill', 'en', 3)[0]?.label).toMatch(/forklift/i);
  });

  it('gives nothing for blank text or gibberish, and at most the number asked for', () => {
    expect(searchReferential('   ', referential, 'skill', 'fr')).toEqual([]);
    expect(searchReferential('zzqxw', referential, 'skill', 'fr')).toEqual([]);
    expect(searchReferential('gestion', referential, 'skill', 'fr', 4).length).toBeLessThanOrEqual(4);
    expect(searchReferential('gestion', referential, 'skill', 'fr', 0)).toEqual([]);
  });
});
