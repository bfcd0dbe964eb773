// A form written with React itself (not a look-alike), rendered into happy-dom as a page renders it.
// Importing this module also empties the page after each test.
import { afterEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

/** react-dom's client, typed here: the repository has React's types, not react-dom's. */
interface Root { render: (element: unknown) => void; unmount: () => void }
const reactDomClient = 'react-dom/client';
const { createRoot } = (await import(/* @vite-ignore */ reactDomClient)) as { createRoot: (container: Element) => Root };

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.innerHTML = '';
});

/** Renders `element` in a French page and waits for its form. */
export async function mountReact(element: unknown): Promise<void> {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = '<div id="app"></div>';
  root = createRoot(document.getElementById('app')!);
  root.render(element);
  for (let wait = 0; wait < 20 && !document.querySelector('form'); wait += 1) await new Promise((resolve) => setTimeout(resolve, 5));
}
