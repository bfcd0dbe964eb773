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
