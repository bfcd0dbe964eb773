// Two tasks joined by "et" / "and" with no word in common ("Coloration et mèches", "Vente et
// encaissement", "Cleaning and ironing") linked nothing: the coordination was read only when its
// items shared a head ("Préparation des burgers et frites") or a complement ("Chargement et
// déchargement des camions"), and the whole, longer than any label, matched each skill too loosely.
import { beforeAll, describe, expect, it } from 'vitest';
import { distributeCoordination } from '../../lib/match/cv-phrases';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';

const DYE_HAIR = `${SKILL}dbc20527-0852-4dde-a2e9-d25d8356115f`;
const SHAMPOO = `${SKILL}5fce4ae7-bbd6-4d91-9fd9-d7d6b0e6c3da`;
const STYLE_HAIR = `${SKILL}0b6c4174-a862-480d-8d55-44f7cf7ac365`;
const PROCESS_PAYMENTS = `${SKILL}798d60b0-b089-4035-94b2-a26386aa7d5a`;
const IRON_TEXTILES = `${SKILL}562b1180-83e7-4041-8468-2f28d03b7893`;
const WORK_ERGONOMICALLY = `${SKILL}156f8c5b-894a-4ccc-a70e-37a2726f3f00`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const hairdresserCv = (bullet: string): string =>
  ['Léa Martin', 'Coiffeuse', '06 12 34 56 78', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Coiffeuse – Salon Passion Coiffure, Nantes', `• ${bullet}`].join('\n');
const confidence = (cv: string, skill: string): number => suggestionOf(linkCv(cv, esco).skills, skill)?.confidence ?? 0;

describe('tasks joined by "et" without a shared word', () => {
  it.each([
    ['Coloration et mèches', DYE_HAIR],
    ['Shampoing et brushing', SHAMPOO],
    ['Shampoing et brushing', STYLE_HAIR],
  ])('"%s" on a hairdresser\'s CV says each task', (bullet, skill) => {
    expect(confidence(hairdresserCv(bullet), skill)).toBeGreaterThan(0.5);
  });

  it('in a skills section, French and English', () => {
    expect(confidence(frenchCv('COMPÉTENCES', ['Vente et encaissement']), PROCESS_PAYMENTS)).toBeGreaterThan(0.5);
    expect(confidence(englishCv('SKILLS', ['Cleaning and ironing']), IRON_TEXTILES)).toBeGreaterThan(0.5);
    // A hairdresser's British words: ESCO says "hair coloring".
    expect(confidence(englishCv('SKILLS', ['Colouring and highlights']), DYE_HAIR)).toBeGreaterThan(0.5);
  });

  it('reads each item alone, but not an adjective sharing the first item\'s noun', () => {
    expect(distributeCoordination('Coloration et mèches')).toEqual(['Coloration', 'mèches']);
    expect(distributeCoordination('Shampoing, coupe et brushing')).toEqual(['Shampoing', 'coupe', 'brushing']);
    expect(distributeCoordination('Accueil physique et téléphonique')).toEqual([]);
    expect(distributeCoordination('Excel, Word, SAP')).toEqual([]);
  });

  it('leaves qualities, adjectives and names to be read as written', () => {
    // "organisation" alone read as time management; qualities go to the savoir-être reader.
    expect(distributeCoordination('Rapidité et organisation')).toEqual([]);
    expect(distributeCoordination('Douceur et patience')).toEqual([]);
    expect(distributeCoordination('Sérieux et motivé')).toEqual([]);
    expect(distributeCoordination('Word et Excel')).toEqual([]);
    expect(distributeCoordination('CACES 1 et 3')).toEqual([]);
  });

  it('reads a set phrase whole: "Gestes et postures" is the manual-handling training, not two tasks', () => {
    const { skills } = linkCv(frenchCv('COMPÉTENCES', ['Gestes et postures', 'Tri des déchets']), esco);
    expect(suggestionOf(skills, WORK_ERGONOMICALLY)?.confidence ?? 0).toBeGreaterThan(0.5);
    // "postures" alone was pregnancy.
    expect(skills.filter((skill) => skill.evidence.text === 'Gestes et postures').map((skill) => skill.id)).toEqual([WORK_ERGONOMICALLY]);
  });
});
