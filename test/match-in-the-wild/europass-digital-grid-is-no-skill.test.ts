// Europass's digital competence grid, written out: "Traitement de l'information : utilisateur
// élémentaire – Communication : utilisateur indépendant – Création de contenu : …" rates computer
// use on a fixed scale. Read as skills it gave "structurer l'information" and "effectuer un travail
// de rédaction" to a bus driver.
import { beforeAll, describe, expect, it } from 'vitest';
import { isDigitalGridLine } from '../../lib/match/europass-grid-line';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const STRUCTURE_INFORMATION = `${SKILL}cc9b4fbb-65f1-4c92-9229-1392d03b6e20`;
const WRITING = `${SKILL}ce592b28-4467-4908-b2e6-64bbe18da631`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe("Europass's digital grid is no skill", () => {
  it('knows the grid written out, in French and in English, and not a skill line', () => {
    expect(isDigitalGridLine("Traitement de l'information : utilisateur élémentaire – Communication : utilisateur indépendant")).toBe(true);
    expect(isDigitalGridLine('Information processing: Independent user · Content creation: Basic user')).toBe(true);
    expect(isDigitalGridLine('Création de contenu pour les réseaux sociaux, utilisateur avancé de Canva')).toBe(false);
  });

  it('gives no skill from the grid', () => {
    const cv = ['Moussa Diallo', 'Conducteur de bus', '06 55 66 77 88', 'moussa.diallo@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2017 – 2024 Conducteur de bus – RATP, Vitry-sur-Seine', '• Conduite de bus standards et articulés', 'COMPÉTENCES NUMÉRIQUES', "Traitement de l'information : utilisateur élémentaire – Communication : utilisateur indépendant – Création de contenu : utilisateur élémentaire"].join('\n');
    const { skills } = linkCv(cv, esco);
    expect(suggestionOf(skills, STRUCTURE_INFORMATION)).toBeUndefined();
    expect(suggestionOf(skills, WRITING)).toBeUndefined();
  });
});
