import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReferentialError, type ReferentialFileProblem } from '../../lib/errors';
import { describeReferentialError, translatorFor } from '../../lib/i18n';
import { decodeCsvBytes } from '../../lib/taxonomy/decode-csv-bytes';
import { draftFromFiles, importReferentialFiles } from '../../lib/taxonomy/import-referential-files';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { rankConcepts } from '../../lib/match/rank-concepts';
import { ROME_DIR } from './esco-path';

const SKILLS = [
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description',
  'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s1,skill/competence,sector-specific,gérer des stocks,"gestion des stocks\ngestion de stock",',
  'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s2,skill/competence,cross-sector,utiliser un chariot élévateur,"conduire un chariot élévateur",',
].join('\n');

function thrown(work: () => unknown): ReferentialError {
  try {
    work();
  } catch (error) {
    if (error instanceof ReferentialError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('importing the files a user chose', () => {
  it('says which chosen file gave nothing and why, when none could be read', () => {
    const error = thrown(() =>
      draftFromFiles([
        { name: 'skills_fr.csv', text: 'nom,prénom,ville\nDupont,Marie,Lille\n' },
        { name: 'occupations_fr.csv', text: '  \n' },
        { name: 'skills_en.csv', text: '\u0000\u0001PK\u0003\u0004\u0000\u0000garbage\u0000\u0000\u0000\u0007\u0008\u0000' },
      ]),
    );
    expect(error.code).toBe('no-usable-file');
    expect(error.problems).toEqual<ReferentialFileProblem[]>([
      { file: 'skills_fr.csv', problem: 'missing-columns', columns: 'conceptUri, preferredLabel' },
      { file: 'occupations_fr.csv', problem: 'empty' },
      { file: 'skills_en.csv', problem: 'not-text' },
    ]);
    const message = describeReferentialError(translatorFor('fr'), error);
    expect(message).toContain('skills_fr.csv n’a pas les colonnes attendues (conceptUri, preferredLabel)');
    expect(message).toContain('occupations_fr.csv est vide.');
    expect(describeReferentialError(translatorFor('en'), error)).toContain('skills_en.csv is not a readable CSV file.');
  });

  it('says no referential file was recognised when there is none among the files', () => {
    const error = thrown(() => draftFromFiles([]));
    expect(error.code).toBe('no-referential-files');
    expect(describeReferentialError(translatorFor('fr'), error)).toMatch(/Aucun fichier de référentiel reconnu/);
  });

  it('imports the good files and names the ones it left out', () => {
    const ignored: ReferentialFileProblem[][] = [];
    const referential = importReferentialFiles(
      [
        { name: 'skills_fr.csv', text: SKILLS },
        { name: 'occupations_fr.csv', text: 'conceptUri;label\nhttp://x;y\n' },
      ],
      { onIgnoredFiles: (problems) => ignored.push(problems) },
    );
    expect(ignored).toEqual([[{ file: 'occupations_fr.csv', problem: 'missing-columns', columns: 'conceptUri, preferredLabel' }]]);
    const [best] = rankConcepts('Gestion des stocks', referential, { kind: 'skill', language: 'fr' });
    expect(best?.id).toBe('http://data.europa.eu/esco/skill/s1');
  });

  it('reads an ESCO file re-saved by Excel: semicolons and Windows-1252', () => {
    const excel = SKILLS.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, ';');
    const bytes = Uint8Array.from([...excel].map((char) => (char === 'é' ? 0xe9 : char.charCodeAt(0))));
    const referential = importReferentialFiles([{ name: 'skills_fr.csv', text: decodeCsvBytes(bytes, 'skills_fr.csv') }]);
    const [best] = rankConcepts('conduite de chariot élévateur', referential, { kind: 'skill', language: 'fr' });
    expect(best).toMatchObject({ id: 'http://data.europa.eu/esco/skill/s2', label: 'utiliser un chariot élévateur' });
  });

  it('reads ROME’s ISO-8859-15 appellations, and the UTF-8 copy once when both copies are chosen', async () => {
    const utf8Name = 'unix_referentiel_appellation_v460_utf8.csv';
    const text = await readFile(join(ROME_DIR, utf8Name), 'utf8');
    const iso = Uint8Array.from([...text].map((char) => (char === 'œ' ? 0xbd : char === 'Œ' ? 0xbc : char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f)));
    const isoName = 'unix_referentiel_appellation_v460_iso8859-15.csv';
    const isoOnly = draftFromFiles([{ name: isoName, text: decodeCsvBytes(iso, isoName) }], { jobTitles: false, phrases: false });
    const both = draftFromFiles([{ name: isoName, text: decodeCsvBytes(iso, isoName) }, { name: utf8Name, text }], { jobTitles: false, phrases: false });
    const rome = (draft: typeof both) => draft.concepts.filter((concept) => concept.scheme === 'rome');
    expect(rome(isoOnly)).toHaveLength(13120);
    expect(rome(both)).toHaveLength(13120);
    const labels = rome(isoOnly).flatMap((concept) => concept.labels.map((label) => label.text));
    expect(labels).toContain('Agent / Agente de manœuvre du réseau ferré');
  });

  it('does not read a file too large to be an official one, and says so', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'referential-large-'));
    // A sparse file: 150 MB by its size, nothing written.
    writeFileSync(join(folder, 'skills_fr.csv'), '');
    truncateSync(join(folder, 'skills_fr.csv'), 150 * 1024 * 1024);
    const refused = await loadReferentialFromPath(folder).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReferentialError);
    expect((refused as ReferentialError).problems).toEqual([{ file: 'skills_fr.csv', problem: 'too-large', sizeMb: 150, maxMb: 100 }]);
    expect(describeReferentialError(translatorFor('fr'), refused as ReferentialError)).toContain('skills_fr.csv est trop volumineux (150 Mo, maximum 100 Mo)');

    writeFileSync(join(folder, 'occupations_fr.csv'), 'conceptUri,preferredLabel\nhttp://data.europa.eu/esco/occupation/o1,cariste\n');
    const ignored: ReferentialFileProblem[][] = [];
    const referential = await loadReferentialFromPath(folder, { onIgnoredFiles: (problems) => ignored.push(problems), jobTitles: false, phrases: false });
    expect(referential.concepts.map((concept) => concept.id)).toContain('http://data.europa.eu/esco/occupation/o1');
    expect(ignored).toEqual([[{ file: 'skills_fr.csv', problem: 'too-large', sizeMb: 150, maxMb: 100 }]]);
  });
});
