// The engine of `npm run extract`, in a worker thread that the command's main thread can end.
// In Node, pdf.js runs in the engine's own thread, and some damaged fonts and streams keep it busy
// synchronously for tens of seconds: no timer of that thread can fire meanwhile, so the readers'
// timeouts never get their turn. The main thread stays free: it follows the engine's progress and
// terminates the worker when a stage outlasts the engine's own budget for it
// (lib/read/read-budgets.ts), then says so like any other timeout.
//
// The worker is this same file, started with the parent's execArgv (Node's default), so under
// `tsx` it gets tsx's loader too.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { stat } from 'node:fs/promises';
import { CvError, ReferentialError, toCvError, type CvErrorCode, type ReferentialFileProblem } from '../errors';
import { DECODE_IMAGE_MS, DOC_MS, DOCX_MS, HTML_MS, OCR_PAGE_MS, OCR_START_MS, OPEN_PDF_MS, PAGE_TEXT_MS, RENDER_PAGE_MS, RTF_MS, TEXT_STAGE_MS } from '../read/read-budgets';
import { sniffFileType } from '../read/sniff-file-type';
import { loadPdfjsAsIs } from './load-pdfjs-as-is';
import type { ExtractOptions } from '../pipeline/extract-profile';
import type { Referential } from '../taxonomy/referential';
import type { Language, Progress, ProgressStage } from '../types';

export interface EngineRequest {
  bytes: Uint8Array;
  fileName: string;
  /** An ESCO CSV folder or a compiled pack; the built-in starter pack otherwise. */
  taxonomy?: string;
  language?: Language;
  referenceDate?: string;
  pretty: boolean;
}

/** `referentialError`: the --taxonomy path could not be loaded (a damaged or outdated pack, CSV files
 *  that give nothing): the CV was not read. A ReferentialError keeps its code for the user's language. */
export type EngineOutcome =
  | { json: string }
  | { error: CvError; stack?: string }
  | { referentialError: string | Pick<ReferentialError, 'code' | 'problems'> };

/** What the engine says while it works, besides its outcome. */
export interface EngineEvents {
  /** CSV files of the --taxonomy folder that gave nothing while others did. */
  onIgnoredFiles?: (problems: ReferentialFileProblem[]) => void;
}

type EngineReply =
  | { type: 'started' }
  | { type: 'indexing' }
  | { type: 'progress'; progress: Progress }
  | { type: 'profile'; json: string }
  | { type: 'referential-error'; message: string; error?: Pick<ReferentialError, 'code' | 'problems'> }
  | { type: 'referential-ignored'; problems: ReferentialFileProblem[] }
  | { type: 'error'; code: CvErrorCode; message: string; params: Record<string, string | number>; stack?: string };

/** Room for the engine's own timer to fire and its answer to arrive, on a busy machine. */
const MARGIN_MS = 1_500;
/** Parsing and linking work on text already read and bounded; they take well under a second. */
const PARSE_MS = 30_000;
/** Importing and indexing the official CSV folders (ESCO fr+en, ROME): seconds, more on a busy machine. */
const INDEXING_MS = 90_000;

/** What the engine is doing: a reader's stage, or before and after them. */
type EngineStage = ProgressStage | 'started' | 'indexing';

/**
 * How long the engine may stay in a stage before it is deemed stuck: a little more than the
 * readers allow themselves there. The text-layer budget runs from the first page on, not per
 * page; each OCR page gets its own.
 */
export function stageBudgetMs(stage: EngineStage): number {
  switch (stage) {
    case 'started': // sniffing, the PDF pre-check and opening; an image's header; a zip's directory
      return OPEN_PDF_MS + MARGIN_MS;
    case 'reading':
      return Math.max(TEXT_STAGE_MS, DOCX_MS, DOC_MS, RTF_MS, HTML_MS) + MARGIN_MS;
    case 'ocr':
      return OCR_START_MS + Math.max(RENDER_PAGE_MS, DECODE_IMAGE_MS) + OCR_PAGE_MS + MARGIN_MS;
    case 'indexing':
      return INDEXING_MS;
    default:
      return PARSE_MS;
  }
}

/** Runs the engine on one file in a worker; ends it when a stage overruns its budget. */
export function runEngine(request: EngineRequest, events: EngineEvents = {}): Promise<EngineOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { cvExtractEngine: request },
      // The JSON is the only thing on stdout: whatever the libraries print goes to stderr.
      stdout: true,
    });
    worker.stdout.pipe(process.stderr);
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current: { stage: EngineStage; page?: number } | null = null;

    const settle = (outcome: EngineOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
      resolve(outcome);
    };
    // A PDF's text layer: its pages share one budget, and each page also has its own, so that a
    // page stuck in a synchronous font or stream decoding ends the run well within the 10 s the
    // contract gives bad input (the stage budget alone let it run 13 s).
    const pagedText = sniffFileType(request.bytes) === 'pdf';
    let readingDeadline = 0;
    const watch = (stage: EngineStage, page?: number) => {
      if (current && current.stage === stage && current.page === page) return;
      const sameReading = current?.stage === 'reading' && stage === 'reading';
      if (sameReading && !pagedText) return;
      current = { stage, page };
      clearTimeout(timer);
      let budget = stageBudgetMs(stage);
      if (stage === 'reading') {
        if (!sameReading) readingDeadline = Date.now() + budget;
        budget = readingDeadline - Date.now();
        if (pagedText) budget = Math.min(budget, PAGE_TEXT_MS + MARGIN_MS);
      }
      timer = setTimeout(() => settle({ error: new CvError('timeout', `engine stuck in ${stage}`, { stage }) }), Math.max(0, budget));
    };

    worker.on('message', (reply: EngineReply) => {
      if (reply.type === 'started' || reply.type === 'indexing') watch(reply.type);
      else if (reply.type === 'progress') watch(reply.progress.stage, reply.progress.page);
      else if (reply.type === 'profile') settle({ json: reply.json });
      else if (reply.type === 'referential-error') settle({ referentialError: reply.error ?? reply.message });
      else if (reply.type === 'referential-ignored') events.onIgnoredFiles?.(reply.problems);
      else {
        const error = new CvError(reply.code, undefined, reply.params);
        error.message = reply.message;
        settle({ error, stack: reply.stack });
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      // Memory exhausted: no CV needs that much, the file is damaged or built to do it.
      const code = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'corrupt-file' : 'internal';
      settle({ error: new CvError(code, error.message), stack: error.stack });
    });
    worker.on('exit', (exitCode) => settle({ error: new CvError('internal', `engine exited (${exitCode}) without an answer`) }));
  });
}

// ---------------------------------------------------------------------------------------------
// Inside the worker

/** The --taxonomy referential failed to load: said as such, not as a CV error. */
class ReferentialLoadError extends Error {
  constructor(readonly failure: unknown) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
}

async function serve(request: EngineRequest): Promise<void> {
  const post = (reply: EngineReply) => parentPort!.postMessage(reply);
  const postReferentialError = (error: unknown) => {
    const coded = error instanceof ReferentialError ? { error: { code: error.code, problems: error.problems } } : {};
    post({ type: 'referential-error', message: error instanceof Error ? error.message : String(error), ...coded });
  };
  try {
    const [{ extractProfile }, { readReferentialSource, referentialFromSource }, { loadStarterReferential }, { sniffFileType }, { loadPdfjs }] = await Promise.all([
      import('../pipeline/extract-profile'),
      import('../taxonomy/load-referential-node'),
      import('../taxonomy/starter-pack'),
      import('../read/sniff-file-type'),
      import('../read/pdf/pdfjs'),
    ]);
    if (sniffFileType(request.bytes) === 'pdf') {
      loadPdfjsAsIs();
      // Loading is not reading: pdf.js and its parsing half (which it would otherwise import when
      // opening the file; it finds `globalThis.pdfjsWorker` instead) are loaded before the stage
      // budgets start, so that they measure the file and not a cold start.
      await loadPdfjs();
      // @ts-expect-error pdf.js ships no types for its worker module
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    }
    // A CSV folder is read from disk, imported and indexed only once the CV is read and parsed: the
    // official folders take seconds, which must neither delay
    // the refusal of a bad file (CONTRACT §1: within 10 s) nor eat into the readers' budgets.
    // A pack or the starter pack unpacks at once, so a damaged one is said before any reading.
    // --lang is the CV's language, not a filter of the referential's: every language it holds stays.
    let referential: Referential | undefined;
    let csvFolder: string | undefined;
    try {
      if (!request.taxonomy) referential = await loadStarterReferential();
      else if ((await stat(request.taxonomy)).isDirectory()) csvFolder = request.taxonomy;
      else referential = referentialFromSource(await readReferentialSource(request.taxonomy));
    } catch (error) {
      postReferentialError(error);
      return;
    }
    const onIgnoredFiles = (problems: ReferentialFileProblem[]) => post({ type: 'referential-ignored', problems });
    const indexCsvFolder = async (folder: string): Promise<Referential> => {
      post({ type: 'indexing' });
      try {
        return referentialFromSource(await readReferentialSource(folder), { onIgnoredFiles });
      } catch (error) {
        throw new ReferentialLoadError(error);
      } finally {
        post({ type: 'progress', progress: { stage: 'matching' } });
      }
    };
    post({ type: 'started' });
    const options: ExtractOptions = {
      fileName: request.fileName,
      // Asked for only when it links, after reading and parsing.
      referential: referential ?? (() => indexCsvFolder(csvFolder!)),
      language: request.language,
      referenceDate: request.referenceDate ? new Date(request.referenceDate) : undefined,
      onProgress: (progress) => post({ type: 'progress', progress }),
    };
    const profile = await extractProfile(request.bytes, options);
    // Serialised here, so that what crosses to the main thread is the exact text to print.
    post({ type: 'profile', json: JSON.stringify(profile, null, request.pretty ? 2 : undefined) });
  } catch (error) {
    if (error instanceof ReferentialLoadError) {
      postReferentialError(error.failure);
      return;
    }
    const cvError = toCvError(error);
    post({ type: 'error', code: cvError.code, message: cvError.message, params: cvError.params, stack: (error as Error | null)?.stack });
  }
}

const engineRequest = isMainThread ? undefined : (workerData as { cvExtractEngine?: EngineRequest } | null)?.cvExtractEngine;
if (engineRequest) void serve(engineRequest);
