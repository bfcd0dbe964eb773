import { inheritedStyleValues } from './hidden-word-styles';
import { rewriteElements, topElements } from './rewrite-elements';

// Keywords stuffed for applicant-tracking systems in Word: typed in white, or in a 1-point font.
// Word shows the first as white page and the second as nothing; both are removed before the body
// is read, as hidden runs are (prepare-wordml.ts). A 1-point run is unreadable wherever it is. A
// white run (white by its own colour, or by its character or paragraph style) is only unseen where
// nothing can lie beneath it: white text on a shaded run or paragraph, in a shaded table cell or a
// table its style shades, in a filled text box, or over a shape or picture drawn behind the text
// is a template's design and is read. So white runs are left out in unshaded paragraphs and
// unshaded cells, and not at all in a document with a page background, pictures or filled shapes,
// in its body or its page headers and footers (templates anchor a header band there; the place of
// a floating shape is not known here). A text box or shape left unfilled paints nothing.

/** Run sizes (w:sz, in half-points) below this are too small to read: 1.5 points and less. */
const MIN_HALF_POINTS = 4;
/** Each channel at least this (of 255): white to the eye ("FEFEFE" too). */
const WHITE_CHANNEL = 0xf8;

/** What the styles part paints: which styles colour text white, shade paragraphs, shade tables. */
export interface WordPaint {
  /** Paragraph and character style ids → whether their text is white (absent: they say no colour). */
  white: ReadonlyMap<string, boolean>;
  /** Paragraph styles whose paragraphs are shaded. */
  shadedParagraphs: ReadonlySet<string>;
  /** Table styles that shade some of their cells (a header row, banded rows). */
  shadedTables: ReadonlySet<string>;
  /** The style a paragraph or table without one of its own has. */
  defaultParagraph?: string;
  defaultTable?: string;
}

const NO_PAINT: WordPaint = { white: new Map(), shadedParagraphs: new Set(), shadedTables: new Set() };

/** `margins`: the page headers' and footers' markup. */
export function dropUnseenWordRuns(markup: string, paint: WordPaint = NO_PAINT, margins: readonly string[] = []): string {
  const withoutTiny = rewriteElements(markup, new Set(['w:r']), (_, run) => (isTinyRun(run) ? '' : run));
  const whiteStyled = [...paint.white.values()].some(Boolean);
  if ((!whiteStyled && !/<w:color\b[^>]*\bw:val\s*=\s*"[fF]/.test(withoutTiny)) || [withoutTiny, ...margins].some(mayHaveSomethingBeneath)) return withoutTiny;
  // Tables are read cell by cell; the paragraphs between them lose their white runs.
  let result = '';
  let at = 0;
  for (const table of topElements(withoutTiny, 'w:tbl')) {
    const start = withoutTiny.indexOf(table.outer, at);
    if (start < 0) break;
    result += dropWhiteRuns(withoutTiny.slice(at, start), paint) + dropWhiteRunsInTable(table.outer, paint);
    at = start + table.outer.length;
  }
  return result + dropWhiteRuns(withoutTiny.slice(at), paint);
}

/** What the styles part (styles.xml) paints: white text, shaded paragraphs, shaded tables. */
export function readWordPaint(stylesXml: string): WordPaint {
  // A style is shaded when it or any style it is based on shades: an unshaded one says nothing.
  const shadedParagraphs = inheritedStyleValues(stylesXml, (style) => (isShaded(/<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(style)?.[1] ?? '') ? true : undefined));
  const shadedTables = inheritedStyleValues(stylesXml, (style) => (/\bw:type\s*=\s*"table"/.test(style) && [...style.matchAll(/<w:shd\b[^>]*>/g)].some(([shading]) => isShaded(shading)) ? true : undefined));
  const white = inheritedStyleValues(stylesXml, (style) => textWhiteness(/<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/.exec(style)?.[1] ?? ''));
  const defaultOf = (type: string) => {
    for (const [style] of stylesXml.matchAll(/<w:style\b[^>]*>/g)) {
      if (new RegExp(`\\bw:type\\s*=\\s*"${type}"`).test(style) && /\bw:default\s*=\s*"(1|true|on)"/.test(style)) return /\bw:styleId\s*=\s*"([^"]*)"/.exec(style)?.[1];
    }
    return undefined;
  };
  return { white, shadedParagraphs: new Set(shadedParagraphs.keys()), shadedTables: new Set(shadedTables.keys()), defaultParagraph: defaultOf('paragraph'), defaultTable: defaultOf('table') };
}

/** A table shaded by its own properties or its style keeps its white text; otherwise each unshaded cell loses it. */
function dropWhiteRunsInTable(table: string, paint: WordPaint): string {
  const properties = /^<w:tbl\b[^>]*>\s*<w:tblPr\b[^>]*>([\s\S]*?)<\/w:tblPr>/.exec(table)?.[1] ?? '';
  const style = /<w:tblStyle\b[^>]*\bw:val\s*=\s*"([^"]*)"/.exec(properties)?.[1] ?? paint.defaultTable;
  const rowShading = [...table.matchAll(/<w:tblPrEx\b[^>]*>([\s\S]*?)<\/w:tblPrEx>/g)].some(([, exceptions]) => isShaded(exceptions ?? ''));
  if (isShaded(properties) || rowShading || (style !== undefined && paint.shadedTables.has(style))) return table;
  let result = '';
  let at = 0;
  for (const cell of topElements(table, 'w:tc')) {
    const start = table.indexOf(cell.outer, at);
    if (start < 0) break;
    const cellProperties = /^<w:tc\b[^>]*>\s*<w:tcPr\b[^>]*>([\s\S]*?)<\/w:tcPr>/.exec(cell.outer)?.[1] ?? '';
    // A table inside the cell is judged as a whole, as shaded as its own style says: kept.
    const kept = isShaded(cellProperties) || /<w:tbl\b/.test(cell.inner);
    result += table.slice(at, start) + (kept ? cell.outer : dropWhiteRuns(cell.outer, paint));
    at = start + cell.outer.length;
  }
  return result + table.slice(at);
}

function dropWhiteRuns(markup: string, paint: WordPaint): string {
  return rewriteElements(markup, new Set(['w:p']), (_, paragraph) => {
    const properties = /^<w:p\b[^>]*>\s*<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(paragraph)?.[1] ?? '';
    const style = /<w:pStyle\b[^>]*\bw:val\s*=\s*"([^"]*)"/.exec(properties)?.[1] ?? paint.defaultParagraph;
    if (isShaded(properties) || (style !== undefined && paint.shadedParagraphs.has(style))) return paragraph;
    const styleWhite = style !== undefined && paint.white.get(style) === true;
    // Paragraphs in a text box anchored here were judged on their own (innermost first): set aside.
    const nested: string[] = [];
    const open = /^<w:p\b[^>]*>/.exec(paragraph)?.[0] ?? '';
    const inner = paragraph.slice(open.length).replace(/<\/w:p>$/, '');
    let masked = inner;
    for (const element of topElements(inner, 'w:p')) masked = masked.replace(element.outer, () => `\uE001${nested.push(element.outer) - 1}\uE001`);
    const rewritten = rewriteElements(masked, new Set(['w:r']), (__, run) => (isWhiteRun(run, paint, styleWhite) ? '' : run));
    if (rewritten === masked) return paragraph;
    return open + rewritten.replace(/\uE001(\d+)\uE001/g, (__, index: string) => nested[Number(index)]!) + (paragraph.endsWith('</w:p>') ? '</w:p>' : '');
  });
}

/** A page background, or anything drawn that may paint under the text: a picture, a filled shape. */
function mayHaveSomethingBeneath(markup: string): boolean {
  if (/<w:background\b|<w:object\b/.test(markup)) return true;
  // Word writes each shape twice, DrawingML then a VML copy for older readers: the first is judged.
  const drawn = markup.replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g, '');
  return topElements(drawn, 'w:drawing').some(({ inner }) => drawingPaints(inner)) || topElements(drawn, 'w:pict').some(({ inner }) => vmlPaints(inner));
}

/** A DrawingML drawing paints unless it is a shape or text box filled with nothing, or with white. */
function drawingPaints(drawing: string): boolean {
  if (/<pic:pic\b|<a:blip\b|<wpg:wgp\b|<wpc:wpc\b|<w:drawing\b|graphicData\s+uri="[^"]*(?:chart|diagram)/.test(drawing)) return true;
  const shape = /<wps:spPr\b[^>]*>([\s\S]*?)<\/wps:spPr>/.exec(drawing)?.[1];
  if (shape === undefined) return true;
  const fill = shape.replace(/<a:ln\b[\s\S]*?<\/a:ln>/g, '');
  if (/<a:noFill\s*\/>/.test(fill)) return false;
  const solid = /<a:solidFill>\s*<a:(srgbClr|schemeClr|prstClr|sysClr)\b[^>]*\b(?:val|lastClr)\s*=\s*"([^"]*)"[^>]*\/?>/.exec(fill);
  // Without a fill of its own a shape takes its style's (Word's default shape: the accent colour).
  if (!solid || /<a:(gradFill|pattFill|blipFill)\b/.test(fill)) return true;
  const [, kind, value = ''] = solid;
  return !(kind === 'srgbClr' ? isWhite(value) : ['bg1', 'lt1', 'white', 'window'].includes(value));
}

/** A VML drawing paints when it holds a picture or a shape filled with a colour other than white (VML's default fill). */
function vmlPaints(pict: string): boolean {
  if (/<v:imagedata\b|<o:OLEObject\b/.test(pict)) return true;
  for (const [, attributes = ''] of pict.matchAll(/<v:(?:shape|rect|roundrect|oval|arc|polyline|curve)\b([^>]*)>/g)) {
    if (/\bfilled\s*=\s*"(f|false)"/.test(attributes)) continue;
    const color = /\bfillcolor\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    if (color !== undefined && !isWhiteVmlColor(color)) return true;
  }
  return [...pict.matchAll(/<v:fill\b([^>]*)>/g)].some(([, attributes = '']) => /\btype\s*=\s*"(?!solid)/.test(attributes) || !isWhiteVmlColor(/\bcolor\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? 'white'));
}

function isWhiteVmlColor(color: string): boolean {
  const hex = /#([0-9a-f]{6})\b/i.exec(color)?.[1];
  return hex ? isWhite(hex) : /^\s*(white|window)\b/i.test(color);
}

/** The run's own properties (its first child). */
function runProperties(run: string): string {
  return /^<w:r\b[^>]*>\s*<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
}

/** Tiny in both its sizes: Arabic or Hebrew text is drawn at its complex-script size (w:szCs). */
function isTinyRun(run: string): boolean {
  const properties = runProperties(run);
  const size = (name: string) => Number(new RegExp(`<${name}\\b[^>]*\\bw:val\\s*=\\s*"(\\d+)"`).exec(properties)?.[1] ?? NaN);
  const complex = size('w:szCs');
  return size('w:sz') < MIN_HALF_POINTS && !(complex >= MIN_HALF_POINTS) && hasText(run);
}

/**
 * White by its own colour, or, saying none, by its character style or its paragraph's style
 * (`paragraphWhite`); on no shading or highlight of its own; holding text and nothing else drawn.
 */
function isWhiteRun(run: string, paint: WordPaint, paragraphWhite: boolean): boolean {
  if (!hasText(run) || /<w:drawing\b|<w:pict\b|<mc:AlternateContent\b|\uE001/.test(run)) return false;
  const properties = runProperties(run);
  const own = textWhiteness(properties);
  if (own !== undefined) return own;
  if (isShaded(properties) || isHighlighted(properties)) return false;
  const style = /<w:rStyle\b[^>]*\bw:val\s*=\s*"([^"]*)"/.exec(properties)?.[1];
  return (style !== undefined ? paint.white.get(style) : undefined) ?? paragraphWhite;
}

/** Whether run properties colour text white on no shading or highlight (true), another colour (false), or say no colour (undefined). */
function textWhiteness(properties: string): boolean | undefined {
  const color = /<w:color\b[^>]*\bw:val\s*=\s*"([^"]*)"/.exec(properties)?.[1];
  if (color === undefined) return undefined;
  return /^[0-9A-Fa-f]{6}$/.test(color) && isWhite(color) && !isShaded(properties) && !isHighlighted(properties);
}

function isHighlighted(properties: string): boolean {
  const highlight = /<w:highlight\b[^>]*\bw:val\s*=\s*"([^"]*)"/.exec(properties)?.[1];
  return highlight !== undefined && highlight !== 'none' && highlight !== 'white';
}

/** A w:shd whose fill (or pattern colour) is a colour other than white. */
function isShaded(properties: string): boolean {
  const shading = /<w:shd\b([^>]*)>/.exec(properties)?.[1];
  if (!shading) return false;
  const fill = /\bw:fill\s*=\s*"([0-9A-Fa-f]{6})"/.exec(shading)?.[1];
  const pattern = /\bw:val\s*=\s*"([^"]*)"/.exec(shading)?.[1];
  const patternColor = /\bw:color\s*=\s*"([0-9A-Fa-f]{6})"/.exec(shading)?.[1];
  return (fill !== undefined && !isWhite(fill)) || (pattern !== undefined && !['clear', 'nil'].includes(pattern) && patternColor !== undefined && !isWhite(patternColor));
}

function isWhite(hex: string): boolean {
  return [0, 2, 4].every((at) => parseInt(hex.slice(at, at + 2), 16) >= WHITE_CHANNEL);
}

function hasText(run: string): boolean {
  return /<w:t\b[^>]*>[^<]*\S/.test(run);
}
