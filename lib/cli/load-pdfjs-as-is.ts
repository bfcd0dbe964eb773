// The command line's engine runs under tsx, which rewrites every module that contains `import(`
// and attaches a fresh source map to it; Node then also parses the maps pdf.js ships. For pdf.js's
// 3 MB of plain JavaScript that cost two seconds before every CV, refused ones included (which must
// be answered within 10 s). pdf.js needs no rewriting: its files are loaded as they are, without
// their map link. Node's in-thread module hooks (Node 22.15+) run before tsx's; without them,
// nothing changes but the wait.
import module from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type LoadHook = (
  url: string,
  context: unknown,
  nextLoad: (url: string, context: unknown) => unknown,
) => unknown;
type RegisterHooks = (hooks: { load: LoadHook }) => unknown;

const PDFJS_MODULE = /\/node_modules\/pdfjs-dist\/.*\.mjs$/;

let registered = false;

export function loadPdfjsAsIs(): void {
  const registerHooks = (module as unknown as { registerHooks?: RegisterHooks }).registerHooks;
  if (registered || typeof registerHooks !== 'function') return;
  registered = true;
  registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith('file:') || !PDFJS_MODULE.test(url)) return nextLoad(url, context);
      const source = readFileSync(fileURLToPath(url), 'utf8').replace(/\/\/# sourceMappingURL=\S+\s*$/, '');
      return { format: 'module', source, shortCircuit: true };
    },
  });
}
