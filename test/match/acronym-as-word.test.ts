import { beforeAll, describe, expect, it } from 'vitest';
import { collectSkillMentions } from '../../lib/match/link-skills';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

/** The CV words each mention was read from, with the label it was read as. */
function readings(language: 'fr' | 'en', line: string): string[] {
  return collectSkillMentions(profile(language, { sections: [['experience', [line]]] }), esco).map(
    (mention) => `${line.slice(mention.spot.start, mention.spot.end)} -> ${esco.labels.text.at(mention.spot.label)}`,
  );
}

describe('a word in capitals inside a lower-case line', () => {
  it('is not read as an ordinary word sharing its letters or stem', () => {
    expect(readings('fr', 'Suivi avec le BET structure').filter((reading) => reading.startsWith('BET'))).toEqual([]);
    expect(readings('fr', 'Logiciel COINS pour les situations').filter((reading) => reading.startsWith('COINS'))).toEqual([]);
    expect(readings('fr', 'Contrôle des CHARGES et des SOINS').filter((reading) => reading.startsWith('CHARGES ->'))).toEqual([]);
  });

  it('is still read as a name or an acronym the referential writes so', () => {
    expect(readings('en', 'Advanced EXCEL and SAP user')).toEqual(expect.arrayContaining(['EXCEL -> Excel', 'SAP -> SAP']));
    expect(readings('fr', 'Maîtrise du logiciel SAP et des outils WMS')).toEqual(expect.arrayContaining(['WMS -> WMS']));
    expect(readings('fr', 'Habilitation AIPR et formation PRAP')).toEqual(expect.arrayContaining(['AIPR -> AIPR']));
  });
});

describe('a capitalised name that only looks like a trade word', () => {
  it('is not read as the trade word sharing its stem as surely as that word itself', () => {
    // How surely each concept is read in a line: the best label score of its mentions.
    const strength = (line: string) => {
      const best = new Map<string, number>();
      for (const mention of collectSkillMentions(profile('fr', { sections: [['experience', [line]]] }), esco)) {
        const id = esco.concepts[mention.spot.concept]!.id;
        best.set(id, Math.max(best.get(id) ?? 0, mention.spot.score));
      }
      return best;
    };
    const [stacking, sure] = [...strength('Gerbage des palettes')].sort((a, b) => b[1] - a[1])[0]!;
    expect(sure).toBeGreaterThan(0.9);
    // "Gerber", the name of a method, shares the stem of the verb "gerber" (to stack) and no more:
    // a one-word reading inside a longer phrase, not a tool's name.
    expect(strength('Dosage de la matière grasse (méthode Gerber)').get(stacking) ?? 0).toBeLessThan(0.75);
  });
});
