// A folder where a user unzipped two ROME releases (RefRomeCsv v459 then v460): fileOf() takes the
// first UTF-8 copy of a table whatever its version, and the folder is read in name order, so the
// OLDER release is imported and the newer one ignored without a word.
import { expect, it } from 'vitest';
import { importRomeCsv } from '../../lib/taxonomy/import-rome-csv';

const HEADER = '"code_ogr","libelle_appellation_long","libelle_appellation_court","code_rome","classification","peu_usite"\n';

it('imports the newest release when two releases of a table are chosen', () => {
  const draft = importRomeCsv([
    { name: 'unix_referentiel_appellation_v459_utf8.csv', text: `${HEADER}"14156","Développeur / Développeuse web","Développeur / Développeuse web","M1805","SYNONYME","N"\n` },
    {
      name: 'unix_referentiel_appellation_v460_utf8.csv',
      text: `${HEADER}"14156","Développeur / Développeuse web","Développeur / Développeuse web","M1855","SYNONYME","N"\n"11679","Cariste","Cariste","N1101","PRINCIPALE","N"\n`,
    },
  ]);
  expect(draft.sources[0]?.version).toBe('4.0 v460');
  expect(draft.concepts.map((concept) => [concept.id, concept.group])).toEqual([
    ['14156', 'M1855'],
    ['11679', 'N1101'],
  ]);
});
