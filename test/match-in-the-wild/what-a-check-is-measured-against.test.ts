// "Checked deliveries against purchase orders": the orders are what the deliveries are checked
// against, not something the person issued. A stock-room CV read "issue purchase orders" there; a
// buyer's "Raised purchase orders" still reads it. Likewise a care worker's bare "Safeguarding"
// was read as the safeguarding of children, and "Allocated staff to meet targets" as sales targets.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';

const ISSUE_PURCHASE_ORDERS = `${SKILL}73225018-7139-433b-bdba-2b90774761d9`;
const RECEIVE_GOODS = `${SKILL}2cae39d6-78c2-4ce3-bee8-628504371463`;
const SAFEGUARDING_CHILDREN = `${SKILL}995ad47c-bfc5-45fd-91ec-35cad3f7d368`;
const SAFEGUARDING_INDIVIDUALS = `${SKILL}c44fb412-b830-425e-9371-5451780fa973`;
const SALES_TARGETS = `${SKILL}c09bf6d4-f8a7-40f3-aead-ef01643f2352`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('what a check is measured against is not the work', () => {
  it('deliveries checked against purchase orders are received goods, not orders issued', () => {
    const { skills } = linkCv(englishCv('KEY SKILLS', ['Checked deliveries against purchase orders', 'Allocated staff to meet targets']), esco);
    expect(suggestionOf(skills, ISSUE_PURCHASE_ORDERS)).toBeUndefined();
    expect(suggestionOf(skills, RECEIVE_GOODS)).toBeDefined();
    expect(suggestionOf(skills, SALES_TARGETS)).toBeUndefined();
  });

  it('a buyer who raised purchase orders still issued them', () => {
    const { skills } = linkCv(englishCv('KEY SKILLS', ['Raised purchase orders with suppliers']), esco);
    expect(suggestionOf(skills, ISSUE_PURCHASE_ORDERS)).toBeDefined();
  });

  it('the same in French: "par rapport aux bons de commande"', () => {
    const { skills } = linkCv(frenchCv('COMPÉTENCES', ['Contrôle des livraisons par rapport aux bons de commande']), esco);
    expect(suggestionOf(skills, ISSUE_PURCHASE_ORDERS)).toBeUndefined();
  });

  it('a carer\'s bare "Safeguarding" is the safeguarding of the people cared for, not of children', () => {
    const cv = ['Grace Okafor', 'Senior Care Assistant', '07911 123456', 'grace.okafor@hotmail.co.uk', 'SKILLS', 'Personal care', 'Safeguarding', 'Dementia care', 'EXPERIENCE', 'Senior Care Assistant', 'Bupa – Greenfield Care Home, Edgbaston | Jun 2021 – Present', '• Administered medication and completed MAR charts'].join('\n');
    const { skills } = linkCv(cv, esco);
    expect(suggestionOf(skills, SAFEGUARDING_CHILDREN)).toBeUndefined();
    expect(suggestionOf(skills, SAFEGUARDING_INDIVIDUALS)).toBeDefined();
  });
});
