import { CvError } from '../../errors';
import type { OcrSettings } from '../../types';
import { isNode } from '../node-runtime';

// Where the OCR engine's files come from. Nothing is ever fetched from the network: in Node they
// are read from node_modules; the extension must pass the URLs of the copies it bundles
// (tesseract.js would otherwise fall back to a CDN).

export const DEFAULT_OCR_LANGUAGES = ['fra', 'eng'];
/** The integer-quantised "best" LSTM models: better than "fast" on small print, a third the size. */
const MODEL_FOLDER = '4.0.0_best_int';

export interface ResolvedOcrSettings {
  workerPath?: string;
  corePath?: string;
  langPath: string;
  languages: string[];
}

const nodeLanguageFolders = new Map<string, Promise<string>>();

export async function resolveOcrSettings(settings: OcrSettings = {}): Promise<ResolvedOcrSettings> {
  const languages = settings.languages?.length ? settings.languages : DEFAULT_OCR_LANGUAGES;
  if (isNode()) {
    return {
      workerPath: settings.workerPath,
      corePath: settings.corePath,
      langPath: settings.langPath ?? (await nodeLanguageFolder(languages)),
      languages,
    };
  }
  const { workerPath, corePath, langPath } = settings;
  if (!workerPath || !corePath || !langPath) {
    throw new CvError('internal', 'OCR files not configured: pass ReadOptions.ocr {workerPath, corePath, langPath}');
  }
  return { workerPath, corePath, langPath, languages };
}

function nodeLanguageFolder(languages: string[]): Promise<string> {
  const key = languages.join('+');
  let folder = nodeLanguageFolders.get(key);
  if (!folder) {
    folder = gatherNodeLanguages(languages);
    folder.catch(() => nodeLanguageFolders.delete(key));
    nodeLanguageFolders.set(key, folder);
  }
  return folder;
}

/**
 * tesseract.js reads every language from one folder, and each @tesseract.js-data package is its own
 * folder, so the models are copied once into a shared folder of the system's temporary directory.
 */
async function gatherNodeLanguages(languages: string[]): Promise<string> {
  const fs = process.getBuiltinModule('fs') as typeof import('fs');
  const path = process.getBuiltinModule('path') as typeof import('path');
  const os = process.getBuiltinModule('os') as typeof import('os');
  const { createRequire } = process.getBuiltinModule('module') as typeof import('module');
  const require = createRequire(import.meta.url);
  const folder = path.join(os.tmpdir(), `cv-profil-tessdata-${MODEL_FOLDER}`);
  fs.mkdirSync(folder, { recursive: true });
  for (const language of languages) {
    let source: string;
    try {
      source = path.join(path.dirname(require.resolve(`@tesseract.js-data/${language}/package.json`)), MODEL_FOLDER, `${language}.traineddata.gz`);
    } catch {
      throw new CvError('internal', `OCR language "${language}" is not installed (@tesseract.js-data/${language})`);
    }
    const target = path.join(folder, `${language}.traineddata.gz`);
    const sourceSize = fs.statSync(source).size;
    if (fs.existsSync(target) && fs.statSync(target).size === sourceSize) continue;
    // Copy then rename, so a concurrent process never reads half a file.
    const partial = `${target}.${process.pid}.partial`;
    fs.copyFileSync(source, partial);
    fs.renameSync(partial, target);
  }
  return folder;
}
