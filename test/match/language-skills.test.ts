import { beforeAll, describe, expect, it } from 'vitest';
import { languageSkills } from '../../lib/match/language-skills';
import { readDraftFromFolders } from '../../lib/taxonomy/load-referential-node';
import { buildReferential, mergeDrafts, type Referential } from '../../lib/taxonomy/referential';
import { aliasDraft } from '../../lib/taxonomy/skill-aliases';
import { ESCO_DIR } from '../taxonomy/esco-path';

const SKILL = 'http://data.europa.eu/esco/skill/';
const TREAT_SPEECH_DISORDERS = `${SKILL}d2e66c64-ee69-4854-8978-b6d1210532e1`;
const INTERACT_IN_KAZAKH = `${SKILL}2ac8e77b-6441-4337-b9a7-ba3d8e270cba`;
const KAZAKH = `${SKILL}f37dbb3c-dafc-4835-86d1-de9615626f9b`;

let referential: Referential;

beforeAll(async () => {
  const esco = await readDraftFromFolders([ESCO_DIR], { phrases: false, jobTitles: false });
  // Two CV phrasings shaped like a language label: one names a language, the other does not.
  const phrasings = aliasDraft([
    { id: TREAT_SPEECH_DISORDERS, en: ['Language therapy'], fr: ['Langage oral'] },
    { id: KAZAKH, fr: ['Langue kazakhe', 'Langue kazakh'] },
  ]);
  referential = buildReferential(mergeDrafts([esco, phrasings]));
}, 120_000);

describe('languageSkills', () => {
  const has = (id: string) => languageSkills(referential).has(referential.conceptIndex.get(id)!);

  it("knows ESCO's language skills, whose place is the languages field", () => {
    expect(has(INTERACT_IN_KAZAKH)).toBe(true);
    expect(has(KAZAKH)).toBe(true);
  });

  it('does not take a skill for a language because a label says "language" and another word', () => {
    expect(has(TREAT_SPEECH_DISORDERS)).toBe(false);
  });
});
