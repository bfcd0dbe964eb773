// ROME writes every appellation with both genders: "Développeur / Développeuse web" is split into the
// two titles a CV uses. gender-forms.ts only splits when both sides start with the same 3 letters,
// so the ROME pairs whose genders are different words or differ on an accent stay one label:
// "Steward / Hôtesse de l'air", "Garçon / Fille de chenil", "Homme / Femme de plancher",
// "Poète / Poétesse". A CV saying "Hôtesse de l'air" then scores 0.73 instead of ~0.99.
import { describe, expect, it } from 'vitest';
import { importRomeCsv } from '../../lib/taxonomy/import-rome-csv';
import { importReferentialFiles } from '../../lib/taxonomy/import-referential-files';
import { rankJobTitle } from '../../lib/match/link-occupations';

const APPELLATIONS =
  '"code_ogr","libelle_appellation_long","libelle_appellation_court","code_rome","classification","peu_usite"\n' +
  '"19528","Steward / Hôtesse de l\'air","Steward / Hôtesse de l\'air","G1502","SYNONYME","N"\n' +
  '"15189","Garçon / Fille de chenil","Garçon / Fille de chenil","A1501","SYNONYME","N"\n' +
  '"15477","Hôte / Hôtesse","Hôte / Hôtesse","G1101","SYNONYME","N"\n' +
  '"15722","Homme / Femme de plancher","Homme / Femme de plancher","L1508","SYNONYME","N"\n' +
  '"17856","Poète / Poétesse","Poète / Poétesse","E1102","SYNONYME","N"\n' +
  '"14156","Développeur / Développeuse web","Développeur / Développeuse web","M1855","SYNONYME","N"\n';
const FILE = { name: 'unix_referentiel_appellation_v460_utf8.csv', text: APPELLATIONS };

describe('ROME gender pairs whose two words differ', () => {
  it('indexes each gender of the title as its own label', () => {
    const labels = new Map(importRomeCsv([FILE]).concepts.map((concept) => [concept.id, concept.labels.map((label) => label.text)]));
    expect(labels.get('19528')).toContain("Hôtesse de l'air");
    expect(labels.get('15189')).toEqual(expect.arrayContaining(['Garçon de chenil', 'Fille de chenil']));
    expect(labels.get('15722')).toEqual(expect.arrayContaining(['Homme de plancher', 'Femme de plancher']));
    expect(labels.get('17856')).toEqual(expect.arrayContaining(['Poète', 'Poétesse']));
  });

  it('matches the feminine title as written in a CV as well as "Développeuse web"', () => {
    const referential = importReferentialFiles([FILE], { phrases: false, jobTitles: false });
    const reference = rankJobTitle('Développeuse web', referential, 'fr', undefined, 3)[0]!;
    for (const [title, id] of [
      ["Hôtesse de l'air", '19528'],
      ['Fille de chenil', '15189'],
      ['Poétesse', '17856'],
    ] as const) {
      const [best] = rankJobTitle(title, referential, 'fr', undefined, 3);
      expect(best?.id, title).toBe(id);
      expect(best!.score, title).toBeGreaterThanOrEqual(reference.score - 0.05);
    }
  });
});
