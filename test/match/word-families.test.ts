import { beforeAll, describe, expect, it } from 'vitest';
import { rankJobTitle } from '../../lib/match/link-occupations';
import { familyRoot } from '../../lib/match/word-families';
import { foldText, stemWord } from '../../lib/taxonomy/label-words';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { rankConcepts } from '../../lib/match/rank-concepts';
import { buildReferential, type ConceptDraft, type Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';

// Stems as the referential's vocabulary holds them: accents folded first.
const root = (word: string) => familyRoot(stemWord(foldText(word), 'fr'));

describe('familyRoot', () => {
  it('puts a trade activity and its agent in one family', () => {
    expect(root('montage')).toBe(root('monteur'));
    expect(root('recyclage')).toBe(root('recycleur'));
    expect(root('magasinage')).toBe(root('magasinier'));
    expect(root('nettoiement')).toBe(root('nettoyeur'));
    expect(root('maconnerie')).toBe(root('macon'));
    expect(root('boulangerie')).toBe(root('boulanger'));
  });

  it('puts an adjective with the noun it comes from', () => {
    expect(root('agricole')).toBe(root('agriculture'));
    expect(root('viticole')).toBe(root('viticulteur'));
    expect(root('industriel')).toBe(root('industrie'));
    expect(root('bancaire')).toBe(root('banque'));
    expect(root('alimentaire')).toBe(root('alimentation'));
    expect(root('commercial')).toBe(root('commerce'));
    expect(root('comptable')).toBe(root('comptabilité'));
  });

  it('keeps unrelated words apart', () => {
    expect(root('magasinier')).not.toBe(root('magistrat'));
    expect(root('soudeur')).not.toBe(root('sourd'));
    expect(root('coiffeur')).not.toBe(root('cuisinier'));
    expect(root('social')).not.toBe(root('société'));
    expect(root('sanitaire')).not.toBe(root('santé'));
  });
});

describe('job titles named by their activity', () => {
  let esco: Referential;
  beforeAll(async () => {
    esco = await loadReferentialFromPath(ESCO_DIR);
  }, 120_000);
  const top = (title: string) => rankJobTitle(title, esco, 'fr', 'esco', 3).map((ranked) => ranked.label);

  it('find the occupation named by its agent ("maçonnerie" -> maçon, "recyclage" -> recycleur)', () => {
    expect(top('Ouvrier en maçonnerie')[0]).toMatch(/^maçon\//);
    expect(top('Agent de recyclage')[0]).toMatch(/^recycleur/);
  });

  it('find the occupation whose label says the adjective of the title\'s noun ("agriculture" -> agricole)', () => {
    expect(top('Technicien en agriculture')[0]).toMatch(/^technicien agricole\//);
    expect(top('Ouvrier viticulture')[0]).toMatch(/^ouvrier viticole\//);
  });

  it('still rank a title said in the label\'s own words first', () => {
    expect(top('Maçon')[0]).toMatch(/^maçon\//);
    expect(top('Monteur en carrosserie')[0]).toMatch(/^monteur en carrosserie/);
  });
});

describe('a title word the referential does not know', () => {
  const occupation = (id: string, text: string): ConceptDraft => ({
    id,
    kind: 'occupation',
    scheme: 'esco',
    labels: [{ text, language: 'fr', type: 'preferred' }],
  });
  const referential = buildReferential({
    sources: [],
    concepts: [
      occupation('farm-worker', 'ouvrier agricole'),
      occupation('farm-technician', 'technicien en agriculture'),
      occupation('baker', 'boulanger'),
      occupation('factory-manager', "directeur d'usine"),
    ],
    relatedSkills: new Map(),
    equivalents: [],
  });
  const rank = (title: string) => rankConcepts(title, referential, { kind: 'occupation', language: 'fr', top: 5 });

  it('finds the occupations of its family ("agriculteur": agricole, agriculture)', () => {
    expect(new Set(rank('Agriculteur').map((concept) => concept.id))).toEqual(new Set(['farm-worker', 'farm-technician']));
  });

  it('finds nothing for a word of no family', () => {
    expect(rank('Zorglubeur')).toEqual([]);
  });
});
