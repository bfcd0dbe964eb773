// English builds compounds from two nouns without a hyphen: "site reliability", "data integrity",
// "energy efficient", "reliability engineering". The quality word there is a thing's, not the
// person's: "Site Reliability Engineer" is a job in IT, not someone who acts reliably. The same word
// said of the person ("Reliable", "Proven reliability", "Honesty and integrity") is still a quality.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, linkCv, SKILL } from './cv-text';

const ACT_RELIABLY = `${SKILL}25e16679-a7d0-464d-916c-63210001bbab`;
const WORK_EFFICIENTLY = `${SKILL}7a93e22f-54d8-4bf0-9213-d711f6601b49`;
const ETHICAL_CODE = `${SKILL}b2f925ed-3ebd-4f78-b98e-d5d4678e83b5`;
const ADAPT_TO_CHANGE = `${SKILL}49de9958-2aa4-4eef-a89d-fe5d5bcd28c4`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const qualities = (text: string): string[] => linkCv(text, esco).softSkills.map((quality) => quality.id);

describe('a quality word inside an English compound is no quality of the person', () => {
  it('"Site Reliability Engineer" as headline, job and skill gives no "act reliably"', () => {
    const cv = [
      'Tom Walker',
      'Site Reliability Engineer',
      '07700 900123',
      'tom.walker@example.co.uk',
      'PROFILE',
      'Site reliability engineer with 6 years in cloud operations.',
      'WORK EXPERIENCE',
      '2020 – 2024 Site Reliability Engineer – Acme Ltd, Leeds',
      '• Improved site reliability and on-call processes',
      'SKILLS',
      'Site reliability, Kubernetes, Linux, Python',
      'Reliability engineering',
    ].join('\n');
    expect(qualities(cv)).not.toContain(ACT_RELIABLY);
  });

  it.each([
    ['Energy efficient driving', WORK_EFFICIENTLY],
    ['Fuel efficiency monitoring', WORK_EFFICIENTLY],
    ['Data integrity checks', ETHICAL_CODE],
    ['Network flexibility', ADAPT_TO_CHANGE],
  ])('"%s" is about a thing, not the person', (line, quality) => {
    expect(qualities(englishCv('SKILLS', [line]))).not.toContain(quality);
  });

  it('the summary\'s "focused on site reliability and data integrity" states no quality', () => {
    const cv = englishCv('PROFILE', ['Engineer focused on site reliability and data integrity.']);
    expect(qualities(cv)).not.toContain(ACT_RELIABLY);
    expect(qualities(cv)).not.toContain(ETHICAL_CODE);
  });
});

describe('the same words said of the person stay qualities', () => {
  it.each([
    ['Reliability', ACT_RELIABLY],
    ['Proven reliability', ACT_RELIABLY],
    ['Highly reliable', ACT_RELIABLY],
    ['Reliable and punctual', ACT_RELIABLY],
    ['Honesty and integrity', ETHICAL_CODE],
    ['Flexibility', ADAPT_TO_CHANGE],
    ['Efficient', WORK_EFFICIENTLY],
  ])('"%s" in a key strengths list', (line, quality) => {
    expect(qualities(englishCv('KEY STRENGTHS', [line]))).toContain(quality);
  });

  it('"Reliable and hard-working care assistant with great flexibility" in the summary', () => {
    const ids = qualities(englishCv('PROFILE', ['Reliable and hard-working care assistant with great flexibility.']));
    expect(ids).toEqual(expect.arrayContaining([ACT_RELIABLY, ADAPT_TO_CHANGE]));
  });

  it('a French CV keeps "Fiabilité" and "Flexibilité horaire"', () => {
    const cv = ['Karim Benali', 'Préparateur de commandes', '06 12 34 56 78', 'EXPÉRIENCE PROFESSIONNELLE', '2020 – 2024 Préparateur de commandes – Société Martin, Lyon', 'QUALITÉS', 'Fiabilité', 'Grande flexibilité'].join('\n');
    expect(qualities(cv)).toContain(ACT_RELIABLY);
  });
});
