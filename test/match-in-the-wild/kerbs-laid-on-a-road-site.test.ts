// "Pose de bordures" on a road mason's CV is laying kerbs, not masonry in gardens: our phrasing of
// hard landscaping took it, adding a garden the CV never names.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const INSTALL_KERBS = `${SKILL}bdc46a39-9da4-48bd-b1c1-172af29f045b`;
const GARDEN_MASONRY = `${SKILL}27ef6576-abf1-4825-8d9e-10f1c33dfe4f`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('kerbs laid on a road site', () => {
  it('"Pose de bordures" is installing kerbs', () => {
    const cv = ['Rui Almeida', 'Maçon VRD', '06 71 22 33 44', 'rui.almeida@gmail.com', 'COMPÉTENCES', 'Pose de bordures', 'Pose de regards et de réseaux EU/EP', 'Lecture de plans', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Maçon VRD – Eiffage Route, Nantes', '• Terrassement et réglage des fonds de forme'].join('\n');
    const { skills } = linkCv(cv, esco);
    expect(suggestionOf(skills, INSTALL_KERBS)).toBeDefined();
    expect(suggestionOf(skills, GARDEN_MASONRY)).toBeUndefined();
  });

  it('a landscaper\'s paving is still masonry in gardens', () => {
    const cv = ['Lucas Morel', 'Paysagiste', '06 71 22 33 55', 'lucas.morel@gmail.com', 'COMPÉTENCES', 'Maçonnerie paysagère', 'Pose de pavés', 'Taille des haies', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Ouvrier paysagiste – Jardins de l\'Erdre, Nantes', '• Création de massifs'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, GARDEN_MASONRY)).toBeDefined();
  });
});
