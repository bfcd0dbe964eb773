import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

const LOW_VOLTAGE_WIRING = 'http://data.europa.eu/esco/skill/fd60bbcc-c3b6-4fa5-936c-eef5ae0a2d44';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

describe('"first fix" and "second fix" are stages of every building trade', () => {
  const wiring = (lines: string[]) => linkSkills(profile('en', { sections: [['skills', lines]] }), esco).find((skill) => skill.id === LOW_VOLTAGE_WIRING);

  it("are no electrician's wiring in a plumber's CV", () => {
    expect(wiring(['Bathroom and kitchen installations from first fix to second fix: baths, showers, basins, WCs and sinks'])).toBeUndefined();
    expect(wiring(['Second fix carpentry'])).toBeUndefined();
  });

  it("are wiring when the CV says they are the electrics", () => {
    expect(wiring(['First and second fix electrics'])).toBeDefined();
    expect(wiring(['Second fix wiring on new-build housing'])).toBeDefined();
  });
});
