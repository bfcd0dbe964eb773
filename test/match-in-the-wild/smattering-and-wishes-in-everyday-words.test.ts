// A short course or a wish is not a skill held: "Initiation à la soudure à l'arc", "Sensibilisation
// à l'hygiène alimentaire", "J'aimerais apprendre…", "Awareness of manual handling", "Limited
// experience of cash handling". detect-hedging knew "notions", "bases", "familiar with" and a few
// plans, so these showed as sure as a skill practised. A course the person gives ("Animation
// d'ateliers d'initiation à Excel", "Sensibilisation des habitants au tri") is no smattering of theirs.
import { beforeAll, describe, expect, it } from 'vitest';
import { detectHedging } from '../../lib/match/detect-hedging';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';


let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

/** The confidence of the skill the plain line gives, plain and hedged. */
function plainAndHedged(make: (line: string) => string, hedged: string, plain: string): { plain: number; hedged: number; label: string } {
  const none = new Set(linkCv(make('x'), esco).skills.map((skill) => skill.id));
  const [skill] = linkCv(make(plain), esco).skills.filter((suggestion) => !none.has(suggestion.id));
  expect(skill, plain).toBeDefined();
  return { plain: skill!.confidence, hedged: suggestionOf(linkCv(make(hedged), esco).skills, skill!.id)?.confidence ?? 0, label: skill!.label };
}

const french = (line: string): string => frenchCv('COMPÉTENCES', [line]);
const english = (line: string): string => englishCv('SKILLS', [line]);

describe('a smattering said in everyday words is lowered like "notions"', () => {
  it.each([
    ["Initiation à la soudure à l'arc", "Soudure à l'arc"],
    ['Sensibilisation à l\'hygiène alimentaire (HACCP)', 'Hygiène alimentaire (HACCP)'],
    ['Sensibilisation au tri des déchets', 'Tri des déchets'],
    ['Petite expérience en service en salle', 'Service en salle'],
  ])('French: "%s"', (hedged, plain) => {
    const found = plainAndHedged(french, hedged, plain);
    expect(found.hedged, found.label).toBeLessThanOrEqual(Math.round(found.plain * 0.85 * 100) / 100 + 0.01);
  });

  it.each([
    ['Awareness of manual handling', 'Manual handling'],
    ['Exposure to stock control', 'Stock control'],
    ['Limited experience of cash handling', 'Cash handling'],
  ])('English: "%s"', (hedged, plain) => {
    const found = plainAndHedged(english, hedged, plain);
    expect(found.hedged, found.label).toBeLessThanOrEqual(Math.round(found.plain * 0.85 * 100) / 100 + 0.01);
  });
});

describe('a wish to learn is a plan', () => {
  it.each([["J'aimerais apprendre la soudure à l'arc", "Soudure à l'arc"], ["Envie d'apprendre la soudure à l'arc", "Soudure à l'arc"]])('French: "%s"', (hedged, plain) => {
    const found = plainAndHedged(french, hedged, plain);
    expect(found.hedged, found.label).toBeLessThan(found.plain * 0.75);
  });

  it.each([['I would love to learn forklift driving', 'Forklift driving'], ['Interested in learning forklift driving', 'Forklift driving']])('English: "%s"', (hedged, plain) => {
    const found = plainAndHedged(english, hedged, plain);
    expect(found.hedged, found.label).toBeLessThan(found.plain * 0.75);
  });
});

describe('already handled, kept so', () => {
  it.each([
    ['Notions en comptabilité générale', 'basic'],
    ['Bases en Excel', 'basic'],
    ['Familiar with Microsoft Excel', 'basic'],
    ["Soudure à l'arc en cours d'apprentissage", 'future'],
    ['Formation prévue : CACES R489', 'future'],
    ['Je souhaite apprendre la pâtisserie', 'future'],
    ['Would like to learn forklift driving', 'future'],
  ])('"%s" is hedged (%s)', (phrase, kind) => {
    expect(detectHedging(phrase)?.kind).toBe(kind);
  });
});

describe('a course the person gives, or a word of another sense, is no smattering', () => {
  it.each([
    "Animation d'ateliers d'initiation à l'informatique",
    'Sensibilisation des habitants au tri des déchets',
    'Sensibilisation du personnel aux règles d\'hygiène',
    'Raising awareness of recycling among residents',
    "Prise d'initiative",
    'Introduction of a new stock control system',
  ])('"%s" is not hedged', (phrase) => {
    expect(detectHedging(phrase)).toBeUndefined();
  });
});

describe('"awareness" as the skill\'s own word', () => {
  it('"Spatial awareness" inside the skill it names is no smattering of it', () => {
    expect(detectHedging('Spatial awareness', { start: 0, end: 17 })).toBeUndefined();
  });
});
