// ESCO is published in 28 languages; a user may pick the German export. import-referential-files.ts
// promises that "a chosen file that gives nothing is named with the reason, never passed over in
// silence", but importEscoCsv drops a file of a language the engine does not support before reading
// it, so it never reaches the list of problems.
import { describe, expect, it } from 'vitest';
import { ReferentialError, type ReferentialFileProblem } from '../../lib/errors';
import { draftFromFiles } from '../../lib/taxonomy/import-referential-files';

const GERMAN_SKILLS =
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\n' +
  'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/ab6265f2-a9bf-49e8-a9a5-67cbab4de38b,skill/competence,cross-sector,Lagerbestände verwalten,"Lagerverwaltung\nBestandsführung",,released,2023-11-30,,,,\n';
const FRENCH_SKILLS =
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n' +
  'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/ab6265f2-a9bf-49e8-a9a5-67cbab4de38b,skill/competence,cross-sector,gérer des stocks,"gestion des stocks",\n';

function thrown(work: () => unknown): ReferentialError {
  try {
    work();
  } catch (error) {
    if (error instanceof ReferentialError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('an ESCO file in a language the engine does not support', () => {
  it('is named among the problems when it is the only file chosen', () => {
    const error = thrown(() => draftFromFiles([{ name: 'skills_de.csv', text: GERMAN_SKILLS }]));
    expect(error.problems.map((problem) => problem.file)).toContain('skills_de.csv');
  });

  it('is named among the files left out when imported beside a French file', () => {
    const ignored: ReferentialFileProblem[][] = [];
    draftFromFiles(
      [
        { name: 'skills_fr.csv', text: FRENCH_SKILLS },
        { name: 'skills_de.csv', text: GERMAN_SKILLS },
      ],
      { onIgnoredFiles: (problems) => ignored.push(problems), phrases: false, jobTitles: false },
    );
    expect(ignored.flat().map((problem) => problem.file)).toContain('skills_de.csv');
  });
});
