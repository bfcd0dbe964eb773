// A download cut short (network, disk full, a partial copy) ends in the middle of a record. Papa Parse
// says so (MissingQuotes / TooFewFields), but parseCsvRecords drops its errors, so the cut record is
// imported with a cut label ("soudage TI", "souder à l'a") that then matches CV text.
import { describe, expect, it } from 'vitest';
import { importEscoCsv } from '../../lib/taxonomy/import-esco-csv';

const HEADER = 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\n';
const STOCK =
  'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/ab6265f2-a9bf-49e8-a9a5-67cbab4de38b,skill/competence,cross-sector,gérer des stocks,"gestion des stocks\ngestion de stock",,released,2023-11-30,,,,"Contrôler les stocks."\n';
const WELDING = 'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/b0d5d0d5-5b4f-4c2e-8d6d-2f1a3c3f7a11,skill/competence,sector-specific,';

function labelTexts(text: string): string[] {
  return importEscoCsv([{ name: 'skills_fr.csv', text }]).concepts.flatMap((concept) => concept.labels.map((label) => label.text));
}

describe('an ESCO file cut in the middle of its last record', () => {
  it('keeps the whole records and not a label cut inside a quoted multi-line field', () => {
    const labels = labelTexts(`${HEADER}${STOCK}${WELDING}souder à l'arc,"soudage à l'arc\nsoudage TI`);
    expect(labels).toEqual(expect.arrayContaining(['gérer des stocks', 'gestion des stocks', 'gestion de stock']));
    expect(labels).not.toContain('soudage TI');
  });

  it('does not import a preferred label cut in the middle', () => {
    const labels = labelTexts(`${HEADER}${STOCK}${WELDING}souder à l'a`);
    expect(labels).toContain('gérer des stocks');
    expect(labels).not.toContain("souder à l'a");
  });
});
