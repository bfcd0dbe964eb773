import { useEffect, useState } from 'preact/hooks';
import { importReferentialFiles, isReferentialFile } from '../lib/taxonomy/import-referential-files';
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
export function ReferentialImport({ t }: { t: Translate }) {
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
      for (const [index, file] of chosen.entries()) {
        setProgress(t('options.referential.reading', { index: index + 1, count: chosen.length, name: file.name }));
        files.push({ name: file.name, text: await file.text() });
      }
      setProgress(t('options.referential.indexing'));
      await nextFrame();
      const referential = importReferentialFiles(files);
      setProgress(t('options.referential.saving'));
      await nextFrame();
      const skills = referential.concepts.filter((concept) => concept.kind === 'skill').length;
      const imported: ImportedReferentialInfo = {
        importedAt: new Date().toISOString(),
        files: chosen.map((file) => file.name),
        skills,
        occupations: referential.concepts.length - skills,
        sources: referential.sources.map((source) => `${source.scheme.toUpperCase()} ${source.version}`.trim()),
      };
      await saveImportedReferential(packReferential(referential), imported);
      setInfo(imported);
      setOutdated(false);
      setProgress(t('options.referential.done', { skills: imported.skills, occupations: imported.occupations }));
    } catch (error) {
      setProgress(t('options.referential.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="referential-import">
      <p data-testid="referential-current">
        {info
          ? t('options.referential.imported', {
              sources: info.sources.join(', '), skills: info.skills, occupations: info.occupations,
              date: new Date(info.importedAt).toLocaleDateString(),
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
