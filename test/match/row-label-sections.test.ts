import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { sectionsOfRowLabels } from '../../lib/match/row-label-sections';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import type { CvSection } from '../../lib/types';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const other = (texts: string[]): CvSection => ({ kind: 'other', heading: 'INFORMATIONS COMPLÉMENTAIRES', lines: texts.map((text) => ({ text, page: 1 })) });
const FIRST_AID = 'http://data.europa.eu/esco/skill/1d21f6ad-340f-45da-a0a3-4e83867f47a6';

describe("the labelled rows of a Europass CV's other information", () => {
  it('reads each labelled row, and the unlabelled rows under it, as the section its label names', () => {
    const parts = sectionsOfRowLabels(
      other([
        'Certifications\tHabilitation électrique B1V, B2V, BR (recyclage 2025)',
        'CACES R486 catégorie B (nacelles)',
        'SST (Sauveteur Secouriste du Travail)',
        'Centres d’intérêt\tRandonnée, football',
        'Bénévole aux Restos du cœur',
      ]),
    );
    expect(parts.map((part) => [part.kind, part.lines.map((line) => line.text)])).toEqual([
      ['certifications', ['Habilitation électrique B1V, B2V, BR (recyclage 2025)', 'CACES R486 catégorie B (nacelles)', 'SST (Sauveteur Secouriste du Travail)']],
      ['interests', ['Randonnée, football', 'Bénévole aux Restos du cœur']],
    ]);
  });

  it('leaves a section without labelled rows, and a row whose label is no section name, as they are', () => {
    const plain = other(['Bénévole aux Restos du cœur', 'Disponible immédiatement']);
    expect(sectionsOfRowLabels(plain)).toEqual([plain]);
    expect(sectionsOfRowLabels(other(['Disponibilité\tImmédiate'])).map((part) => part.kind)).toEqual(['other']);
  });

  it("gives the SST of a Europass certifications row its first-aid skill", () => {
    const cv = profile('fr', {
      jobTitle: 'Électricien',
      sections: [
        ['experience', ['Installation et raccordement de tableaux électriques']],
        ['other', ['Certifications\tHabilitation électrique B1V, B2V, BR', 'SST (Sauveteur Secouriste du Travail)']],
      ],
    });
    const confidence = linkSkills(cv, esco).find((skill) => skill.id === FIRST_AID)?.confidence ?? 0;
    expect(confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a Europass 2013 "Compétences personnelles" table, its languages first', () => {
  const languages = (texts: string[]): CvSection => ({ kind: 'languages', heading: 'Autre(s) langue(s)', lines: texts.map((text) => ({ text, page: 1 })) });
  const table = languages([
    'COMPRENDRE\tPARLER\tÉCRIRE',
    'anglais\tA2\tA2\tA2\tA1\tA2',
    "Compétences en communication\tBon contact avec la clientèle de particuliers et les syndics",
    "Compétences liées à l'emploi\tInstallation de systèmes de plomberie et d'équipements sanitaires",
    'Brasage fort et tendre, sertissage multicouche',
    'Certificats\tCACES R486 catégorie A (PEMP)',
  ]);

  it('ends the languages at the first row labelled with another heading, and reads the rest as the table\'s rows', () => {
    expect(sectionsOfRowLabels(table).map((part) => [part.kind, part.lines.length])).toEqual([
      ['languages', 2],
      ['softSkills', 1],
      ['skills', 2],
      ['certifications', 1],
    ]);
  });

  it('reads the trade skills of those rows, as when the table had no languages heading', () => {
    const cv = profile('fr', { jobTitle: 'Plombier chauffagiste', sections: [['experience', ['Dépannage de chaudières gaz']]] });
    const brazing = (sections: CvSection[]) =>
      linkSkills({ ...cv, sections: [...cv.sections, ...sections] }, esco).find((skill) => skill.label === 'appliquer des techniques de brasage')?.confidence ?? 0;
    expect(brazing([table])).toBeGreaterThanOrEqual(0.5);
    expect(brazing([table])).toBe(brazing([{ ...table, kind: 'other' }]));
  });
});
