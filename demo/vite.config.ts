// Builds the demo site (the Preact profile page and the plain test forms) into .output/demo.
// Used by scripts/demo.mjs; also works with `npx vite build -c demo/vite.config.ts`.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));
const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: demoRoot,
  base: '/',
  publicDir: false,
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../.output/demo', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        profile: page('./index.html'),
        aria: page('./forms/aria.html'),
        reactive: page('./forms/reactive.html'),
        groups: page('./forms/groups.html'),
        groupsContact: page('./forms/groups-contact.html'),
        pickers: page('./forms/pickers.html'),
        widgets: page('./forms/widgets.html'),
        reactSelect: page('./forms/react-select.html'),
        menus: page('./forms/menus.html'),
        headlessUi: page('./forms/headless-ui.html'),
        radix: page('./forms/radix.html'),
        mui: page('./forms/mui.html'),
        primereact: page('./forms/primereact.html'),
        embedded: page('./forms/embedded.html'),
        embeddedForm: page('./forms/embedded-form.html'),
        split: page('./forms/split.html'),
        splitTop: page('./forms/split-top.html'),
        splitIdentity: page('./forms/split-identity.html'),
        splitCareer: page('./forms/split-career.html'),
        selectWidgets: page('./forms/select-widgets.html'),
        remoteLists: page('./forms/remote-lists.html'),
      },
    },
  },
});
