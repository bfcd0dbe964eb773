// ROME 4.0 open-data files as users bring them (checked sound): the ISO-8859-15 copy re-saved with
// semicolons and columns in another order, a folder holding only some of the tables, the fiche ->
// item coherence links, and CV titles written "Développeur web H/F" or in the feminine.
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../lib/taxonomy/decode-csv-bytes';
import { importRomeCsv } from '../../lib/taxonomy/import-rome-csv';
import { importReferentialFiles } from '../../lib/taxonomy/import-referential-files';
import { rankJobTitle } from '../../lib/match/link-occupations';
import { skillsOfOccupation } from '../../lib/taxonomy/referential';

const APPELLATIONS =
  '"code_ogr","libelle_appellation_long","libelle_appellation_court","code_rome","transition_eco","transition_num","transition_demo","emploi_reglemente","emploi_cadre","classification","origine","code_rome_parent","peu_usite"\n' +
  '"14156","Développeur / Développeuse web","Développeur / Développeuse web","M1855","Emploi Blanc","O","N","N","N","SYNONYME","","M1805","N"\n' +
  '"38745","Développeur / Développeuse web mobile","Développeur / Développeuse web mobile","M1855","Emploi Blanc","O","N","N","N","SYNONYME","","M1805","N"\n' +
  '"11679","Cariste","Cariste","N1101","Emploi Blanc","","","","","PRINCIPALE","","N1101","N"\n' +
  '"11304","Assistant maternel / Assistante maternelle","Assistant(e) maternel(le)","K1303","Emploi Blanc","","","","","SYNONYME","","K1303","N"\n';
const COMPETENCES =
  '"code_ogr","nature","libelle_competence","definition","code_ogr_macro_comp","code_macro_comp","cat_comp","sous_cat_comp","transition_eco","transition_num","libelle_heterogeneite","libelle_origine"\n' +
  '"300260","Compétence","Gérer les stocks","","300183","","Savoir-faire","Technique","","N","",""\n' +
  '"300490","Macro-compétence","Faire preuve de rigueur et de précision","","","","Savoir-être professionnel","","","N","",""\n';
const COHERENCE = '"code_rome","code_ogr","coeur_metier"\n"N1101","300260","Principale"\n"N1101","300490",""\n"N1101","999999",""\n';

describe('ROME 4.0 open-data files in the wild', () => {
  it('reads the ISO-8859-15 appellations re-saved with semicolons and reordered columns', () => {
    const text = 'code_rome;libelle_appellation_long;peu_usite;code_ogr\r\nN1103;Agent / Agente de quai;N;10579\r\nN1101;Cariste;N;11679\r\nK2204;Agent / Agente d\'entretien des locaux;O;10551\r\n';
    const bytes = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
    const name = 'unix_referentiel_appellation_v458_iso8859-15.csv';
    const draft = importRomeCsv([{ name, text: decodeCsvBytes(bytes, name) }]);
    expect(draft.sources).toEqual([{ scheme: 'rome', version: '4.0 v458', languages: ['fr'] }]);
    expect(draft.concepts.map((concept) => [concept.id, concept.group])).toEqual([['10579', 'N1103'], ['11679', 'N1101'], ['10551', 'K2204']]);
    expect(draft.concepts[0]!.labels.map((label) => label.text)).toEqual(['Agent / Agente de quai', 'Agent de quai', 'Agente de quai']);
    // A rarely used title stays findable, below the current ones.
    expect(draft.concepts[2]!.labels.every((label) => label.type === 'hidden')).toBe(true);
  });

  it('imports a folder that lacks some tables, and links each fiche to the items it needs', () => {
    const referential = importReferentialFiles(
      [
        { name: 'unix_referentiel_appellation_v460_utf8.csv', text: APPELLATIONS },
        { name: 'unix_referentiel_competence_v460_utf8.csv', text: COMPETENCES },
        { name: 'unix_coherence_item_v460_utf8.csv', text: COHERENCE },
      ],
      { phrases: false, jobTitles: false },
    );
    const cariste = referential.conceptIndex.get('11679')!;
    const skills = skillsOfOccupation(referential, cariste).flatMap((list) => Array.from(list, (index) => referential.concepts[index]!));
    expect(skills.map((concept) => [concept.id, concept.skillType])).toEqual([
      ['300260', 'savoir-faire'],
      ['300490', 'savoir-etre'],
    ]);
  });

  it('ranks the appellation first for a CV title written "H/F" or in the feminine', () => {
    const referential = importReferentialFiles([{ name: 'unix_referentiel_appellation_v460_utf8.csv', text: APPELLATIONS }], { phrases: false, jobTitles: false });
    for (const [title, id] of [
      ['Développeur web H/F', '14156'],
      ['Développeuse web', '14156'],
      ['Développeur Web (H/F)', '14156'],
      ['Assistante maternelle', '11304'],
    ] as const) {
      const [best] = rankJobTitle(title, referential, 'fr', undefined, 3);
      expect(best?.id, title).toBe(id);
      expect(best!.score, title).toBeGreaterThanOrEqual(0.9);
    }
  });
});
