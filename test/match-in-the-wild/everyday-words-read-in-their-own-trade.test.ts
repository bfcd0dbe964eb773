// Everyday words of a trade read as another trade's: a kitchen porter's "Washing up" was the
// printer's "clean ink rollers" (a printing phrase "Washing up the press"), "Pot wash" and "Plonge
// batterie" gave nothing; "Employée de ménage" gave the shop worker, and "Site Reliability
// Engineer" the construction engineer.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, frenchCv, linkCv, OCCUPATION, SKILL, suggestionOf } from './cv-text';

const WASH_THE_DISHES = `${SKILL}c662be22-f17a-4ba0-894f-d720b20c44cf`;
const CLEAN_INK_ROLLERS = `${SKILL}925a3afb-e11e-4992-996b-6f55bf820ea4`;
const DOMESTIC_CLEANER = `${OCCUPATION}cbad55a4-c7cf-4ab6-9540-eac72b26729b`;
const ICT_SYSTEM_ADMINISTRATOR = `${OCCUPATION}9e2e6e1e-363b-4e1b-a673-7bc0f7343300`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe("a kitchen porter's words", () => {
  it.each(['Washing up', 'Pot wash', 'Washing up and pot wash'])('English: "%s" is washing the dishes, not cleaning ink rollers', (line) => {
    const { skills } = linkCv(englishCv('SKILLS', [line]), esco);
    expect(suggestionOf(skills, WASH_THE_DISHES)).toBeDefined();
    expect(suggestionOf(skills, CLEAN_INK_ROLLERS)).toBeUndefined();
  });

  it('French: "Plonge batterie et vaisselle" is washing the dishes', () => {
    expect(suggestionOf(linkCv(frenchCv('COMPÉTENCES', ['Plonge batterie et vaisselle']), esco).skills, WASH_THE_DISHES)).toBeDefined();
  });
});

describe('everyday job titles', () => {
  const headline = (title: string, language: 'fr' | 'en'): string | undefined => {
    const lines = language === 'fr' ? ['Sandrine Moreau', title, '06 11 22 33 54'] : ['Tom Walker', title, '07700 900123'];
    return linkCv(lines.join('\n'), esco).occupations[0]?.id;
  };

  it.each(['Employée de ménage', 'Employé de ménage'])('"%s" is the domestic cleaner', (title) => {
    expect(headline(title, 'fr')).toBe(DOMESTIC_CLEANER);
  });

  it('"Site Reliability Engineer" is the ICT system administrator, not an engineer of construction', () => {
    expect(headline('Site Reliability Engineer', 'en')).toBe(ICT_SYSTEM_ADMINISTRATOR);
  });
});

describe('one everyday word for a whole trade skill, in a skills list', () => {
  it.each([
    ['Rendu de monnaie', `${SKILL}0cb013af-6dd9-4fb2-b34e-63dda1a5cf82`],
    ['Peinture', `${SKILL}b826a56a-811d-477c-b165-271729f644a4`],
    ['Plomberie', `${SKILL}8755734c-2919-41a3-9ca6-1e3d1f169213`],
  ])('"%s"', (word, id) => {
    const cv = ['Marie Dubois', 'Employée polyvalente', '06 11 22 33 53', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Employée – Société Martin, Nantes', 'COMPÉTENCES', `${word}, ponctualité`].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, id)).toBeDefined();
  });
});
