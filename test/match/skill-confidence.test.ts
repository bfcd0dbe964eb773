import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { skillConfidence, type ConceptEvidence, type SkillMention } from '../../lib/match/skill-confidence';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { SectionKind } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

function mention(options: { score?: number; section?: SectionKind; words?: number; positions?: number; hedging?: number } = {}): SkillMention {
  const positions = Array.from({ length: options.positions ?? 3 }, (_, index) => index);
  return {
    spot: { concept: 0, label: 0, score: options.score ?? 0.95, positions, fromContext: 0, start: 0, end: 10 },
    alternatives: [],
    phrase: 'Gestion des stocks',
    phraseWords: options.words ?? 3,
    line: { text: 'Gestion des stocks', page: 1 },
    section: options.section ?? 'skills',
    sectionWeight: options.section === 'experience' ? 0.9 : 1,
    hedging: options.hedging ?? 1,
    related: false,
  };
}

const plain: ConceptEvidence = { support: 0, knowledge: false, transversal: false };

describe('skillConfidence, the likelihood that a suggestion is kept', () => {
  it('rises when the CV says the skill again, in another section, or repeats its other label words', () => {
    const once = skillConfidence([mention()], plain);
    expect(skillConfidence([mention(), mention()], plain)).toBeGreaterThan(once);
    expect(skillConfidence([mention(), mention({ section: 'experience' })], plain)).toBeGreaterThan(skillConfidence([mention(), mention()], plain));
    expect(skillConfidence([mention()], { ...plain, support: 2 })).toBeGreaterThan(once);
  });

  it('falls for one word read as a whole skill, inside a long experience sentence, for knowledge, and under hedging', () => {
    const listed = skillConfidence([mention()], plain);
    expect(skillConfidence([mention({ positions: 1 })], plain)).toBeLessThan(listed);
    expect(skillConfidence([mention({ section: 'experience', words: 18 })], plain)).toBeLessThan(listed);
    expect(skillConfidence([mention()], { ...plain, knowledge: true })).toBeLessThan(listed);
    expect(skillConfidence([mention({ hedging: 0.6 })], plain)).toBeLessThan(listed);
  });

  it('trusts transversal skills more, and never claims certainty', () => {
    expect(skillConfidence([mention()], { ...plain, transversal: true })).toBeGreaterThan(skillConfidence([mention()], plain));
    const strongest = skillConfidence(Array.from({ length: 8 }, () => mention({ score: 1 })), { support: 5, knowledge: false, transversal: true });
    expect(strongest).toBeLessThan(1);
    expect(strongest).toBeGreaterThan(0.9);
  });
});

describe('the same word in two trades', () => {
  let esco: Referential;
  beforeAll(async () => {
    esco = await loadReferentialFromPath(ESCO_DIR);
  }, 120_000);

  const LAWN_EQUIPMENT = /espaces verts/;
  const groomer = profile('fr', {
    sections: [
      ['skills', ['Tonte', 'Coupe aux ciseaux', 'Bain et séchage des chiens']],
      ['experience', ['Toiletteuse – Salon Pattes de velours, Nantes', '• Toilettage des chiens et des chats : bain, tonte, démêlage', "• Conseils d'entretien du pelage des chiens aux propriétaires"]],
    ],
  });
  const gardener = profile('fr', {
    sections: [
      ['skills', ['Tonte', 'Taille des haies', 'Entretien des espaces verts']],
      ['experience', ['Jardinier – Ville de Nantes', '• Entretien des espaces verts de la ville : tonte, taille, désherbage', '• Plantation des massifs dans les espaces verts']],
    ],
  });

  it('"tonte" is a confident lawn-equipment skill for a gardener, a doubtful one for a dog groomer', () => {
    const lawn = (skills: ReturnType<typeof linkSkills>) => skills.find((skill) => LAWN_EQUIPMENT.test(skill.label))?.confidence ?? 0;
    const forGardener = lawn(linkSkills(gardener, esco));
    const forGroomer = lawn(linkSkills(groomer, esco));
    expect(forGardener).toBeGreaterThanOrEqual(0.85);
    // Below the 0.8 default of "Tout accepter": the counsellor decides.
    expect(forGroomer).toBeLessThan(0.8);
    expect(forGardener - forGroomer).toBeGreaterThan(0.2);
  });
});
