// "Care worker" and "Care assistant" are exactly the names of care occupations, and one word short
// of "animal care worker" and "animal care assistant": the animal trades ranked second and third,
// above the care occupations the title means. Beside an exact reading of the title, an occupation
// of another family (ISCO sub-major group) comes after the title's own family.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION } from './cv-text';

const ANIMAL_CARE_ATTENDANT = `${OCCUPATION}0b14d5d7-1bbe-4403-b9e6-7b0f37fc44fc`;
const ANIMAL_HANDLER = `${OCCUPATION}1ee1b792-4d5f-4555-be4e-ce7e4c05d1a9`;
const ZOOKEEPER = `${OCCUPATION}f7066fc0-5f2f-43a9-bd35-a99e6119490d`;
const HOME_CARE_AIDE = `${OCCUPATION}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`;
const RESIDENTIAL_CARE_HOME_WORKER = `${OCCUPATION}81309031-dad2-4a7a-bde6-7f6e518f89ff`;
const PET_SITTER = `${OCCUPATION}84cdc2ef-ee7c-42b1-be19-5e1c6b537f8f`;
const ANIMAL_TRADES = [ANIMAL_CARE_ATTENDANT, ANIMAL_HANDLER, ZOOKEEPER, PET_SITTER];

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const careCv = (title: string): string =>
  ['Aisha Khan', title, '07700 900202', 'WORK EXPERIENCE', `2018 – 2024 ${title} – Sunrise Care Home, Bristol`, '• Helping residents with washing and dressing', '• Giving out medication', '• Writing care notes'].join('\n');
const rankOf = (ids: string[], id: string): number => (ids.includes(id) ? ids.indexOf(id) : ids.length);

describe('a care title that is also an animal trade, one word short', () => {
  it.each([
    ['Care worker', RESIDENTIAL_CARE_HOME_WORKER],
    ['Care Assistant', HOME_CARE_AIDE],
    // "Carer" alone is a label of the home care aide, and one word short of "animal carer", "pet carer".
    ['Carer', HOME_CARE_AIDE],
  ])('"%s": the care occupations come before the animal ones', (title, care) => {
    const ids = linkCv(careCv(title), esco).occupations.map((occupation) => occupation.id);
    expect(ids).toContain(care);
    for (const animal of ANIMAL_TRADES) expect(rankOf(ids, animal)).toBeGreaterThan(rankOf(ids, care));
    // Never the second reading.
    expect(ANIMAL_TRADES).not.toContain(ids[1]);
  });
});

describe('a beautician is no car valeter', () => {
  // "esthéticienne" and "esthétique" share a stem: the car valeter's French title "Préparateur
  // esthétique" made every beautician's CV offer the vehicle cleaner as a second occupation.
  const VEHICLE_CLEANER = `${OCCUPATION}7cb71c5f-c310-481c-b46b-d0044328758c`;
  const BEAUTICIAN = `${OCCUPATION}a1e1a788-2352-4172-8fcf-1f985a6968b0`;
  it('offers only the beautician to an esthéticienne, and the valeter still to his own title', () => {
    const cv = ['Camille Roussel', 'Esthéticienne diplômée', '06 11 22 33 44', 'EXPÉRIENCE', '2020 – 2024 Esthéticienne, Institut Yves Rocher, Bordeaux', '- Soins du visage et du corps, modelages relaxants', '- Épilation à la cire'].join('\n');
    const ids = linkCv(cv, esco).occupations.map((occupation) => occupation.id);
    expect(ids[0]).toBe(BEAUTICIAN);
    expect(ids).not.toContain(VEHICLE_CLEANER);
    const valeter = ['Kevin Martin', 'Préparateur esthétique automobile', '06 12 12 12 12', 'EXPÉRIENCE', '2019 – 2024 Préparateur esthétique automobile, Carglass, Lyon', '- Lavage et lustrage des véhicules'].join('\n');
    expect(linkCv(valeter, esco).occupations[0]?.id).toBe(VEHICLE_CLEANER);
  });
});
