// ESCO exports as releases 1.1 / 1.2 write them (checked sound): more columns, a BOM, CRLF, labels on
// several lines, a description with commas and doubled quotes, hidden labels, `status`, knowledge
// skills without a reuse level, occupations with `code` and `iscoGroup`, the relation files.
import { describe, expect, it } from 'vitest';
import { importEscoCsv } from '../../lib/taxonomy/import-esco-csv';
import { importReferentialFiles } from '../../lib/taxonomy/import-referential-files';
import { rankConcepts } from '../../lib/match/rank-concepts';

const STOCK = 'http://data.europa.eu/esco/skill/ab6265f2-a9bf-49e8-a9a5-67cbab4de38b';
const LOGISTICS = 'http://data.europa.eu/esco/skill/5b6a4b4e-1a4b-4b1e-9c1a-2a4f6f6c9e01';
const FORKLIFT = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';
const CARISTE = 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755';

const SKILLS_1_2 =
  '\uFEFFconceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\r\n' +
  `KnowledgeSkillCompetence,${STOCK},skill/competence,cross-sector,gérer des stocks,"gestion des stocks\r\ngestion de stock\r\nsuivre les stocks","gèrer des stocks",released,2023-11-30T11:23:49.434Z,,,"http://data.europa.eu/esco/concept-scheme/skills, http://data.europa.eu/esco/concept-scheme/member-skills","Contrôler les niveaux de stock, dit ""l'inventaire"", et passer
les commandes, en temps voulu."\r\n` +
  `KnowledgeSkillCompetence,${LOGISTICS},knowledge,,logistique,"chaîne logistique",,released,2023-11-30T11:23:49.434Z,,,http://data.europa.eu/esco/concept-scheme/skills,\r\n` +
  `KnowledgeSkillCompetence,${FORKLIFT},skill/competence,sector-specific,utiliser un chariot élévateur,"conduire un chariot élévateur
manœuvrer un chariot élévateur",,released,2023-11-30T11:23:49.434Z,,,http://data.europa.eu/esco/concept-scheme/skills,Conduire un chariot.\r\n`;

const OCCUPATIONS_1_2 =
  'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code,naceCode\n' +
  `Occupation,${CARISTE},8344,cariste,"conducteur de chariot élévateur/conductrice de chariot élévateur
conducteur de chariot élévateur
conductrice de chariot élévateur",,released,2024-01-15T10:00:00Z,http://data.europa.eu/esco/regulated-professions/unregulated,,,http://data.europa.eu/esco/concept-scheme/occupations,"Les caristes conduisent des chariots élévateurs, chargent et déchargent.",8344.1,http://data.europa.eu/nace/h52.1\n`;

const RELATIONS_1_2 =
  'occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel\n' +
  `${CARISTE},cariste,essential,skill/competence,${FORKLIFT},utiliser un chariot élévateur\n` +
  `${CARISTE},cariste,optional,skill/competence,${STOCK},gérer des stocks\n`;

describe('an ESCO 1.2 export, as the portal ships it', () => {
  const files = [
    { name: 'ESCO dataset - v1.2.0 - classification - fr - csv/skills_fr.csv', text: SKILLS_1_2 },
    { name: 'ESCO dataset - v1.2.0 - classification - fr - csv/occupations_fr.csv', text: OCCUPATIONS_1_2 },
    { name: 'ESCO dataset - v1.2.0 - classification - fr - csv/occupationSkillRelations_fr.csv', text: RELATIONS_1_2 },
    // Files of the package the import has no use for.
    { name: 'ESCO dataset - v1.2.0 - classification - fr - csv/skillGroups_fr.csv', text: 'conceptType,conceptUri,preferredLabel\nSkillGroup,http://data.europa.eu/esco/isced-f/04,commerce\n' },
    { name: 'ESCO dataset - v1.2.0 - classification - fr - csv/transversalSkillsCollection_fr.csv', text: 'conceptType,conceptUri,preferredLabel\nKnowledgeSkillCompetence,http://x,y\n' },
  ];
  const draft = importEscoCsv(files);

  it('reads skills and occupations with their types, groups, labels on several lines and hidden labels', () => {
    expect(draft.concepts.map((concept) => concept.id).sort()).toEqual([CARISTE, FORKLIFT, LOGISTICS, STOCK].sort());
    const stock = draft.concepts.find((concept) => concept.id === STOCK)!;
    expect(stock).toMatchObject({ kind: 'skill', skillType: 'skill/competence', reuseLevel: 'cross-sector' });
    expect(stock.labels.map((label) => [label.type, label.text])).toEqual([
      ['preferred', 'gérer des stocks'],
      ['alternative', 'gestion des stocks'],
      ['alternative', 'gestion de stock'],
      ['alternative', 'suivre les stocks'],
      ['hidden', 'gèrer des stocks'],
    ]);
    const logistics = draft.concepts.find((concept) => concept.id === LOGISTICS)!;
    expect(logistics.skillType).toBe('knowledge');
    expect(logistics.reuseLevel).toBeUndefined();
    const cariste = draft.concepts.find((concept) => concept.id === CARISTE)!;
    expect(cariste).toMatchObject({ kind: 'occupation', group: '8344' });
    expect(draft.sources).toEqual([{ scheme: 'esco', version: '1.2.0', languages: ['fr'] }]);
  });

  it('links occupations to skills from the 1.2 relation file (with its label columns)', () => {
    expect(draft.relatedSkills.get(CARISTE)).toEqual([FORKLIFT, STOCK]);
  });

  it('also reads the 1.0/1.1 relation file, named without a language', () => {
    const older = importEscoCsv([
      { name: 'skills_fr.csv', text: SKILLS_1_2 },
      { name: 'occupationSkillRelations.csv', text: `occupationUri,relationType,skillType,skillUri\n${CARISTE},essential,skill/competence,${FORKLIFT}\n` },
    ]);
    expect(older.relatedSkills.get(CARISTE)).toEqual([FORKLIFT]);
  });

  it('finds the skills from CV phrasings once indexed', () => {
    const referential = importReferentialFiles(files, { phrases: false, jobTitles: false });
    expect(rankConcepts('Gestion des stocks', referential, { kind: 'skill', language: 'fr' })[0]?.id).toBe(STOCK);
    expect(rankConcepts('conduite de chariot élévateur', referential, { kind: 'skill', language: 'fr' })[0]?.id).toBe(FORKLIFT);
  });
});
