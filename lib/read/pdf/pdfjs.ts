// One import of pdf.js for Node and the browser, loaded on first use: it is large (seconds to
// parse on a slow machine), and photos, Word files and refused files never need it. The legacy
// build is the one that runs under Node (the modern one needs newer built-ins). In the extension,
// pdf.js parses in its own worker, whose URL must be set before the first read.
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

export type Pdfjs = typeof PdfjsModule;
export type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let loading: Promise<Pdfjs> | null = null;
let workerSrc: string | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((module) => {
    if (workerSrc) module.GlobalWorkerOptions.workerSrc = workerSrc;
    return module;
  });
  return loading;
}

/** The URL of pdf.js's worker script (extension only; Node parses on the main thread). */
export function setPdfWorkerSrc(url: string): void {
  workerSrc = url;
  void loading?.then((module) => {
    module.GlobalWorkerOptions.workerSrc = url;
  });
}

/**
 * Compatibility with callers that set `pdfjs.GlobalWorkerOptions.workerSrc` directly, from when
 * pdf.js was imported eagerly: the setting is kept and applied when pdf.js loads. Prefer
 * setPdfWorkerSrc.
 */
export const pdfjs = {
  GlobalWorkerOptions: {
    get workerSrc(): string {
      return workerSrc ?? '';
    },
    set workerSrc(url: string) {
      setPdfWorkerSrc(url);
    },
  },
};
