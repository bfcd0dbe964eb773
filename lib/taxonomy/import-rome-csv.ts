// ROME 4.0 open-data CSVs (France Travail "RefRomeCsv") -> referential draft. Browser-safe.
// - appellations (job titles, "Développeur / Développeuse web") -> occupation concepts, id code_ogr,
//   each gender form indexed as its own label, grouped by their fiche (code_rome);
// - compétences (savoir-faire, savoir-être) and savoirs -> skill concepts, id code_ogr;
// - coherence items (fiche -> compétence/savoir) -> the skills each fiche's appellations need.

import { genderForms } from './gender-forms';
import { parseCsvTable, type CsvFile, type ImportOptions } from './import-esco-csv';
import { GROUP_KEY_PREFIX, type ConceptDraft, type ConceptLabel, type ReferentialDraft } from './referential';

// The release ships each table twice, in UTF-8 and in ISO-8859-15 (decode-csv-bytes.ts reads both).
const ROME_FILE = /(?:^|[\\/])unix_(referentiel_appellation|referentiel_competence|referentiel_savoir|coherence_item)_v(\d+)_(?:utf-?8|iso-?8859-?15)\.csv$/i;

/** Key of a fiche in `relatedSkills`: its appellations share the fiche's skills. */
export function romeFicheKey(codeRome: string): string {
  return `${GROUP_KEY_PREFIX}${codeRome}`;
}

export function isRomeFile(name: string): boolean {
  return ROME_FILE.test(name);
}

function releaseOf(file: CsvFile): number {
  return Number(ROME_FILE.exec(file.name)?.[2] ?? 0);
}

/** The file of one table: of the newest release chosen (two releases unzipped in one folder), its
 *  UTF-8 copy when both copies were chosen. The older releases' copies are said to be left out. */
function fileOf(files: CsvFile[], table: string, options: ImportOptions): CsvFile | undefined {
  const copies = files.filter((file) => ROME_FILE.exec(file.name)?.[1]?.toLowerCase() === table);
  const newest = Math.max(...copies.map(releaseOf));
  for (const older of copies.filter((file) => releaseOf(file) < newest)) {
    options.onFileRead?.({ name: older.name, records: 0, columns: '', problem: 'older-release' });
  }
  const current = copies.filter((file) => releaseOf(file) === newest);
  return current.find((file) => /utf-?8\.csv$/i.test(file.name)) ?? current[0];
}

/** The records of a table's file, reported to the import with what it gave. */
function readTable(file: CsvFile, columns: string, options: ImportOptions, take: (record: Record<string, string>) => boolean): void {
  const table = parseCsvTable(file.text);
  let records = 0;
  for (const record of table.records) if (take(record)) records++;
  options.onFileRead?.({ name: file.name, records, columns, ...(table.truncated ? { problem: 'truncated' as const } : {}) });
}

export function importRomeCsv(files: CsvFile[], options: ImportOptions = {}): ReferentialDraft {
  const concepts: ConceptDraft[] = [];
  const relatedSkills = new Map<string, string[]>();
  let version = '';

  const appellations = fileOf(files, 'referentiel_appellation', options);
  if (appellations) {
    version = ROME_FILE.exec(appellations.name)?.[2] ?? '';
    readTable(appellations, 'code_ogr, libelle_appellation_long', options, (record) => {
      const id = record['code_ogr']?.trim();
      const title = record['libelle_appellation_long']?.trim();
      if (!id || !title) return false;
      // Rarely used titles stay findable but rank below current ones.
      const rare = record['peu_usite']?.trim().toUpperCase() === 'O';
      const labels: ConceptLabel[] = [{ text: title, language: 'fr', type: rare ? 'hidden' : 'preferred' }];
      // ROME writes both genders of every title, whatever the words ("Steward / Hôtesse de l'air").
      for (const form of genderForms(title, { pairsOfOtherWords: true })) {
        if (form !== title) labels.push({ text: form, language: 'fr', type: rare ? 'hidden' : 'alternative' });
      }
      const concept: ConceptDraft = { id, kind: 'occupation', scheme: 'rome', labels };
      const group = record['code_rome']?.trim();
      if (group) concept.group = group;
      concepts.push(concept);
      return true;
    });
  }

  const competences = fileOf(files, 'referentiel_competence', options);
  if (competences) {
    readTable(competences, 'code_ogr, libelle_competence', options, (record) => {
      const id = record['code_ogr']?.trim();
      const label = record['libelle_competence']?.trim();
      if (!id || !label) return false;
      const category = (record['cat_comp'] ?? '').toLowerCase();
      const concept: ConceptDraft = {
        id,
        kind: 'skill',
        scheme: 'rome',
        labels: [{ text: label, language: 'fr', type: 'preferred' }],
        skillType: category.includes('être') || category.includes('etre') ? 'savoir-etre' : 'savoir-faire',
      };
      const nature = record['nature']?.trim();
      if (nature) concept.reuseLevel = nature.toLowerCase().startsWith('macro') ? 'macro-competence' : 'competence';
      concepts.push(concept);
      return true;
    });
  }

  const savoirs = fileOf(files, 'referentiel_savoir', options);
  if (savoirs) {
    readTable(savoirs, 'code_ogr, libelle_savoir', options, (record) => {
      const id = (record['code_ogr_savoir'] ?? record['code_ogr'])?.trim();
      const label = record['libelle_savoir']?.trim();
      if (!id || !label) return false;
      const concept: ConceptDraft = {
        id,
        kind: 'skill',
        scheme: 'rome',
        labels: [{ text: label, language: 'fr', type: 'preferred' }],
        skillType: 'savoir',
      };
      const category = record['categorie_savoir']?.trim();
      if (category) concept.group = category;
      concepts.push(concept);
      return true;
    });
  }

  const coherence = fileOf(files, 'coherence_item', options);
  if (coherence) {
    readTable(coherence, 'code_rome, code_ogr', options, (record) => {
      const fiche = record['code_rome']?.trim();
      const item = record['code_ogr']?.trim();
      if (!fiche || !item) return false;
      const key = romeFicheKey(fiche);
      const list = relatedSkills.get(key);
      if (list) list.push(item);
      else relatedSkills.set(key, [item]);
      return true;
    });
  }

  return {
    sources: concepts.length > 0 ? [{ scheme: 'rome', version: version ? `4.0 v${version}` : '4.0', languages: ['fr'] }] : [],
    concepts,
    relatedSkills,
    equivalents: [],
  };
}
