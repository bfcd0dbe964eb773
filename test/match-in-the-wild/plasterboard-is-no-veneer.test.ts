// "Plaquiste" (who lays plasterboard, "plaques de plâtre") was stemmed like "placage" (wood
// veneer): the plasterer came first, but his alternatives on the review screen were the veneer
// grader and the veneer slicer. The one who works a thing (-iste) keeps the thing's own stem.
import { beforeAll, describe, expect, it } from 'vitest';
import { labelKeys } from '../../lib/taxonomy/label-words';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION } from './cv-text';

const PLASTERER = `${OCCUPATION}f4a22809-c00c-4dd0-8b09-c7251f8dcd1c`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('a plaquiste is no veneer worker', () => {
  it('"Plaquiste" and "placage" have their own keys', () => {
    expect(labelKeys('Plaquiste', 'fr')).not.toEqual(labelKeys('placage', 'fr'));
    expect(labelKeys('Plaquistes', 'fr')).toEqual(labelKeys('plaquiste', 'fr'));
  });

  it('a plaquiste\'s CV reads as the plasterer, with no veneer trade beside it', () => {
    const cv = ['Julien Moreau', 'Plaquiste', '06 45 78 12 90', 'julien.moreau@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2018 – 2024 Plaquiste – Entreprise Durand Bâtiment, Nantes', '• Pose de plaques de plâtre et de cloisons sur ossature métallique', '• Réalisation des bandes et joints', '• Isolation thermique et phonique des combles'].join('\n');
    const { occupations, skills } = linkCv(cv, esco);
    expect(occupations[0]?.id).toBe(PLASTERER);
    const offered = occupations.flatMap((occupation) => [occupation.label, ...(occupation.alternatives ?? []).map((alternative) => alternative.label)]);
    expect(offered.filter((label) => /placage/i.test(label))).toEqual([]);
    expect(skills.filter((skill) => /placage/i.test(skill.label))).toEqual([]);
  });
});
