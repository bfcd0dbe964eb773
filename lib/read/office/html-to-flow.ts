import type { FlowBlock } from './flow-to-lines';
import { childElements, type XmlElement, type XmlNode } from './parse-xml';

// mammoth turns a DOCX body into simple HTML (p, h1–h6, ul/ol/li, table/tr/td, strong, br); this
// walks it into the paragraph-and-table flow shared with the ODT reader.

const HEADING = /^h[1-6]$/;
const PARAGRAPH = new Set(['p', 'li', 'pre', 'blockquote', 'dt', 'dd', 'caption']);
const NESTED_BLOCK = new Set(['ul', 'ol', 'table', 'p', 'div', 'dl']);
const BOLD = new Set(['strong', 'b']);

export function htmlToFlow(nodes: XmlNode[]): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (node.trim()) blocks.push({ kind: 'paragraph', text: node, bold: false });
      continue;
    }
    if (HEADING.test(node.name) || PARAGRAPH.has(node.name)) {
      blocks.push(...paragraph(node, HEADING.test(node.name)));
    } else if (node.name === 'table') {
      blocks.push({ kind: 'table', rows: tableRows(node).map((row) => childElements(row).filter(isCell).map((cell) => htmlToFlow(cell.children))) });
    } else if (node.name !== 'img') {
      blocks.push(...htmlToFlow(node.children));
    }
  }
  return blocks;
}

function isCell(element: XmlElement): boolean {
  return element.name === 'td' || element.name === 'th';
}

function tableRows(table: XmlElement): XmlElement[] {
  return childElements(table).flatMap((child) => (child.name === 'tr' ? [child] : childElements(child, 'tr')));
}

/** One paragraph; lists or tables nested inside it (a list item's sub-list) follow it. */
function paragraph(element: XmlElement, heading: boolean): FlowBlock[] {
  const inline = { text: '', boldChars: 0, chars: 0 };
  const nested: XmlElement[] = [];
  collectInline(element.children, heading, inline, nested);
  const blocks: FlowBlock[] = [];
  if (inline.text.trim()) {
    blocks.push({ kind: 'paragraph', text: inline.text, bold: heading || (inline.chars > 0 && inline.boldChars >= 0.6 * inline.chars) });
  }
  blocks.push(...htmlToFlow(nested));
  return blocks;
}

function collectInline(
  nodes: XmlNode[],
  bold: boolean,
  inline: { text: string; boldChars: number; chars: number },
  nested: XmlElement[],
): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      inline.text += node;
      const visible = node.replace(/\s/g, '').length;
      inline.chars += visible;
      if (bold) inline.boldChars += visible;
    } else if (node.name === 'br') {
      inline.text += '\n';
    } else if (NESTED_BLOCK.has(node.name)) {
      nested.push(node);
    } else if (node.name !== 'img') {
      collectInline(node.children, bold || BOLD.has(node.name), inline, nested);
    }
  }
}
