// Chosen referential files that give nothing, or only part, are named with their reason: an older
// ROME release beside a newer one, a file cut short, an ESCO or ROME file given under a name that
// does not say its table. And ROME's gender pairs of other words are split for ROME only.
import { describe, expect, it } from 'vitest';
import type { ReferentialFileProblem } from '../../lib/errors';
import { genderForms } from '../../lib/taxonomy/gender-forms';
import { draftFromFiles } from '../../lib/taxonomy/import-referential-files';

const APPELLATION_HEADER = '"code_ogr","libelle_appellation_long","libelle_appellation_court","code_rome","classification","peu_usite"\n';
const SKILLS_HEADER = 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n';
const STOCK = 'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/ab6265f2-a9bf-49e8-a9a5-67cbab4de38b,skill/competence,cross-sector,gérer des stocks,"gestion des stocks",\n';

function problemsOf(files: Parameters<typeof draftFromFiles>[0]): ReferentialFileProblem[] {
  const problems: ReferentialFileProblem[] = [];
  draftFromFiles(files, { onIgnoredFiles: (list) => problems.push(...list), phrases: false, jobTitles: false });
  return problems;
}

describe('referential files named with the reason they gave nothing or only part', () => {
  it('says that an older ROME release was left out for the newer one', () => {
    const problems = problemsOf([
      { name: 'RefRomeCsv/unix_referentiel_appellation_v459_utf8.csv', text: `${APPELLATION_HEADER}"11679","Cariste","Cariste","N1101","PRINCIPALE","N"\n` },
      { name: 'RefRomeCsv/unix_referentiel_appellation_v460_utf8.csv', text: `${APPELLATION_HEADER}"11679","Cariste","Cariste","N1101","PRINCIPALE","N"\n` },
    ]);
    expect(problems).toEqual([{ file: 'unix_referentiel_appellation_v459_utf8.csv', problem: 'older-release' }]);
  });

  it('says that a file cut short lost its last record, and keeps the others', () => {
    const problems: ReferentialFileProblem[] = [];
    const draft = draftFromFiles(
      [
        { name: 'skills_fr.csv', text: `${SKILLS_HEADER}${STOCK}KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/x,skill/competence,sector-specific,souder à l'a` },
        { name: 'occupations_fr.csv', text: 'conceptUri,preferredLabel\nhttp://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755,cariste\n' },
      ],
      { onIgnoredFiles: (list) => problems.push(...list), phrases: false, jobTitles: false },
    );
    expect(problems).toEqual([{ file: 'skills_fr.csv', problem: 'truncated' }]);
    expect(draft.concepts.filter((concept) => concept.kind === 'skill').map((concept) => concept.labels[0]?.text)).toEqual(['gérer des stocks']);
  });

  it('reads a whole file whose last line has no line break as complete', () => {
    expect(problemsOf([{ name: 'skills_fr.csv', text: `${SKILLS_HEADER}${STOCK.trimEnd()}` }])).toEqual([]);
  });

  it('names an ESCO file given as such under a name that does not say its table', () => {
    const problems = problemsOf([
      { name: 'skills_fr.csv', text: `${SKILLS_HEADER}${STOCK}` },
      { name: '/home/conseiller/Téléchargements/export.csv', text: `${SKILLS_HEADER}${STOCK}`, kind: 'esco' },
    ]);
    expect(problems).toEqual([{ file: 'export.csv', problem: 'unknown-table' }]);
  });
});

describe('gender pairs of other words', () => {
  it('splits them in ROME titles, where the slash always pairs the genders', () => {
    expect(genderForms('Valet / Femme de chambre', { pairsOfOtherWords: true })).toEqual(['Valet de chambre', 'Femme de chambre']);
    expect(genderForms("Steward / Hôtesse de l'air", { pairsOfOtherWords: true })).toEqual(["Steward de l'air", "Hôtesse de l'air"]);
  });

  it('leaves two trades one title elsewhere, and only splits one word before the slash', () => {
    expect(genderForms('Cariste / Magasinier')).toEqual(['Cariste / Magasinier']);
    expect(genderForms('Responsable développement / Business Developer', { pairsOfOtherWords: true })).toEqual([
      'Responsable développement / Business Developer',
    ]);
  });

  it('pairs two forms of one word that differ by an accent', () => {
    expect(genderForms('Opérateur / Operatrice de conduite')).toEqual(['Opérateur de conduite', 'Operatrice de conduite']);
  });
});
