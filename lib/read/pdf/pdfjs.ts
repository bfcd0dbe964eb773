// One import of pdf.js for Node and the browser. The legacy build is the one that runs under Node
// (the modern one needs newer built-ins); extension pages set `GlobalWorkerOptions.workerSrc`
// before first use so parsing runs in pdf.js's own worker there.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfDocument = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

export { pdfjs };
