import { describe, expect, it } from 'vitest';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { buildReferential, type ConceptDraft } from '../../lib/taxonomy/referential';

const skill = (id: string, text: string): ConceptDraft => ({
  id,
  kind: 'skill',
  scheme: 'esco',
  labels: [{ text, language: 'fr', type: 'preferred' }],
});

const referential = buildReferential({
  sources: [],
  concepts: [
    skill('wood-heating', 'installer un chauffage au bois'),
    skill('dishes', 'laver la vaisselle'),
    skill('loading', 'charger des marchandises'),
    skill('sanitary', 'installer des sanitaires'),
    skill('door-to-door', 'vendre en porte-à-porte'),
  ],
  relatedSkills: new Map(),
  equivalents: [],
});

const scoreOf = (text: string, id: string): number =>
  Math.max(0, ...spotSkillLabels(text, referential, 'fr').filter((spot) => referential.concepts[spot.concept]!.id === id).map((spot) => spot.score));

describe('a French verb-object compound ("chauffe-eau", "monte-charge")', () => {
  it('does not read as a skill through one of its halves', () => {
    // "chauffe" shares its stem with "chauffage"; the water heater is no wood heating.
    expect(scoreOf('Installation de chauffe-eau', 'wood-heating')).toBeLessThan(0.5 * scoreOf('Installation de chauffage', 'wood-heating') + 1e-9);
    expect(scoreOf('Installation de chauffe-eau', 'wood-heating')).toBeLessThan(0.4);
    // A goods lift is not loading goods.
    expect(scoreOf('Entretien du monte-charge', 'loading')).toBeLessThan(0.5 * scoreOf('Entretien du chargement', 'loading') + 1e-9);
  });

  it('still reads the label that says both halves', () => {
    expect(scoreOf('Lave-vaisselle', 'dishes')).toBeGreaterThan(0.8);
  });

  it('leaves the rest of the phrase read as before', () => {
    expect(scoreOf('Installation de sanitaires et chauffe-eau', 'sanitary')).toBe(scoreOf('Installation de sanitaires et robinets', 'sanitary'));
  });

  it('leaves hyphenated words that are no verb-object compound alone', () => {
    // "mini-" or a place name is no verb: "charger" in "Mini-chargeur" would be judged as it was.
    expect(scoreOf('Chargement de marchandises à Saint-Nazaire', 'loading')).toBe(scoreOf('Chargement de marchandises à Nantes', 'loading'));
    // "porte-à-porte" is door to door: a verb form and a preposition, no object.
    expect(scoreOf('Vente en porte-à-porte', 'door-to-door')).toBeGreaterThan(0.8);
  });
});
