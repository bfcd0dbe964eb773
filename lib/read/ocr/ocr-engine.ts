import type { Block, Worker as TesseractWorker } from 'tesseract.js';
import { CvError } from '../../errors';
import type { OcrSettings } from '../../types';
import { OCR_START_MS } from '../read-budgets';
import { resolveOcrSettings, type ResolvedOcrSettings } from './ocr-assets';

// One tesseract.js worker, shared by every page and every file, started on first use (loading the
// models takes a second or two) and ended after a minute without work. Jobs run one at a time. A
// job that fails, times out or is cancelled ends the worker — it may be stuck mid-page — and the
// next job starts a fresh one.

export const OCR_IDLE_MS = 60_000;
/** tesseract.js's OEM.LSTM_ONLY: the neural engine, the only one the "best_int" models carry. */
const LSTM_ONLY = 1;

interface Engine {
  worker: TesseractWorker;
  /** The worker thread in Node, kept from holding the process open while idle. */
  thread?: { ref?: () => void; unref?: () => void };
}

export interface RecognizeRequest {
  /** An encoded image (PGM, PNG, JPEG). */
  image: Uint8Array;
  /** Tesseract parameters for this image (page segmentation mode, resolution). */
  parameters?: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
  settings?: OcrSettings;
}

let engine: Promise<Engine> | null = null;
let engineKey = '';
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** Recognises one image and returns tesseract's blocks → paragraphs → lines → words. */
export function recognizeBlocks(request: RecognizeRequest): Promise<Block[]> {
  const job = queue.then(() => runJob(request));
  queue = job.catch(() => undefined);
  return job;
}

/** Loads the engine ahead of the first page, so that the wait is not charged to a page. */
export async function startOcrEngine(settings?: OcrSettings, signal?: AbortSignal): Promise<void> {
  await acquireEngine(settings, signal);
  scheduleIdle();
}

/** Ends the worker now (tests, shutting down). The next job starts a new one. */
export function terminateOcrEngine(): Promise<void> {
  clearTimeout(idleTimer);
  const current = engine;
  engine = null;
  if (!current) return Promise.resolve();
  const ended = current.then((started) => started.worker.terminate()).then(
    () => undefined,
    () => undefined,
  );
  // A worker still loading is ended whenever it finishes loading; do not wait for it.
  return Promise.race([ended, new Promise<void>((resolve) => setTimeout(resolve, 2_000))]);
}

async function runJob({ image, parameters = {}, timeoutMs, signal, settings }: RecognizeRequest): Promise<Block[]> {
  clearTimeout(idleTimer);
  if (signal?.aborted) throw new CvError('cancelled');
  const current = await acquireEngine(settings, signal);
  current.thread?.ref?.();
  try {
    // Typed as Buffer, but both the Node and the browser builds take any Uint8Array.
    const recognition = current.worker.recognize(image as Buffer, parameters as object, { blocks: true, text: false });
    const result = await guard(recognition, timeoutMs, 'ocr', signal);
    return result.data.blocks ?? [];
  } catch (error) {
    await terminateOcrEngine();
    throw toOcrError(error);
  } finally {
    current.thread?.unref?.();
    scheduleIdle();
  }
}

async function acquireEngine(settings: OcrSettings | undefined, signal?: AbortSignal): Promise<Engine> {
  const resolved = await resolveOcrSettings(settings);
  const key = JSON.stringify(resolved);
  if (engine && key !== engineKey) await terminateOcrEngine();
  if (!engine) {
    engineKey = key;
    const starting = createEngine(resolved);
    engine = starting;
    starting.catch(() => {
      if (engine === starting) engine = null;
    });
  }
  try {
    return await guard(engine, OCR_START_MS, 'ocr-init', signal);
  } catch (error) {
    await terminateOcrEngine();
    throw toOcrError(error);
  }
}

async function createEngine(settings: ResolvedOcrSettings): Promise<Engine> {
  const tesseract = await import('tesseract.js');
  const createWorker = tesseract.createWorker ?? (tesseract as unknown as { default: typeof tesseract }).default.createWorker;
  let failLoading: (error: Error) => void = () => undefined;
  const loadingFailed = new Promise<never>((_, reject) => {
    failLoading = reject;
  });
  loadingFailed.catch(() => undefined);
  const worker = await Promise.race([
    createWorker(settings.languages, LSTM_ONLY, {
      langPath: settings.langPath,
      ...(settings.workerPath ? { workerPath: settings.workerPath } : {}),
      ...(settings.corePath ? { corePath: settings.corePath } : {}),
      // Never cache models (no IndexedDB, no files written) and never build a blob: worker, which
      // an extension's CSP forbids.
      cacheMethod: 'none',
      gzip: true,
      workerBlobURL: false,
      logger: () => undefined,
      // Without a handler tesseract.js throws job errors from its message listener, uncaught.
      errorHandler: (error: unknown) => failLoading(new Error(String(error))),
    }),
    loadingFailed,
  ]);
  const thread = (worker as unknown as { worker?: Engine['thread'] }).worker;
  thread?.unref?.();
  return { worker, thread };
}

function scheduleIdle(): void {
  clearTimeout(idleTimer);
  if (!engine) return;
  idleTimer = setTimeout(() => void terminateOcrEngine(), OCR_IDLE_MS);
  (idleTimer as { unref?: () => void }).unref?.();
}

/** Settles with `work`, or rejects on timeout or abort, whichever comes first. */
function guard<T>(work: Promise<T>, ms: number, stage: string, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new CvError('cancelled'));
    };
    const timer = setTimeout(() => {
      finish();
      reject(new CvError('timeout', stage, { stage }));
    }, ms);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        finish();
        resolve(value);
      },
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
}

function toOcrError(error: unknown): CvError {
  if (error instanceof CvError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CvError('internal', `ocr: ${message}`);
}
