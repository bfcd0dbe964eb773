import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The content script runs on the demo and QA hosts in every build; other sites are added by the
// user at run time (optional host permissions), never <all_urls>.
export const DEMO_AND_QA_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  manifestVersion: 3,
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
