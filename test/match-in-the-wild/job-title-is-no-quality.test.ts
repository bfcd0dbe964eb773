// The headline under the name is the job: "Creative Director", "Team Leader". The savoir-être
// reader reads the header (some CVs put "Rigoureuse, autonome" under the name), so a quality word
// of the job's name became a quality the person states ("think creatively" from "Creative
// Director"). Qualities under the name, and beside the job in the headline ("Vendeuse rigoureuse
// et motivée"), are still read.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL } from './cv-text';

const THINK_CREATIVELY = `${SKILL}c624c6a3-b0ba-4a31-a296-0d433fe47e41`;
const LEAD_OTHERS = `${SKILL}75d8e5d9-bef3-418b-9011-01bff9f27207`;
const WORK_INDEPENDENTLY = `${SKILL}c29aa9d2-4da8-4bdd-831c-8d4a2fb51730`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const qualities = (lines: string[]): string[] => linkCv(lines.join('\n'), esco).softSkills.map((quality) => quality.id);

describe('the job title under the name states no quality', () => {
  it.each([
    ['Creative Director', THINK_CREATIVELY, ['WORK EXPERIENCE', '2020 – 2024 Creative Director – Acme Ltd, Leeds', '• Art direction of print campaigns']],
    ['Team Leader', LEAD_OTHERS, ['WORK EXPERIENCE', '2020 – 2024 Team Leader – Acme Ltd, Leeds', '• Supervised 10 pickers']],
  ])('"%s"', (title, quality, rest) => {
    expect(qualities(['Sam Martin', title, '07700 900123', ...rest])).not.toContain(quality);
  });
});

describe('qualities under the name are still read', () => {
  it('"Rigoureuse et autonome" under the job title', () => {
    const ids = qualities(['Nadia Benali', 'Préparatrice de commandes', 'Rigoureuse et autonome', '06 12 34 56 78', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Préparatrice de commandes – Entrepôt Leroy, Lesquin']);
    expect(ids).toContain(WORK_INDEPENDENTLY);
  });

  it('"Vendeuse rigoureuse et motivée": the quality beside the job in the headline', () => {
    const ids = qualities(['Nadia Benali', 'Vendeuse rigoureuse et motivée', '06 12 34 56 78', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Vendeuse – Kiabi, Lille']);
    expect(ids).toContain(`${SKILL}83e6510b-ffeb-4aec-959c-4265fd0ff7b7`);
  });

  it('"Creative and reliable" in the summary of a creative director', () => {
    const ids = qualities(['Sam Martin', 'Creative Director', '07700 900123', 'PROFILE', 'Creative and reliable art director with 10 years in advertising.', 'WORK EXPERIENCE', '2020 – 2024 Creative Director – Acme Ltd, Leeds']);
    expect(ids).toContain(THINK_CREATIVELY);
  });
});
