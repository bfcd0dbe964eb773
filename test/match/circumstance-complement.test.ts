import { describe, expect, it } from 'vitest';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { buildReferential, type ConceptDraft } from '../../lib/taxonomy/referential';

const skill = (id: string, text: string, language: 'fr' | 'en' = 'fr'): ConceptDraft => ({
  id,
  kind: 'skill',
  scheme: 'esco',
  labels: [{ text, language, type: 'preferred' }],
});

const referential = buildReferential({
  sources: [],
  concepts: [
    skill('sport-events', 'évènements sportifs'),
    skill('frisking', 'palpations de sécurité'),
    skill('protect-surfaces', 'protéger des surfaces lors de travaux de construction'),
    skill('football', 'football', 'en'),
    skill('first-aid', 'provide first aid', 'en'),
  ],
  relatedSkills: new Map(),
  equivalents: [],
});

const scoreOf = (text: string, id: string, language: 'fr' | 'en' = 'fr'): number =>
  Math.max(0, ...spotSkillLabels(text, referential, language).filter((spot) => referential.concepts[spot.concept]!.id === id).map((spot) => spot.score));

describe('the occasion of the work ("lors de", "pendant", "during")', () => {
  it('is no skill when a label is read only there', () => {
    const occasion = scoreOf("Palpations de sécurité lors d'événements sportifs", 'sport-events');
    expect(occasion).toBeGreaterThan(0);
    expect(occasion).toBeLessThan(0.75 * scoreOf('Palpations de sécurité et événements sportifs', 'sport-events') + 1e-9);
    expect(scoreOf('Secourisme pendant les événements sportifs', 'sport-events')).toBeLessThan(0.75);
    expect(scoreOf('First aid cover during football matches', 'football', 'en')).toBeLessThan(0.75 * scoreOf('First aid cover and football matches', 'football', 'en') + 1e-9);
  });

  it('leaves the work itself read as before', () => {
    expect(scoreOf("Palpations de sécurité lors d'événements sportifs", 'frisking')).toBe(scoreOf('Palpations de sécurité', 'frisking'));
    expect(scoreOf('Provide first aid during football matches', 'first-aid', 'en')).toBeGreaterThan(0.9);
  });

  it('leaves a label that says the occasion itself whole', () => {
    expect(scoreOf('Protéger des surfaces lors de travaux de construction', 'protect-surfaces')).toBeGreaterThan(0.95);
  });

  it('reads a phrase that is only the occasion as it is', () => {
    // Nothing before the marker: the phrase names the events themselves.
    expect(scoreOf('Événements sportifs', 'sport-events')).toBeGreaterThan(0.95);
  });
});
