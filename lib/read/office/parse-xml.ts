import { CvError } from '../../errors';

// A small, forgiving XML reader for the machine-written markup of office files (ODT content.xml,
// DOCX parts) and for mammoth's HTML. No DTDs or external entities are ever resolved: only the five
// XML entities, numeric references and &nbsp;.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Office markup never nests near this deep; deeper is a damaged or hostile file, refused before
 *  the steps that walk the tree recursively overflow the stack. */
const MAX_DEPTH = 1_000;

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const NAME_CHARACTER = /[^\s=/>]/g;
const NOT_NAME_CHARACTER = /[\s=/>]/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Parses markup into a tree under a synthetic "#document" element. */
export function parseXml(markup: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  // How many elements of each name are open: an end tag that closes none is passed over at once
  // (looked for down the stack, a million stray end tags under 1,000 open elements took seconds).
  const openNames = new Map<string, number>();
  let position = 0;
  while (position < markup.length) {
    const open = markup.indexOf('<', position);
    const textEnd = open < 0 ? markup.length : open;
    if (textEnd > position) appendText(stack[stack.length - 1]!, decodeEntities(markup.slice(position, textEnd)));
    if (open < 0) break;
    if (markup.startsWith('<!--', open)) {
      position = skipPast(markup, '-->', open);
    } else if (markup.startsWith('<![CDATA[', open)) {
      const end = markup.indexOf(']]>', open);
      appendText(stack[stack.length - 1]!, markup.slice(open + 9, end < 0 ? markup.length : end));
      position = end < 0 ? markup.length : end + 3;
    } else if (markup.startsWith('<?', open)) {
      position = skipPast(markup, '?>', open);
    } else if (markup.startsWith('<!', open)) {
      position = skipPast(markup, '>', open);
    } else {
      const close = tagEnd(markup, open);
      if (close < 0) break;
      const tag = markup.slice(open + 1, close);
      position = close + 1;
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        if (!openNames.get(name)) continue;
        const index = findOpen(stack, name);
        if (index > 0) {
          for (let i = index; i < stack.length; i += 1) openNames.set(stack[i]!.name, openNames.get(stack[i]!.name)! - 1);
          stack.length = index;
        }
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const nameEnd = body.search(/[\s/]|$/);
      const element: XmlElement = { name: body.slice(0, nameEnd), attributes: readAttributes(body.slice(nameEnd)), children: [] };
      stack[stack.length - 1]!.children.push(element);
      if (!selfClosing && !VOID_HTML.has(element.name)) {
        if (stack.length > MAX_DEPTH) throw new CvError('corrupt-file', `markup nested deeper than ${MAX_DEPTH}`);
        stack.push(element);
        openNames.set(element.name, (openNames.get(element.name) ?? 0) + 1);
      }
    }
  }
  return root;
}

/** HTML elements that never have content, in case a producer leaves them unclosed. */
const VOID_HTML = new Set(['br', 'img', 'hr', 'meta', 'link', 'input']);

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (!name || child.name === name));
}

/** Every descendant element with this name, in document order. */
export function findAll(element: XmlElement, name: string, found: XmlElement[] = []): XmlElement[] {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) found.push(child);
    findAll(child, name, found);
  }
  return found;
}

/** The attributes `name="value"` of a tag, as a global search for ATTRIBUTE finds them. An
 *  attribute is tried where the last one ended and where a run of name characters starts, never
 *  inside a run: one that fails from a run's start fails from inside it too. (Tried at every
 *  character, a tag holding 200,000 name characters and no "=" took minutes.) */
function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let from = 0;
  while (from < source.length) {
    NAME_CHARACTER.lastIndex = from;
    if (!NAME_CHARACTER.test(source)) break;
    const start = NAME_CHARACTER.lastIndex - 1;
    ATTRIBUTE.lastIndex = start;
    const match = ATTRIBUTE.exec(source);
    if (match) {
      attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '');
      from = ATTRIBUTE.lastIndex;
    } else {
      NOT_NAME_CHARACTER.lastIndex = start;
      from = NOT_NAME_CHARACTER.test(source) ? NOT_NAME_CHARACTER.lastIndex - 1 : source.length;
    }
  }
  return attributes;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const value = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '';
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
  });
}

function appendText(element: XmlElement, text: string): void {
  const last = element.children[element.children.length - 1];
  if (typeof last === 'string') element.children[element.children.length - 1] = last + text;
  else element.children.push(text);
}

/** The ">" closing the tag opened at `open`, skipping quoted attribute values. */
function tagEnd(markup: string, open: number): number {
  let quote = '';
  for (let i = open + 1; i < markup.length; i += 1) {
    const char = markup[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i;
    }
  }
  return -1;
}

function findOpen(stack: XmlElement[], name: string): number {
  for (let i = stack.length - 1; i > 0; i -= 1) if (stack[i]!.name === name) return i;
  return -1;
}

function skipPast(markup: string, terminator: string, from: number): number {
  const end = markup.indexOf(terminator, from);
  return end < 0 ? markup.length : end + terminator.length;
}
