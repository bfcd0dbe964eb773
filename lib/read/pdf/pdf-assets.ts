import { isNode } from '../node-runtime';

// pdf.js loads three kinds of data files on demand: CMaps (CJK and other CID fonts), the standard
// 14 fonts (PDFs that use Helvetica or Times without embedding them) and WebAssembly decoders
// (JPEG 2000 and JBIG2 images, common in scanned PDFs). They must come from local copies: in Node
// from node_modules, in the extension from the files it bundles (see configurePdfAssets).

export interface PdfAssetSettings {
  /** Folder URLs, each ending with "/". */
  cMapUrl?: string;
  standardFontDataUrl?: string;
  wasmUrl?: string;
}

let configured: PdfAssetSettings | null = null;

/** Called once by the extension with the URLs of its bundled copies of pdfjs-dist's cmaps/,
 *  standard_fonts/ and wasm/ folders. */
export function configurePdfAssets(settings: PdfAssetSettings): void {
  configured = { ...settings };
}

export function pdfAssetSettings(): PdfAssetSettings {
  if (configured) return configured;
  if (!isNode()) return {};
  const path = process.getBuiltinModule('path') as typeof import('path');
  const { createRequire } = process.getBuiltinModule('module') as typeof import('module');
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    configured = {
      cMapUrl: path.join(root, 'cmaps') + path.sep,
      standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
      wasmUrl: path.join(root, 'wasm') + path.sep,
    };
  } catch {
    configured = {};
  }
  return configured;
}
