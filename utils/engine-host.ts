// Runs the engine inside the extension: in the offscreen document on Chrome, in the background
// page on Firefox. pdf.js gets its bundled worker; the referential is the built-in starter pack.
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { toCvError } from '../lib/errors';
import { extractProfile } from '../lib/pipeline/extract-profile';
import { pdfjs } from '../lib/read/pdf/pdfjs';
import { loadStarterReferential } from '../lib/taxonomy/starter-pack';
import type { Referential } from '../lib/taxonomy/referential';
import type { Progress } from '../lib/types';
import { forgetCv, rememberCv } from './cv-memory';
import { base64ToBytes, type CvFilePayload, type ExtractResponse } from './messages';

let referential: Referential | undefined;

export async function runEngine(tabId: number, file: CvFilePayload, onProgress: (progress: Progress) => void): Promise<ExtractResponse> {
  pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
  try {
    const active = (referential ??= loadStarterReferential());
    const bytes = base64ToBytes(file.base64);
    forgetCv(tabId);
    const profile = await extractProfile(bytes, { fileName: file.name, referential: active, onProgress });
    rememberCv(tabId, bytes);
    return { ok: true, profile };
  } catch (error) {
    const cvError = toCvError(error);
    if (cvError.code === 'internal') console.error(error);
    // The technical detail stays in this browser's session storage, for support; never sent.
    return { ok: false, code: cvError.code, params: { ...cvError.params, detail: cvError.message.slice(0, 300) } };
  }
}
