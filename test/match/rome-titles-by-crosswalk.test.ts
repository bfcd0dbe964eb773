import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { readDocument } from '../../lib/read/read-document';
import { documentKeysOf } from '../../lib/match/link-skills';
import { linkOccupations } from '../../lib/match/link-occupations';
import { linkProfile } from '../../lib/match/link-profile';
import { romeTitlesByCrosswalk } from '../../lib/match/rome-titles-by-crosswalk';
import type { ConceptSuggestion } from '../../lib/types';
import { draftFromFiles } from '../../lib/taxonomy/import-referential-files';
import { readReferentialCsvFiles } from '../../lib/taxonomy/load-referential-node';
import { buildReferential, type Referential } from '../../lib/taxonomy/referential';
import { CROSSWALK_FILE, ESCO_DIR, ROME_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

// France Travail's setup: ESCO, ROME 4.0 and the official crosswalk. ROME's titles are French only,
// so an English CV's job is an ESCO occupation; the crosswalk gives its ROME title.
let full: Referential;

beforeAll(async () => {
  full = buildReferential(draftFromFiles(await readReferentialCsvFiles([ESCO_DIR, ROME_DIR, CROSSWALK_FILE])));
}, 180_000);

const ficheOf = (id: string) => {
  const concept = full.conceptIndex.get(id);
  return concept === undefined ? undefined : full.concepts[concept]!.group;
};
const romeTitles = (occupations: ConceptSuggestion[]) => occupations.filter((occupation) => !occupation.id.startsWith('http'));

describe('ROME titles through the crosswalk', () => {
  it('gives an English electrician\'s CV the ROME title of the ESCO occupation, with its evidence', () => {
    const cv = profile('en', {
      jobTitle: 'Electrician',
      sections: [
        ['header', ['Tomasz Nowak', 'Electrician', '07700 900321']],
        ['experience', ['Electrician – Sparks Electrical Ltd, Leeds', '• Rewiring of domestic properties, consumer unit upgrades']],
      ],
    });
    const { occupations } = linkProfile(cv, full);
    const escoFirst = occupations.findIndex((occupation) => occupation.id.startsWith('http'));
    const rome = romeTitles(occupations);
    expect(rome.length).toBeGreaterThan(0);
    // The crosswalk pairs "electrician" with a dozen maintenance electricians' titles (fiche I1309)
    // and a few others: the title of that fiche closest to "électricien/électricienne", beside the
    // ESCO occupation it came from.
    expect(ficheOf(rome[0]!.id)).toBe('I1309');
    expect(rome[0]!.label).toBe('Electricien / Electricienne de maintenance');
    expect(occupations.indexOf(rome[0]!)).toBe(escoFirst + 1);
    expect(rome[0]!.evidence).toEqual(occupations[escoFirst]!.evidence);
    expect(rome[0]!.confidence).toBeLessThan(occupations[escoFirst]!.confidence + 0.001);
  });

  it('gives an HGV driver the ROME title of lorry drivers', () => {
    const cv = profile('en', {
      jobTitle: 'HGV Class 1 Driver',
      sections: [
        ['header', ['Gary Walsh', 'HGV Class 1 Driver', '07700 900654']],
        ['experience', ['HGV Class 1 Driver – Northern Freight Ltd', '• Trunking and multi-drop deliveries across the UK']],
      ],
    });
    const rome = romeTitles(linkProfile(cv, full).occupations);
    expect(rome.map((title) => ficheOf(title.id))).toContain('N4101');
  });

  it('adds nothing to a French CV whose ROME title is named already', () => {
    const cv = profile('fr', {
      jobTitle: 'Cariste',
      sections: [
        ['header', ['Mickaël Fontaine', 'Cariste', '06 12 34 56 78']],
        ['experience', ['Cariste – Hainaut Logistique Services', '• Chargement et déchargement des camions']],
      ],
    });
    const named = linkOccupations(cv, full, documentKeysOf(cv, full));
    expect(romeTitles(named).map((title) => ficheOf(title.id))).toContain('N1101');
    expect(romeTitlesByCrosswalk(named, full)).toEqual(named);
  });

  it('puts a ROME title the CV names before one reached through the crosswalk from an ESCO occupation listed earlier', async () => {
    // "manutentionnaire" (ESCO, second) is paired first with a docker's title; "Préparateur /
    // Préparatrice de commandes", which the CV says, comes first all the same.
    const bytes = new Uint8Array(readFileSync('test/fixtures/cv/fr-preparateur-commandes-dates-right.pdf'));
    const parsed = parseProfile(await readDocument(bytes), { referenceDate: new Date('2026-11-01') });
    const { occupations } = linkProfile(parsed, full);
    const rome = romeTitles(occupations);
    expect(rome.length).toBeGreaterThan(2);
    expect(ficheOf(rome[0]!.id)).toBe('N1103');
    for (let index = 1; index < rome.length; index++) expect(rome[index]!.confidence).toBeLessThanOrEqual(rome[index - 1]!.confidence);
  });
});
