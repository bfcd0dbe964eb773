import type { FlowBlock } from './flow-to-lines';
import { childElements, findAll, type XmlElement } from './parse-xml';

// OpenDocument text (LibreOffice, common in French public services) → flow. Headings, paragraphs,
// lists, sections, tables row by row, and text frames anchored in a paragraph (read after it).
// Bold comes from the paragraph's or span's style, following parent styles. Hidden text (the
// "Hidden" character attribute, a style with text:display="none", or a hidden section) is neither
// shown nor printed: like Word's hidden text, it is never evidence (keywords hidden for
// applicant-tracking systems, template instructions). So is text in a font too small to read.

const SKIPPED = new Set(['text:note', 'office:annotation', 'office:annotation-end', 'text:tracked-changes', 'text:sequence-decls', 'office:forms', 'svg:title', 'svg:desc']);

export interface OdfStyles {
  bold: Set<string>;
  hidden: Set<string>;
}

export function odfToFlow(element: XmlElement, styles: OdfStyles): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  for (const child of childElements(element)) {
    if (SKIPPED.has(child.name) || isHidden(child, styles)) continue;
    switch (child.name) {
      case 'text:h':
        blocks.push(...paragraph(child, true, styles));
        break;
      case 'text:p':
        blocks.push(...paragraph(child, styles.bold.has(child.attributes['text:style-name'] ?? ''), styles));
        break;
      case 'table:table':
        blocks.push({ kind: 'table', rows: tableRows(child).map((row) => tableCells(row).map((cell) => odfToFlow(cell, styles))) });
        break;
      default:
        blocks.push(...odfToFlow(child, styles));
    }
  }
  return blocks;
}

function tableRows(table: XmlElement): XmlElement[] {
  return findAll(table, 'table:table-row').filter((row) => !isInNestedTable(table, row));
}

function isInNestedTable(table: XmlElement, row: XmlElement): boolean {
  for (const nested of findAll(table, 'table:table')) if (findAll(nested, 'table:table-row').includes(row)) return true;
  return false;
}

function tableCells(row: XmlElement): XmlElement[] {
  return childElements(row, 'table:table-cell');
}

/** An element hidden by its style or, for a section, by its own display attribute. */
function isHidden(element: XmlElement, styles: OdfStyles): boolean {
  if (element.attributes['text:display'] === 'none') return true;
  const style = element.attributes['text:style-name'];
  return style !== undefined && styles.hidden.has(style);
}

function paragraph(element: XmlElement, bold: boolean, styles: OdfStyles): FlowBlock[] {
  const inline = { text: '', boldChars: 0, chars: 0 };
  const frames: FlowBlock[] = [];
  collectInline(element, bold, inline, frames, styles);
  const blocks: FlowBlock[] = [];
  if (inline.text.trim()) {
    blocks.push({ kind: 'paragraph', text: inline.text, bold: bold || (inline.chars > 0 && inline.boldChars >= 0.6 * inline.chars) });
  }
  return [...blocks, ...frames];
}

function collectInline(
  element: XmlElement,
  bold: boolean,
  inline: { text: string; boldChars: number; chars: number },
  frames: FlowBlock[],
  styles: OdfStyles,
): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      // Outside text:s, runs of white space in ODF count as one space.
      const text = child.replace(/[ \t\r\n]+/g, ' ');
      inline.text += text;
      const visible = text.replace(/\s/g, '').length;
      inline.chars += visible;
      if (bold) inline.boldChars += visible;
      continue;
    }
    if (SKIPPED.has(child.name) || isHidden(child, styles)) continue;
    switch (child.name) {
      case 'text:s':
        inline.text += ' '.repeat(Math.min(100, Number(child.attributes['text:c'] ?? 1) || 1));
        break;
      case 'text:tab':
        inline.text += '\t';
        break;
      case 'text:line-break':
        inline.text += '\n';
        break;
      case 'draw:text-box':
        frames.push(...odfToFlow(child, styles));
        break;
      case 'text:span':
        collectInline(child, bold || styles.bold.has(child.attributes['text:style-name'] ?? ''), inline, frames, styles);
        break;
      default:
        collectInline(child, bold, inline, frames, styles);
    }
  }
}

/** The styles that make text bold, and those that hide it, directly or through a parent style. */
export function findStyles(...documents: XmlElement[]): OdfStyles {
  return {
    bold: findStylesWhere(documents, (properties) => {
      const weight = properties?.attributes['fo:font-weight'];
      return weight === undefined ? undefined : weight === 'bold' || Number(weight) >= 600;
    }),
    hidden: new Set([
      ...findStylesWhere(documents, (properties) => {
        const display = properties?.attributes['text:display'];
        return display === undefined ? undefined : display === 'none';
      }),
      ...findStylesWhere(documents, (properties) => {
        // Arabic or Hebrew text is drawn at the complex-script size.
        const size = points(properties?.attributes['fo:font-size']);
        const complex = points(properties?.attributes['style:font-size-complex']);
        return size === undefined ? undefined : size < MIN_POINTS && !(complex !== undefined && complex >= MIN_POINTS);
      }),
    ]),
  };
}

/** Below this size (points), text is too small to read: keywords stuffed in a 1-point font. */
const MIN_POINTS = 2;
const POINTS_PER_UNIT: Record<string, number> = { pt: 1, pc: 12, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, px: 0.75 };

/** A length such as "1pt" or "0.03cm" in points; undefined for a percentage or nothing. */
function points(length: string | undefined): number | undefined {
  const match = /^\s*([\d.]+)\s*(pt|pc|in|cm|mm|px)\s*$/.exec(length ?? '');
  const value = match ? Number(match[1]) * POINTS_PER_UNIT[match[2]!]! : NaN;
  return Number.isFinite(value) ? value : undefined;
}

/** Names of the styles whose text properties (or a parent's, the nearest that says) pass `test`. */
function findStylesWhere(documents: XmlElement[], test: (textProperties: XmlElement | undefined) => boolean | undefined): Set<string> {
  const parents = new Map<string, string>();
  const set = new Set<string>();
  const unset = new Set<string>();
  for (const document of documents) {
    for (const style of findAll(document, 'style:style')) {
      const name = style.attributes['style:name'];
      if (!name) continue;
      const parent = style.attributes['style:parent-style-name'];
      if (parent) parents.set(name, parent);
      const verdict = test(childElements(style, 'style:text-properties')[0]);
      if (verdict === undefined) continue;
      (verdict ? set : unset).add(name);
    }
  }
  const resolved = new Set<string>();
  for (const name of new Set([...parents.keys(), ...set])) {
    let current: string | undefined = name;
    for (let depth = 0; current && depth < 20; depth += 1) {
      if (set.has(current)) {
        resolved.add(name);
        break;
      }
      if (unset.has(current)) break;
      current = parents.get(current);
    }
  }
  return resolved;
}
