// Runs the engine inside the extension: in the offscreen document on Chrome, in the background
// page on Firefox. pdf.js gets its bundled worker; the referential is the imported one, else the
// built-in starter pack.
import { toCvError } from '../lib/errors';
import { extractProfile } from '../lib/pipeline/extract-profile';
import { configurePdfAssets } from '../lib/read/pdf/pdf-assets';
import { pdfjs } from '../lib/read/pdf/pdfjs';
import { browser } from 'wxt/browser';
import type { Referential } from '../lib/taxonomy/referential';
import { unpackReferential } from '../lib/taxonomy/referential-pack';
import { readImportedReferential, readImportedReferentialInfo } from './referential-store';
import type { OcrSettings, Progress } from '../lib/types';
import { forgetCv, rememberCv } from './cv-memory';
import { base64ToBytes, type CvFilePayload, type ExtractResponse, type ReferentialSearch, type ReferentialSearchResponse } from './messages';
import { MAX_SEARCH_LENGTH, searchReferential } from '../lib/match/search-referential';
import { searchSavoirEtre } from '../lib/match/search-savoir-etre';

let referential: { value: Referential; importedAt: string | null } | undefined;
let starter: Promise<Referential> | undefined;

/** The built-in starter pack, a file of the extension (wxt.config.ts), read once. */
function loadStarterReferential(): Promise<Referential> {
  starter ??= fetch(bundled('referential/starter-pack.bin'))
    .then((response) => response.arrayBuffer())
    .then(unpackReferential)
    .catch((error: unknown) => {
      starter = undefined;
      throw error;
    });
  return starter;
}

/** The imported official referential when there is one (checked at each CV), else the starter. */
async function activeReferential(): Promise<Referential> {
  const info = await readImportedReferentialInfo().catch(() => null);
  const importedAt = info?.importedAt ?? null;
  if (referential && referential.importedAt === importedAt) return referential.value;
  const stored = importedAt ? await readImportedReferential().catch(() => null) : null;
  let value: Referential;
  try {
    value = stored ? unpackReferential(stored.pack) : await loadStarterReferential();
  } catch (error) {
    // A pack compiled by an older version: the options page asks for a new import meanwhile.
    console.warn(error);
    value = await loadStarterReferential();
  }
  referential = { value, importedAt };
  return value;
}

// These files are added to the build by a hook (wxt.config.ts), so WXT's typed paths do not list them.
const bundled = (path: string) => browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]);

/** The bundled copies of the engine's files (see wxt.config.ts): never fetched from the network. */
function configureEngineFiles(): OcrSettings {
  pdfjs.GlobalWorkerOptions.workerSrc = bundled('/pdfjs/pdf.worker.min.mjs');
  configurePdfAssets({ wasmUrl: bundled('/pdfjs/wasm/'), standardFontDataUrl: bundled('/pdfjs/standard_fonts/') });
  return {
    workerPath: bundled('/ocr/worker.min.js'),
    corePath: bundled('/ocr/tesseract-core-simd-lstm.js'),
    langPath: bundled('/ocr/lang'),
  };
}

export async function runEngine(tabId: number, file: CvFilePayload, onProgress: (progress: Progress) => void): Promise<ExtractResponse> {
  const ocr = configureEngineFiles();
  try {
    const active = await activeReferential();
    const bytes = base64ToBytes(file.base64);
    forgetCv(tabId);
    const profile = await extractProfile(bytes, { fileName: file.name, referential: active, onProgress, ocr });
    rememberCv(tabId, bytes);
    return { ok: true, profile };
  } catch (error) {
    const cvError = toCvError(error);
    if (cvError.code === 'internal') console.error(error);
    // The technical detail stays in this browser's session storage, for support; never sent.
    return { ok: false, code: cvError.code, params: { ...cvError.params, detail: cvError.message.slice(0, 300) } };
  }
}

/** The counsellor's search of the referential the CVs are linked with (the imported one, else the starter). */
export async function searchActiveReferential(search: ReferentialSearch): Promise<ReferentialSearchResponse> {
  if (!['skill', 'occupation', 'softSkill'].includes(search.kind) || (search.language !== 'fr' && search.language !== 'en')) return { ok: false };
  try {
    const active = await activeReferential();
    const top = Math.min(20, Math.max(1, Math.trunc(search.top) || 1));
    const query = String(search.query).slice(0, MAX_SEARCH_LENGTH);
    const hits = search.kind === 'softSkill' ? searchSavoirEtre(query, active, search.language, top) : searchReferential(query, active, search.kind, search.language, top);
    return { ok: true, hits };
  } catch (error) {
    console.warn(error);
    return { ok: false };
  }
}
