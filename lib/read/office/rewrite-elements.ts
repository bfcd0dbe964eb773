import { CvError } from '../../errors';

// A string-level rewrite of chosen elements of an office part, leaving every other byte as written
// (the converter that reads the part afterwards sees the producer's markup, DOCTYPE included). Work
// goes innermost first: an element's rewrite sees its children already rewritten. One pass, no
// recursion, so markup nested 20,000 deep is refused as damaged rather than overflowing the stack.

/** No word processor nests anywhere near this deep (tables in text boxes in tables stay under 100). */
export const MAX_MARKUP_DEPTH = 1_000;

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>/g;

/**
 * `rewrite(name, outer)` gets each element named in `names` as markup (its children already
 * rewritten) and returns what replaces it.
 */
export function rewriteElements(markup: string, names: ReadonlySet<string>, rewrite: (name: string, outer: string) => string): string {
  // One output buffer per open element being rewritten; the bottom one is the document.
  const buffers: string[] = [''];
  const open: { name: string; rewritten: boolean }[] = [];
  // How many elements of each name are open: an end tag that closes none is copied at once
  // (looked for down the stack, a million stray end tags under 900 open elements took seconds).
  const openNames = new Map<string, number>();
  let position = 0;
  for (const match of markup.matchAll(TAG)) {
    const [tag, closing, name] = match;
    const start = match.index;
    buffers[buffers.length - 1] += markup.slice(position, start);
    position = start + tag.length;
    if (name === undefined) {
      buffers[buffers.length - 1] += tag; // comment, CDATA, declaration
      continue;
    }
    if (closing) {
      const index = openNames.get(name) ? lastOpen(open, name) : -1;
      if (index < 0) {
        buffers[buffers.length - 1] += tag;
        continue;
      }
      // Elements left unclosed inside it end here, as an XML reader would refuse or repair them.
      while (open.length > index + 1) closeElement(open, openNames, buffers, '', rewrite);
      closeElement(open, openNames, buffers, tag, rewrite);
      continue;
    }
    const selfClosing = tag.endsWith('/>');
    if (selfClosing) {
      buffers[buffers.length - 1] += names.has(name) ? rewrite(name, tag) : tag;
      continue;
    }
    if (open.length >= MAX_MARKUP_DEPTH) throw new CvError('corrupt-file', `markup nested deeper than ${MAX_MARKUP_DEPTH}`);
    const rewritten = names.has(name);
    open.push({ name, rewritten });
    openNames.set(name, (openNames.get(name) ?? 0) + 1);
    if (rewritten) buffers.push(tag);
    else buffers[buffers.length - 1] += tag;
  }
  buffers[buffers.length - 1] += markup.slice(position);
  while (open.length > 0) closeElement(open, openNames, buffers, '', rewrite);
  return buffers[0]!;
}

function closeElement(
  open: { name: string; rewritten: boolean }[],
  openNames: Map<string, number>,
  buffers: string[],
  closeTag: string,
  rewrite: (name: string, outer: string) => string,
): void {
  const element = open.pop()!;
  openNames.set(element.name, openNames.get(element.name)! - 1);
  if (!element.rewritten) {
    buffers[buffers.length - 1] += closeTag;
    return;
  }
  const outer = buffers.pop()! + closeTag;
  buffers[buffers.length - 1] += rewrite(element.name, outer);
}

function lastOpen(open: { name: string }[], name: string): number {
  for (let i = open.length - 1; i >= 0; i -= 1) if (open[i]!.name === name) return i;
  return -1;
}

/** The first element `name` in `markup` with its content, nesting counted; null when absent. */
export function firstElement(markup: string, name: string): { outer: string; inner: string } | null {
  const all = topElements(markup, name);
  return all[0] ?? null;
}

/** The outermost elements `name` in `markup`, in order, each with its content. */
export function topElements(markup: string, name: string): { outer: string; inner: string }[] {
  const found: { outer: string; inner: string }[] = [];
  const pattern = new RegExp(`<(/?)${name.replace(/[.:-]/g, '\\$&')}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g');
  let depth = 0;
  let start = 0;
  let innerStart = 0;
  for (const match of markup.matchAll(pattern)) {
    const [tag, closing] = match;
    if (closing) {
      if (depth === 0) continue;
      depth -= 1;
      if (depth === 0) found.push({ outer: markup.slice(start, match.index + tag.length), inner: markup.slice(innerStart, match.index) });
    } else if (tag.endsWith('/>')) {
      if (depth === 0) found.push({ outer: tag, inner: '' });
    } else {
      if (depth === 0) {
        start = match.index;
        innerStart = match.index + tag.length;
      }
      depth += 1;
    }
  }
  return found;
}
