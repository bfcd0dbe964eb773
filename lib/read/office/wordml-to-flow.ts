import type { FlowBlock } from './flow-to-lines';
import type { WordStyleVisibility } from './hidden-word-styles';
import { childElements, type XmlElement } from './parse-xml';

// WordprocessingML → flow, for the parts mammoth leaves out: page headers and footers, where many
// CV templates put the name and contact details. Deleted revisions, the old place of moved text,
// field codes and the fallback copy of text boxes are skipped, and so is hidden text (formatted
// hidden, or in a character or paragraph style that hides it).

const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'mc:Fallback', 'w:rPr', 'w:pPr', 'w:sectPr']);

export function wordmlToFlow(element: XmlElement, styles: WordStyleVisibility = new Map()): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  for (const child of childElements(element)) {
    if (SKIPPED.has(child.name)) continue;
    if (child.name === 'w:p') blocks.push(...paragraph(child, styles));
    else if (child.name === 'w:tbl') {
      const rows = childElements(child, 'w:tr').map((row) => childElements(row, 'w:tc').map((cell) => wordmlToFlow(cell, styles)));
      blocks.push({ kind: 'table', rows });
    } else blocks.push(...wordmlToFlow(child, styles));
  }
  return blocks;
}

interface RunContext {
  styles: WordStyleVisibility;
  /** The paragraph's style hides its text (unless a run says otherwise). */
  hiddenParagraph: boolean;
}

function paragraph(element: XmlElement, styles: WordStyleVisibility): FlowBlock[] {
  const inline = { text: '', boldChars: 0, chars: 0 };
  const boxes: FlowBlock[] = [];
  const properties = childElements(element, 'w:pPr')[0];
  const style = properties && childElements(properties, 'w:pStyle')[0]?.attributes['w:val'];
  collectRuns(element, false, inline, boxes, { styles, hiddenParagraph: style !== undefined && styles.get(style) === true });
  const blocks: FlowBlock[] = [];
  if (inline.text.trim()) blocks.push({ kind: 'paragraph', text: inline.text, bold: inline.chars > 0 && inline.boldChars >= 0.6 * inline.chars });
  return [...blocks, ...boxes];
}

function collectRuns(element: XmlElement, bold: boolean, inline: { text: string; boldChars: number; chars: number }, boxes: FlowBlock[], context: RunContext): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (SKIPPED.has(child.name)) continue;
    switch (child.name) {
      case 'w:t': {
        const text = child.children.filter((node): node is string => typeof node === 'string').join('');
        inline.text += text;
        const visible = text.replace(/\s/g, '').length;
        inline.chars += visible;
        if (bold) inline.boldChars += visible;
        break;
      }
      case 'w:tab':
      case 'w:ptab': // the positional tab of Word's header layouts: name on the left, telephone on the right
        inline.text += '\t';
        break;
      case 'w:noBreakHyphen':
        inline.text += '-';
        break;
      case 'w:br':
      case 'w:cr':
        inline.text += '\n';
        break;
      case 'w:txbxContent':
        boxes.push(...wordmlToFlow(child, context.styles));
        break;
      case 'w:r':
        // Hidden text (w:vanish) is neither shown nor printed: never evidence.
        if (!isHiddenRun(child, context)) collectRuns(child, isBoldRun(child), inline, boxes, context);
        break;
      default:
        collectRuns(child, bold, inline, boxes, context);
    }
  }
}

/** Hidden by its own properties, else by its character style, else by its paragraph's style. */
function isHiddenRun(run: XmlElement, { styles, hiddenParagraph }: RunContext): boolean {
  const properties = childElements(run, 'w:rPr')[0];
  if (properties && childElements(properties, 'w:vanish')[0]) return runHas(run, 'w:vanish');
  const characterStyle = properties && childElements(properties, 'w:rStyle')[0]?.attributes['w:val'];
  return (characterStyle !== undefined ? styles.get(characterStyle) : undefined) ?? hiddenParagraph;
}

function isBoldRun(run: XmlElement): boolean {
  return runHas(run, 'w:b');
}

/** Whether the run's properties turn this toggle on (<w:b/>, <w:vanish w:val="true"/>). */
function runHas(run: XmlElement, toggle: string): boolean {
  const properties = childElements(run, 'w:rPr')[0];
  const element = properties && childElements(properties, toggle)[0];
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
