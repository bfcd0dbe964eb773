import type { FlowBlock } from './flow-to-lines';
import { childElements, findAll, type XmlElement } from './parse-xml';

// OpenDocument text (LibreOffice, common in French public services) → flow. Headings, paragraphs,
// lists, sections, tables row by row, and text frames anchored in a paragraph (read after it).
// Bold comes from the paragraph's or span's style, following parent styles.

const SKIPPED = new Set(['text:note', 'office:annotation', 'office:annotation-end', 'text:tracked-changes', 'text:sequence-decls', 'office:forms', 'svg:title', 'svg:desc']);

export type BoldStyles = Set<string>;

export function odfToFlow(element: XmlElement, boldStyles: BoldStyles): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  for (const child of childElements(element)) {
    if (SKIPPED.has(child.name)) continue;
    switch (child.name) {
      case 'text:h':
        blocks.push(...paragraph(child, true, boldStyles));
        break;
      case 'text:p':
        blocks.push(...paragraph(child, boldStyles.has(child.attributes['text:style-name'] ?? ''), boldStyles));
        break;
      case 'table:table':
        blocks.push({ kind: 'table', rows: tableRows(child).map((row) => tableCells(row).map((cell) => odfToFlow(cell, boldStyles))) });
        break;
      default:
        blocks.push(...odfToFlow(child, boldStyles));
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

function paragraph(element: XmlElement, bold: boolean, boldStyles: BoldStyles): FlowBlock[] {
  const inline = { text: '', boldChars: 0, chars: 0 };
  const frames: FlowBlock[] = [];
  collectInline(element, bold, inline, frames, boldStyles);
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
  boldStyles: BoldStyles,
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
    if (SKIPPED.has(child.name)) continue;
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
        frames.push(...odfToFlow(child, boldStyles));
        break;
      case 'text:span':
        collectInline(child, bold || boldStyles.has(child.attributes['text:style-name'] ?? ''), inline, frames, boldStyles);
        break;
      default:
        collectInline(child, bold, inline, frames, boldStyles);
    }
  }
}

/** Names of the styles that make text bold, directly or through a parent style. */
export function findBoldStyles(...documents: XmlElement[]): BoldStyles {
  const parents = new Map<string, string>();
  const bold = new Set<string>();
  const regular = new Set<string>();
  for (const document of documents) {
    for (const style of findAll(document, 'style:style')) {
      const name = style.attributes['style:name'];
      if (!name) continue;
      const parent = style.attributes['style:parent-style-name'];
      if (parent) parents.set(name, parent);
      const weight = childElements(style, 'style:text-properties')[0]?.attributes['fo:font-weight'];
      if (weight === undefined) continue;
      if (weight === 'bold' || Number(weight) >= 600) bold.add(name);
      else regular.add(name);
    }
  }
  const resolved = new Set<string>();
  for (const name of new Set([...parents.keys(), ...bold])) {
    let current: string | undefined = name;
    for (let depth = 0; current && depth < 20; depth += 1) {
      if (bold.has(current)) {
        resolved.add(name);
        break;
      }
      if (regular.has(current)) break;
      current = parents.get(current);
    }
  }
  return resolved;
}
