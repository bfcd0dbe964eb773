import { beforeAll, describe, expect, it } from 'vitest';
import { isLanguageGridLine } from '../../lib/match/europass-grid-line';
import { collectSkillMentions } from '../../lib/match/link-skills';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

describe('the language grid of a Europass CV', () => {
  it('is told from ordinary lines', () => {
    expect(isLanguageGridLine('COMPRENDRE PARLER ÉCRIRE')).toBe(true);
    expect(isLanguageGridLine("Écouter Lire Prendre part à une conversation S’exprimer oralement en continu")).toBe(true);
    expect(isLanguageGridLine('Listening Reading Spoken interaction Spoken production Writing')).toBe(true);
    expect(isLanguageGridLine('Lire et comprendre des plans, écrire des rapports')).toBe(false);
    expect(isLanguageGridLine('Rédaction de rapports et lecture de plans')).toBe(false);
  });

  let esco: Referential;
  beforeAll(async () => {
    esco = await loadReferentialFromPath(ESCO_DIR);
  }, 120_000);

  it('is not read for skills', () => {
    const cv = profile('fr', {
      sections: [['other', ['Langues', 'Écouter Lire Prendre part à une conversation S’exprimer oralement en continu Écrire', 'anglais B2 B2 B1 B1 B2']]],
    });
    const read = collectSkillMentions(cv, esco).map((mention) => esco.labels.text.at(mention.spot.label));
    expect(read.filter((label) => /écouter|conversation|prendre part|exprimer/i.test(label ?? ''))).toEqual([]);
  });
});
