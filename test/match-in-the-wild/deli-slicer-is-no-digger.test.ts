// "Trancheuse" is the ham slicer of a deli counter as often as the trencher of a building site.
// Said alone it was read as driving an excavator, also in a deli CV; the slicer linked nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const EXCAVATION_EQUIPMENT = `${SKILL}4e6bf27c-e5eb-4653-80cf-63295f731cb1`;
const CUTTING_EQUIPMENT = `${SKILL}0d8223a2-8a72-4895-aa40-db84c7c64335`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const deliCv = (lines: string[]): string =>
  ['Marie Lefort', 'Vendeuse en charcuterie', '06 11 22 33 60', 'EXPÉRIENCE PROFESSIONNELLE', '2018 – 2024 Vendeuse en charcuterie – Leclerc, Caen', '• Service et conseil au rayon traditionnel', 'COMPÉTENCES', ...lines].join('\n');
const siteCv = (bullet: string): string =>
  ['Marc Olivier', "Conducteur d'engins", '06 11 22 33 61', 'EXPÉRIENCE PROFESSIONNELLE', "2018 – 2024 Conducteur d'engins – Colas, Metz", `• ${bullet}`].join('\n');

describe('a slicer at the deli counter', () => {
  it('"Trancheuse" in a deli CV is no excavator', () => {
    expect(suggestionOf(linkCv(deliCv(['Trancheuse']), esco).skills, EXCAVATION_EQUIPMENT)).toBeUndefined();
  });

  it.each(['Trancheuse à jambon', 'Tranchage de la charcuterie'])('"%s" links the cutting equipment', (line) => {
    expect(suggestionOf(linkCv(deliCv([line]), esco).skills, CUTTING_EQUIPMENT)?.confidence ?? 0).toBeGreaterThan(0.5);
  });

  it('the trencher driven on a site is still an excavator', () => {
    expect(suggestionOf(linkCv(siteCv('Conduite de trancheuse'), esco).skills, EXCAVATION_EQUIPMENT)).toBeDefined();
  });
});
