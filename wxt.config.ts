import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * Engine files the extension bundles so that nothing is ever fetched from the network: the OCR worker, one
 * WebAssembly build of Tesseract (SIMD + LSTM, what current Chrome and Firefox run), the French and
 * English models, and pdf.js's worker and image decoders for scanned PDFs (JPEG 2000, JBIG2).
 */
const BUNDLED_ENGINE_FILES: [from: string, to: string][] = [
  [join(packageDir('tesseract.js'), 'dist/worker.min.js'), 'ocr/worker.min.js'],
  [join(packageDir('tesseract.js-core'), 'tesseract-core-simd-lstm.js'), 'ocr/tesseract-core-simd-lstm.js'],
  [join(packageDir('tesseract.js-core'), 'tesseract-core-simd-lstm.wasm'), 'ocr/tesseract-core-simd-lstm.wasm'],
  [join(packageDir('@tesseract.js-data/fra'), '4.0.0_best_int/fra.traineddata.gz'), 'ocr/lang/fra.traineddata.gz'],
  [join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int/eng.traineddata.gz'), 'ocr/lang/eng.traineddata.gz'],
  // pdf.js's worker as a file of the extension: imported with Vite's `?url`, Firefox's background
  // script (one bundle, no chunks) got it inlined as a data: URL, which the extension's CSP refuses,
  // and every PDF failed there.
  [join(packageDir('pdfjs-dist'), 'legacy/build/pdf.worker.min.mjs'), 'pdfjs/pdf.worker.min.mjs'],
  [join(packageDir('pdfjs-dist'), 'wasm/openjpeg.wasm'), 'pdfjs/wasm/openjpeg.wasm'],
  [join(packageDir('pdfjs-dist'), 'wasm/jbig2.wasm'), 'pdfjs/wasm/jbig2.wasm'],
  // Fonts for PDFs that name Helvetica or Times without embedding them, so their pages render
  // for OCR and for "voir dans le CV".
  ...readdirSync(join(packageDir('pdfjs-dist'), 'standard_fonts')).map(
    (name): [string, string] => [join(packageDir('pdfjs-dist'), 'standard_fonts', name), `pdfjs/standard_fonts/${name}`],
  ),
];

// The content script runs on the demo and QA hosts in every build; other sites are added by the
// user at run time (optional host permissions), never <all_urls>.
export const DEMO_AND_QA_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  manifestVersion: 3,
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      for (const [absoluteSrc, relativeDest] of BUNDLED_ENGINE_FILES) files.push({ absoluteSrc, relativeDest });
      // The starter referential (every ESCO occupation, common skills), compiled from the official
      // ESCO files beside the repository: a file the engine reads once, not a JavaScript literal
      // (it would make the Firefox background script too large to review).
      const { starterPackPath } = await import('./lib/taxonomy/starter-pack');
      files.push({ absoluteSrc: await starterPackPath(), relativeDest: 'referential/starter-pack.bin' });
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { chunkSizeWarningLimit: 4000 },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'alarms',
      ...(browser === 'chrome' ? ['offscreen', 'sidePanel'] : []),
    ],
    host_permissions: DEMO_AND_QA_MATCHES,
    // Asked for one site at a time from the options page, when the user enables it.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: {
      // wasm-unsafe-eval: the OCR engine is WebAssembly. Nothing remote is ever loaded.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'; img-src 'self' blob: data:",
    },
    browser_specific_settings: {
      gecko: {
        id: 'cv-profil-autofill@example.org',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
