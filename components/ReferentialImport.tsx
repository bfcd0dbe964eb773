import { useEffect, useState } from 'preact/hooks';
import { ReferentialError, type ReferentialFileProblem } from '../lib/errors';
import { describeIgnoredFiles, describeReferentialError } from '../lib/i18n';
import { decodeCsvBytes } from '../lib/taxonomy/decode-csv-bytes';
import { importReferentialFiles, isReferentialFile, tooLargeProblem } from '../lib/taxonomy/import-referential-files';
import { packReferential } from '../lib/taxonomy/referential-pack';
import {
  clearImportedReferential,
  importedReferentialIsOutdated,
  readImportedReferentialInfo,
  saveImportedReferential,
  type ImportedReferentialInfo,
} from '../utils/referential-store';
import type { Translate } from './use-settings';

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Import of the official referential files (ESCO CSV, ROME 4.0 CSV, the ESCO↔ROME crosswalk),
 * entirely in this page: read, index, compile, keep in IndexedDB. Progress is shown step by step.
 */
export function ReferentialImport({ t, language }: { t: Translate; language: 'fr' | 'en' }) {
  const [info, setInfo] = useState<ImportedReferentialInfo | null>(null);
  const [progress, setProgress] = useState('');
  const [busy, setBusy] = useState(false);

  const [outdated, setOutdated] = useState(false);

  useEffect(() => {
    void readImportedReferentialInfo().then(setInfo).catch(() => setInfo(null));
    void importedReferentialIsOutdated().then(setOutdated).catch(() => setOutdated(false));
  }, []);

  const importFiles = async (list: FileList | null) => {
    const chosen = [...(list ?? [])].filter((file) => isReferentialFile(file.name));
    if (chosen.length === 0) {
      setProgress(t('options.referential.no-files'));
      return;
    }
    setBusy(true);
    try {
      const files = [];
      const unread: ReferentialFileProblem[] = [];
      for (const [index, file] of chosen.entries()) {
        const tooLarge = tooLargeProblem(file.name, file.size);
        if (tooLarge) {
          unread.push(tooLarge);
          continue;
        }
        setProgress(t('options.referential.reading', { index: index + 1, count: chosen.length, name: file.name }));
        // Not file.text(): that is UTF-8 only, and the files users bring may be Latin-1 or UTF-16.
        files.push({ name: file.name, text: decodeCsvBytes(new Uint8Array(await file.arrayBuffer()), file.name) });
      }
      setProgress(t('options.referential.indexing'));
      await nextFrame();
      let ignored: ReferentialFileProblem[] = [];
      const referential = importReferentialFiles(files, { unread, onIgnoredFiles: (problems) => (ignored = problems) });
      setProgress(t('options.referential.saving'));
      await nextFrame();
      const skills = referential.concepts.filter((concept) => concept.kind === 'skill').length;
      const imported: ImportedReferentialInfo = {
        importedAt: new Date().toISOString(),
        files: chosen.map((file) => file.name).filter((name) => !ignored.some((problem) => problem.file === name)),
        skills,
        occupations: referential.concepts.length - skills,
        sources: referential.sources.map((source) => `${source.scheme.toUpperCase()} ${source.version}`.trim()),
      };
      await saveImportedReferential(packReferential(referential), imported);
      setInfo(imported);
      setOutdated(false);
      const done = t('options.referential.done', { skills: imported.skills, occupations: imported.occupations });
      setProgress(ignored.length > 0 ? `${done} ${describeIgnoredFiles(t, ignored)}` : done);
    } catch (error) {
      const reason = error instanceof ReferentialError ? describeReferentialError(t, error) : error instanceof Error ? error.message : String(error);
      setProgress(t('options.referential.failed', { reason }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="referential-import">
      <p data-testid="referential-current">
        {info
          ? t('options.referential.imported', {
              sources: shownSources(info.sources), skills: info.skills, occupations: info.occupations,
              date: new Date(info.importedAt).toLocaleDateString(language === 'en' ? 'en-GB' : 'fr-FR'),
            })
          : t('options.referential.starter')}
      </p>
      {outdated && <p class="warnings" role="alert">{t('options.referential.outdated')}</p>}
      <p>
        <label for="referential-files">{t('options.referential.choose')}</label>{' '}
        <input id="referential-files" data-testid="referential-files" type="file" accept=".csv,text/csv" multiple disabled={busy}
          onChange={(event) => void importFiles((event.currentTarget as HTMLInputElement).files)} />
      </p>
      {info && (
        <button type="button" disabled={busy} onClick={() => void clearImportedReferential().then(() => {
          setInfo(null);
          setProgress(t('options.referential.reset-done'));
        })}>
          {t('options.referential.reset')}
        </button>
      )}
      <p role="status" aria-live="polite" data-testid="referential-progress">{progress}</p>
    </div>
  );
}

/** The official referentials of an import as a person reads them, each once: our own phrase aliases
 *  are no referential, and a version the files did not tell is not said ("ESCO unknown"). */
export function shownSources(sources: string[]): string {
  const shown = sources
    .filter((source) => !/^ALIASES\b/.test(source))
    .map((source) => source.replace(/\s+unknown$/i, '').replace(/^CROSSWALK\b/, 'ESCO ↔ ROME'));
  return [...new Set(shown)].join(', ');
}

