import { CvError } from '../../errors';
import { checkElementCount } from '../office/check-document-length';
import type { FlowBlock } from '../office/flow-to-lines';
import { decodeEntities } from './html-entities';
import { computeStyle, declarationsOf, parseStyleSheets, ROOT_STYLE, type Computed, type PageStyles } from './page-styles';

// A saved web page → the paragraph-and-table flow of the Word, OpenDocument and RTF readers.
//
// The markup is only ever read as text: nothing is run, fetched or rendered. Two linear passes:
// the first cuts the page into tags and text (and gathers its <style> blocks), the second walks
// them with an explicit stack of open elements, never recursing on the page's structure. Like a
// browser it closes what HTML lets authors leave open (<p>, <li>, <td>, <tr>, <head>); elements
// nested deeper than MAX_DEPTH are skipped with all they hold (only a hostile file goes there).
//
// Never read: scripts, styles, templates, <noscript>, the <head> (its <title> is the site's, not
// the CV's), comments and Word's conditional comments, SVG and MathML, frames and embedded objects,
// form controls (a saved page's inputs, buttons and drop-down lists are the site's), <nav> menus,
// and text hidden by attribute or style (page-styles.ts). Pictures are skipped without looking at
// their source (a photo inlined as a multi-megabyte data: URI costs one scan).
//
// Kept: block elements make paragraphs, <br> line breaks, tables rows of cells (read as a Word
// table is: one line a row, or column by column for a layout table), headings and bold text bold.
// A list item's bullet is the browser's, not text, as in a Word list; Word's typed list markers
// (<span style="mso-list:Ignore">·</span>) go unless they are numbers ("1.", "a)"). A link keeps
// its visible text; a mailto: or tel: link whose text does not hold the address or number ("Mon
// e-mail", an envelope icon) adds it, since it is the person's contact detail.

/** Deeper elements are skipped whole: pages nest a few tens deep. */
export const MAX_DEPTH = 1_000;
/** Tokens between two looks at the clock. */
const DEADLINE_EVERY = 64;

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string };

/** Elements whose content is never shown. */
const UNSHOWN = new Set([
  'head', 'title', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'canvas', 'object', 'embed', 'applet', 'iframe',
  'frame', 'frameset', 'noframes', 'noembed', 'audio', 'video', 'map', 'select', 'datalist', 'option', 'optgroup', 'input',
  'button', 'textarea', 'nav', 'xml', 'dialog', 'meta', 'link', 'base', 'img', 'picture', 'source', 'track', 'param',
]);
/** Boxes drawn in the line (a field, a picture, an icon): the words on either side stay apart. */
const REPLACED = new Set(['input', 'select', 'button', 'textarea', 'img', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'picture']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
  'caption', 'ul', 'xmp', 'plaintext',
]);
const HEADING = /^h[1-6]$/;
/** Opening one of these closes an open <p>. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt', 'plaintext', 'xmp',
]);
/** What may stay open in <head>; anything else closes it (a page without <body>). */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template', 'xml', 'object', 'param']);
/** Word's list markers are kept when they are numbers or letters, not when they are symbol-font bullets. */
const NUMBERED_MARKER = /^\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]$/i;

export interface WebPageOptions {
  deadline?: number;
}

export function webPageToFlow(markup: string, options: WebPageOptions = {}): FlowBlock[] {
  const deadline = () => {
    if (options.deadline !== undefined && Date.now() > options.deadline) throw new CvError('timeout', 'html', { stage: 'html' });
  };
  const { tokens, styleSheets } = tokenize(markup, deadline);
  return new FlowWalker(parseStyleSheets(styleSheets)).walk(tokens, deadline);
}

/** Cuts markup into tags and text; comments, doctypes and processing instructions go. An
 *  unterminated comment, tag or raw-text element ends the page (a browser shows nothing after it). */
function tokenize(markup: string, deadline: () => void): { tokens: Token[]; styleSheets: string[] } {
  const tokens: Token[] = [];
  const styleSheets: string[] = [];
  let elements = 0;
  let closes = 0;
  let at = 0;
  let searchFrom = 0;
  const text = (end: number) => {
    if (end > at) tokens.push({ kind: 'text', text: markup.slice(at, end) });
  };
  while (at < markup.length) {
    if (searchFrom < at) searchFrom = at;
    const open = markup.indexOf('<', searchFrom);
    if (open < 0) {
      text(markup.length);
      break;
    }
    const next = markup.charCodeAt(open + 1);
    const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (markup.startsWith('<!--', open)) {
      text(open);
      const end = markup.indexOf('-->', open + 4);
      at = end < 0 ? markup.length : end + 3;
      continue;
    }
    if (next === 0x21 || next === 0x3f || (next === 0x2f && !isLetter(markup.charCodeAt(open + 2)))) {
      // <!DOCTYPE …>, <![if !supportLists]>, <![endif]>, <?xml …?>, </ followed by no name.
      text(open);
      const end = markup.indexOf('>', open + 2);
      at = end < 0 ? markup.length : end + 1;
      continue;
    }
    const closing = next === 0x2f;
    if (!isLetter(markup.charCodeAt(open + (closing ? 2 : 1)))) {
      // A "<" that opens no tag ("<5 ans", "a < b") is text.
      searchFrom = open + 1;
      continue;
    }
    text(open);
    const end = tagEnd(markup, open);
    if (end < 0) break;
    const body = markup.slice(open + (closing ? 2 : 1), end);
    at = end + 1;
    const nameEnd = body.search(/[\s/]|$/);
    const name = body.slice(0, nameEnd).toLowerCase();
    if (closing) {
      // End tags count too: a page of a million "</div>" is no CV either.
      checkElementCount(++closes);
      tokens.push({ kind: 'close', name });
      continue;
    }
    checkElementCount(++elements);
    if ((elements & (DEADLINE_EVERY - 1)) === 0) deadline();
    // A picture's attributes (a photo inlined as a data: URI) are never looked at.
    const attributes = name === 'img' ? {} : readAttributes(body.slice(nameEnd));
    tokens.push({ kind: 'open', name, attributes, selfClosing: body.endsWith('/') });
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'gi');
      close.lastIndex = at;
      const found = name === 'plaintext' ? null : close.exec(markup);
      const content = markup.slice(at, found ? found.index : markup.length);
      if (name === 'style') styleSheets.push(content);
      const gt = found ? markup.indexOf('>', found.index) : -1;
      if (gt < 0) break;
      at = gt + 1;
      tokens.push({ kind: 'close', name });
    }
  }
  return { tokens, styleSheets };
}

/** The ">" closing the tag opened at `open`, skipping quoted attribute values, or -1. */
function tagEnd(markup: string, open: number): number {
  let at = open + 1;
  for (;;) {
    const end = markup.indexOf('>', at);
    if (end < 0) return -1;
    // A quote between here and the ">" opens a value that may hold a ">".
    let quote = -1;
    for (let i = at; i < end; i += 1) {
      const code = markup.charCodeAt(i);
      // Only a quote after "=" opens a value (a stray quote in a name is a character).
      if ((code === 0x22 || code === 0x27) && /=\s*$/.test(markup.slice(Math.max(open, i - 8), i))) {
        quote = i;
        break;
      }
    }
    if (quote < 0) return end;
    const closeQuote = markup.indexOf(markup[quote]!, quote + 1);
    if (closeQuote < 0) return -1;
    at = closeQuote + 1;
  }
}

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    const name = match[1]!.toLowerCase();
    if (name in attributes) continue;
    attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

interface OpenElement {
  name: string;
  /** This element and all it holds are never shown. */
  dropped: boolean;
  style: Computed;
  block: boolean;
  inlineBlock: boolean;
  /** A table cell: its content goes to a cell of its own. */
  cell: boolean;
  table: TableState | null;
  heading: boolean;
  marker: boolean;
  link: { address: string; kind: 'mailto' | 'tel'; text: string } | null;
}

interface TableState {
  block: Extract<FlowBlock, { kind: 'table' }>;
  row: FlowBlock[][] | null;
}

class FlowWalker {
  private readonly stack: OpenElement[] = [];
  private readonly counts = new Map<string, number>();
  private readonly targets: FlowBlock[][] = [[]];
  private readonly tables: TableState[] = [];
  private paragraph = { text: '', chars: 0, boldChars: 0, heading: false };
  /** Open tags past MAX_DEPTH, skipped with their content. */
  private overflow = 0;
  private readonly whiteUnseen: boolean;
  private headings = 0;
  private markers = 0;
  private readonly links: NonNullable<OpenElement['link']>[] = [];
  private readonly tabs: OpenElement[] = [];

  constructor(private readonly styles: PageStyles) {
    this.whiteUnseen = !styles.untrackedBackground;
  }

  walk(tokens: Token[], deadline: () => void): FlowBlock[] {
    tokens.forEach((token, index) => {
      if ((index & (DEADLINE_EVERY - 1)) === 0) deadline();
      if (token.kind === 'text') this.text(token.text);
      else if (token.kind === 'open') this.open(token.name, token.attributes, token.selfClosing);
      else this.close(token.name);
    });
    while (this.stack.length > 0) this.pop();
    this.flush();
    return this.targets[0]!;
  }

  private get top(): OpenElement | undefined {
    return this.stack[this.stack.length - 1];
  }

  private open(name: string, attributes: Record<string, string>, selfClosing: boolean): void {
    if (this.overflow > 0) {
      if (!VOID.has(name) && !(selfClosing && name.includes(':'))) this.overflow += 1;
      return;
    }
    this.closeImplied(name);
    if (name === 'br') {
      if (!this.unseen()) this.lineBreak();
      return;
    }
    const parent = this.top;
    if (REPLACED.has(name) && /\S$/.test(this.paragraph.text)) this.paragraph.text += ' ';
    const dropped = (parent?.dropped ?? false) || UNSHOWN.has(name);
    const declarations = dropped ? new Map<string, string>() : declarationsOf(this.styles, name, attributes);
    const style = dropped ? (parent?.style ?? ROOT_STYLE) : computeStyle(parent?.style ?? ROOT_STYLE, name, attributes, declarations);
    const display = declarations.get('display');
    const block = display === undefined || display === 'contents' ? BLOCK.has(name) : !display.startsWith('inline') && display !== 'none';
    const element: OpenElement = {
      name,
      dropped: dropped || style.hidden,
      style,
      block,
      inlineBlock: display !== undefined && /^inline-(block|flex|grid|table)$/.test(display),
      cell: false,
      table: null,
      heading: HEADING.test(name),
      marker: declarations.get('mso-list') === 'ignore',
      link: null,
    };
    // Void elements (<hr>, <img>) and Office's self-closed ones (<o:p/>) hold nothing.
    if (VOID.has(name) || (selfClosing && name.includes(':'))) {
      if (!element.dropped && element.block) this.flush();
      return;
    }
    if (!element.dropped) {
      if (element.block) this.flush();
      else if (element.inlineBlock && this.paragraph.text.trim()) this.paragraph.text += '\t';
      if (name === 'table') {
        const table: TableState = { block: { kind: 'table', rows: [] }, row: null };
        this.targets[this.targets.length - 1]!.push(table.block);
        this.tables.push(table);
        element.table = table;
      } else if (name === 'tr' && this.insideTable()) {
        this.tables[this.tables.length - 1]!.row = null;
      } else if ((name === 'td' || name === 'th') && this.insideTable()) {
        const table = this.tables[this.tables.length - 1]!;
        if (!table.row) table.block.rows.push((table.row = []));
        const cell: FlowBlock[] = [];
        table.row.push(cell);
        this.targets.push(cell);
        element.cell = true;
      }
      const href = attributes.href?.trim() ?? '';
      const link = /^(mailto|tel):([^?#]*)/i.exec(href);
      if (name === 'a' && link) {
        let address = link[2]!;
        try {
          address = decodeURIComponent(address);
        } catch {
          /* kept as written */
        }
        element.link = { address: address.trim(), kind: link[1]!.toLowerCase() as 'mailto' | 'tel', text: '' };
      }
    }
    if (this.stack.length >= MAX_DEPTH) {
      // Past the depth bound: this element and all it holds are skipped, counted, not kept.
      this.overflow = 1;
      if (element.table) this.tables.pop();
      if (element.cell) this.targets.pop();
      return;
    }
    this.stack.push(element);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (element.dropped) return;
    if (element.heading) this.headings += 1;
    if (element.marker) this.markers += 1;
    if (element.link) this.links.push(element.link);
    // Word's tab ("mso-tab-count:1") is a span of spaces: a tab, as in the Word file.
    if (declarations.has('mso-tab-count')) {
      this.addText('\t', false);
      element.dropped = true;
      this.tabs.push(element);
    }
  }

  /** Closes what opening `name` closes in HTML: an open <p>, a sibling <li>, a cell or row, the <head>. */
  private closeImplied(name: string): void {
    if (this.has('head') && !HEAD_CONTENT.has(name)) this.closeUpTo('head');
    if (name === 'body') return;
    if (CLOSES_P.has(name) && this.has('p')) this.closeUpTo('p', ['td', 'th', 'table', 'button']);
    if (name === 'li' && this.has('li')) this.closeUpTo('li', ['ul', 'ol', 'td', 'th', 'table']);
    if ((name === 'dt' || name === 'dd') && (this.has('dt') || this.has('dd'))) this.closeUpTo(['dt', 'dd'], ['dl', 'td', 'th', 'table']);
    if (name === 'td' || name === 'th' || name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot') {
      if (this.has('td') || this.has('th')) this.closeUpTo(['td', 'th'], ['table']);
    }
    if ((name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot') && this.has('tr')) this.closeUpTo('tr', ['table']);
    if ((name === 'tbody' || name === 'thead' || name === 'tfoot') && (this.has('tbody') || this.has('thead') || this.has('tfoot'))) {
      this.closeUpTo(['tbody', 'thead', 'tfoot'], ['table']);
    }
  }

  private has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  /** Closes the innermost open element named `names` and all it holds, unless a `boundary` element comes first. */
  private closeUpTo(names: string | string[], boundaries: string[] = []): void {
    const wanted = typeof names === 'string' ? [names] : names;
    for (let i = this.stack.length - 1; i >= 0; i -= 1) {
      const name = this.stack[i]!.name;
      if (wanted.includes(name)) {
        while (this.stack.length > i) this.pop();
        return;
      }
      if (boundaries.includes(name)) return;
    }
  }

  private close(name: string): void {
    if (this.overflow > 0) {
      this.overflow -= 1;
      return;
    }
    if (name === 'br') {
      if (!this.unseen()) this.lineBreak();
      return;
    }
    if (!this.has(name)) return;
    const boundaries = name === 'td' || name === 'th' || name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot' ? ['table'] : [];
    this.closeUpTo(name, boundaries);
  }

  private pop(): void {
    const element = this.stack.pop()!;
    this.counts.set(element.name, this.counts.get(element.name)! - 1);
    if (this.tabs[this.tabs.length - 1] === element) this.tabs.pop();
    else if (element.dropped) return;
    if (element.heading) this.headings -= 1;
    if (element.marker) this.markers -= 1;
    if (element.link) {
      this.links.pop();
      const { kind, address, text } = element.link;
      const holds = kind === 'mailto' ? text.includes('@') : (text.match(/\d/g)?.length ?? 0) >= 6;
      if (address && !holds && !this.unseen()) {
        this.addText(`${this.paragraph.text && !/\s$/.test(this.paragraph.text) ? ' ' : ''}${address}`, element.style.bold);
        this.linkText(address);
      }
    }
    if (element.block) this.flush();
    else if (element.inlineBlock && this.paragraph.text.trim()) this.paragraph.text += '\t';
    if (element.cell) this.targets.pop();
    if (element.table) this.tables.pop();
    if (element.name === 'tr' && this.insideTable()) this.tables[this.tables.length - 1]!.row = null;
  }

  private insideTable(): boolean {
    return this.tables.length > 0;
  }

  private unseen(): boolean {
    const top = this.top;
    if (!top) return false;
    if (top.dropped) return true;
    const { style } = top;
    return !style.visible || style.fontPx < 2.5 || style.color === 'transparent' || (style.color === 'white' && !style.painted && this.whiteUnseen);
  }

  private text(raw: string): void {
    if (this.overflow > 0) return;
    if (this.has('head') && /[^ \t\n\r\f]/.test(raw)) this.closeUpTo('head');
    if (this.unseen()) return;
    const top = this.top;
    let text = decodeEntities(raw);
    if (top?.style.pre) text = text.replace(/\r\n?/g, '\n');
    else text = text.replace(/[ \t\n\r\f]+/g, ' ');
    if (!text) return;
    // Word's typed list marker: a symbol-font bullet goes, a number stays.
    if (this.markers > 0) {
      const trimmed = text.replace(/\u00a0/g, ' ').trim();
      if (trimmed && !NUMBERED_MARKER.test(trimmed)) return;
      if (trimmed) text = `${trimmed} `;
    }
    this.addText(text, top?.style.bold ?? false);
    this.linkText(text);
  }

  private linkText(text: string): void {
    const link = this.links[this.links.length - 1];
    if (link) link.text += text;
  }

  private addText(text: string, bold: boolean): void {
    const paragraph = this.paragraph;
    if (!paragraph.text) paragraph.heading = this.headings > 0;
    paragraph.text += text;
    const visible = text.replace(/\s/g, '').length;
    paragraph.chars += visible;
    if (bold) paragraph.boldChars += visible;
  }

  private lineBreak(): void {
    this.paragraph.text += '\n';
  }

  private flush(): void {
    const { text, chars, boldChars, heading } = this.paragraph;
    if (text.trim()) {
      this.targets[this.targets.length - 1]!.push({ kind: 'paragraph', text, bold: heading || (chars > 0 && boldChars >= 0.6 * chars) });
    }
    this.paragraph = { text: '', chars: 0, boldChars: 0, heading: false };
  }
}
