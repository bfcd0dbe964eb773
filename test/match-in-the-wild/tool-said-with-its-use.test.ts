// A tool is written with the word for using it: "Utilisation de l'autolaveuse", "Maniement du
// gerbeur", "Using a pallet truck". "Autolaveuse" alone links the floor-cleaning machine, but with
// "Utilisation de" before it, the tool read as one word lost among others and nothing was linked:
// the use word says the skill's own verb, not something else.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';

const FLOOR_CLEANING_MACHINE = `${SKILL}2ed98048-bf2f-47e5-a0de-fd23d6abe2f6`;
const HANDLING_EQUIPMENT = `${SKILL}7838de1e-d65e-4a3f-b60b-e2213026116f`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const cleanerCv = (bullets: string[]): string =>
  ['Sandrine Moreau', "Agent d'entretien", '06 11 22 33 54', 'EXPÉRIENCE PROFESSIONNELLE', '2017 – 2024 Agent de propreté – Onet, Rouen', '• Nettoyage des bureaux', ...bullets.map((bullet) => `• ${bullet}`)].join('\n');

describe('a tool written with the word for using it', () => {
  it.each(["Utilisation de l'autolaveuse", 'Utilisation de la monobrosse', "Utilisation de l'autolaveuse et de la monobrosse"])('"%s" in a job links the floor-cleaning machine', (bullet) => {
    expect(suggestionOf(linkCv(cleanerCv([bullet]), esco).skills, FLOOR_CLEANING_MACHINE)).toBeDefined();
  });

  it('as sure as the tool named alone', () => {
    const alone = suggestionOf(linkCv(frenchCv('COMPÉTENCES', ['Gerbeur']), esco).skills, HANDLING_EQUIPMENT);
    const used = suggestionOf(linkCv(frenchCv('COMPÉTENCES', ['Utilisation du gerbeur']), esco).skills, HANDLING_EQUIPMENT);
    expect(alone).toBeDefined();
    expect(used?.confidence ?? 0).toBeGreaterThanOrEqual(alone!.confidence - 0.05);
  });

  it('a tool word among other words still counts as one word of many', () => {
    const linked = suggestionOf(linkCv(cleanerCv(['Nettoyage des bureaux du client avec une autolaveuse louée']), esco).skills, FLOOR_CLEANING_MACHINE);
    const used = suggestionOf(linkCv(cleanerCv(["Utilisation de l'autolaveuse"]), esco).skills, FLOOR_CLEANING_MACHINE);
    expect(used).toBeDefined();
    expect(linked?.confidence ?? 0).toBeLessThan(used!.confidence);
  });
});
