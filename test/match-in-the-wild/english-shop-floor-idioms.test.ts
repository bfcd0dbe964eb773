// British CVs of shop, café and cleaning jobs say their skills in idioms: "Till work", "Front of
// house", "Deep cleaning", "Food hygiene level 2". "Cash handling", "Stock rotation" and "Meet and
// greet" linked; these did not.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, linkCv, SKILL, suggestionOf } from './cv-text';

const CASH_REGISTER = `${SKILL}0cb013af-6dd9-4fb2-b34e-63dda1a5cf82`;
const WELCOME_RESTAURANT_GUESTS = `${SKILL}99b95aca-221d-415c-9de5-564e1a273701`;
const CLEAN_ROOMS = `${SKILL}7bb01a18-4637-4535-ba18-258f48f705b8`;
const FOOD_SAFETY_AND_HYGIENE = `${SKILL}0ff99f51-40d9-42f1-a1ec-377b2bb5e15f`;
const STOCK_ROTATION = `${SKILL}ca55d9dd-f177-45b6-a2ee-1a4695044b76`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe('everyday English idioms of shop, café and cleaning work', () => {
  it.each([
    ['Till work', CASH_REGISTER],
    ['Front of house', WELCOME_RESTAURANT_GUESTS],
    ['Deep cleaning', CLEAN_ROOMS],
    ['Food hygiene level 2', FOOD_SAFETY_AND_HYGIENE],
    ['Level 2 Food Hygiene certificate', FOOD_SAFETY_AND_HYGIENE],
    ['Stock rotation', STOCK_ROTATION],
  ])('"%s" in a skills list links its skill', (idiom, skill) => {
    expect(suggestionOf(linkCv(englishCv('SKILLS', [idiom]), esco).skills, skill)?.confidence ?? 0).toBeGreaterThan(0.5);
  });
});
