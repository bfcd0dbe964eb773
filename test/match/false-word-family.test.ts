import { describe, expect, it } from 'vitest';
import { isFalseWordFamily } from '../../lib/match/false-word-family';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { buildReferential, type ConceptDraft } from '../../lib/taxonomy/referential';

const knowledge = (id: string, text: string): ConceptDraft => ({
  id,
  kind: 'skill',
  scheme: 'esco',
  labels: [{ text, language: 'fr', type: 'preferred' }],
});

const referential = buildReferential({
  sources: [],
  concepts: [
    knowledge('graphite', 'graphite'),
    knowledge('graphic-design', 'graphisme'),
    knowledge('electricity', 'électricité'),
    knowledge('maintain-equipment', 'entretenir des équipements'),
    knowledge('active-listening', 'écouter activement'),
    knowledge('lead-team', 'encadrement d’équipe'),
  ],
  relatedSkills: new Map(),
  equivalents: [],
});

const spotted = (text: string): string[] => spotSkillLabels(text, referential, 'fr').map((spot) => referential.concepts[spot.concept]!.id);

describe('words the stemmer joins by "-iste" and "-ite", or by "-ement"', () => {
  it('does not read a graphic designer as the mineral', () => {
    expect(spotted('Graphiste')).not.toContain('graphite');
    expect(spotted('Graphistes')).not.toContain('graphite');
    // The craft of the "-iste" is still read.
    expect(spotted('Graphiste')).toContain('graphic-design');
  });

  it('still reads the label written as it is, and other word families', () => {
    expect(spotted('Graphite')).toContain('graphite');
    expect(spotted('Électricien')).toContain('electricity');
  });

  it('does not read a team as equipment, and reads the other "-ement" words of one family', () => {
    expect(spotted("Entretien de l'équipe")).not.toContain('maintain-equipment');
    expect(spotted('Entretien des équipements')).toContain('maintain-equipment');
    expect(spotted('Écoute active')).toContain('active-listening');
    expect(spotted('A encadré une équipe de 4 personnes')).toContain('lead-team');
  });

  it('tells the agent or craft ending from the other noun', () => {
    expect(isFalseWordFamily('graphiste', 'graphite')).toBe(true);
    expect(isFalseWordFamily('bronchite', 'bronchisme')).toBe(true);
    expect(isFalseWordFamily('graphiste', 'graphisme')).toBe(false);
    expect(isFalseWordFamily('electricien', 'electricite')).toBe(false);
    expect(isFalseWordFamily('equipes', 'equipement')).toBe(true);
    expect(isFalseWordFamily('active', 'activement')).toBe(false);
  });
});
