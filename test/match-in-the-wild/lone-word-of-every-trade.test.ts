// A lone word every trade writes was one trade's skill: a mechanic's "Maintenance" was maintaining
// electrical equipment, a software tester's "Documentation" the care records, a care home's
// "Changes" (of adults' incontinence pads) children's basic needs.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const MAINTAIN_ELECTRICAL_EQUIPMENT = `${SKILL}386774ac-fe5b-431a-b485-9aec0bf5c09e`;
const HEALTHCARE_DOCUMENTATION = `${SKILL}9a7cc3c2-b529-44a4-ab8e-f04fc91362e2`;
const CHILDREN_BASIC_NEEDS = `${SKILL}beb952e4-8a9c-47af-8a60-c6eb5c5f25bc`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('a lone word of every trade', () => {
  it('a vehicle technician\'s "Maintenance" is no electrical equipment', () => {
    const cv = ['Rob Mills', 'Vehicle technician', '07700 900808', 'rob.mills@example.co.uk', 'WORK EXPERIENCE', '2018 – 2024 Vehicle technician – Kwik Fit, Leeds', '• Servicing cars and vans', 'SKILLS', 'Maintenance', 'Diagnostics'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, MAINTAIN_ELECTRICAL_EQUIPMENT)).toBeUndefined();
  });

  it('an electrician\'s planned and reactive maintenance still is', () => {
    const cv = ['Lee Carter', 'Maintenance electrician', '07700 900809', 'lee.carter@example.co.uk', 'WORK EXPERIENCE', '2018 – 2024 Maintenance electrician – Siemens, Leeds', '• Planned maintenance of distribution boards and lighting', 'SKILLS', 'Reactive maintenance'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, MAINTAIN_ELECTRICAL_EQUIPMENT)).toBeDefined();
  });

  it('a software tester\'s "Documentation" is no care record', () => {
    const cv = ['Priya Shah', 'Software tester', '07700 900810', 'priya.shah@example.co.uk', 'WORK EXPERIENCE', '2019 – 2024 Software tester – Sage, Newcastle', '• Writing test documentation', 'SKILLS', 'Documentation'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, HEALTHCARE_DOCUMENTATION)).toBeUndefined();
  });

  it('a care home\'s "changes" are no childcare', () => {
    const cv = ['Nadia Benali', 'Aide-soignante', '06 44 55 66 77', 'nadia.benali@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Aide-soignante – EHPAD Les Lilas, Lyon', '• Toilettes, changes, aide aux repas', '• Changes'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, CHILDREN_BASIC_NEEDS)).toBeUndefined();
  });
});
