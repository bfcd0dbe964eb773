import { inheritedStyleValues } from './hidden-word-styles';
import { rewriteElements, topElements } from './rewrite-elements';

// Keywords stuffed for applicant-tracking systems in Word: typed in white, or in a 1-point font.
// Word shows the first as white page and the second as nothing; both are removed before the body
// is read, as hidden runs are (prepare-wordml.ts). A 1-point run is unreadable wherever it is. A
// white run is only unseen where nothing can lie beneath it: white text on a shaded run or
// paragraph, in a table cell (shaded by the cell or the table's style), in a text box or over a
// shape or picture drawn behind the text is a template's design and is read. So white runs are
// left out only in unshaded paragraphs outside tables, and not at all in a document with a page
// background, drawings or VML shapes, in its body or its page headers and footers (templates
// anchor a header band there; the place of a floating shape is not known here).

/** Run sizes (w:sz, in half-points) below this are too small to read: 1.5 points and less. */
const MIN_HALF_POINTS = 4;
/** Each channel at least this (of 255): white to the eye ("FEFEFE" too). */
const WHITE_CHANNEL = 0xf8;

/**
 * `shadedStyles`: paragraph styles whose paragraphs are shaded (shadedParagraphStyles);
 * `margins`: the page headers' and footers' markup.
 */
export function dropUnseenWordRuns(markup: string, shadedStyles: ReadonlySet<string> = new Set(), margins: readonly string[] = []): string {
  const withoutTiny = rewriteElements(markup, new Set(['w:r']), (_, run) => (isTinyRun(run) ? '' : run));
  if (!/<w:color\b[^>]*\bw:val\s*=\s*"[fF]/.test(withoutTiny) || [withoutTiny, ...margins].some(mayHaveSomethingBeneath)) return withoutTiny;
  // Tables are kept as they are; the paragraphs between them lose their white runs.
  let result = '';
  let at = 0;
  for (const table of topElements(withoutTiny, 'w:tbl')) {
    const start = withoutTiny.indexOf(table.outer, at);
    if (start < 0) break;
    result += dropWhiteRuns(withoutTiny.slice(at, start), shadedStyles) + table.outer;
    at = start + table.outer.length;
  }
  return result + dropWhiteRuns(withoutTiny.slice(at), shadedStyles);
}

/** Paragraph styles that shade their paragraphs, by themselves or through the style they are based on. */
export function shadedParagraphStyles(stylesXml: string): Set<string> {
  // A style is shaded when it or any style it is based on shades: an unshaded one says nothing.
  const shaded = inheritedStyleValues(stylesXml, (style) => (isShaded(/<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(style)?.[1] ?? '') ? true : undefined));
  return new Set(shaded.keys());
}

function dropWhiteRuns(markup: string, shadedStyles: ReadonlySet<string>): string {
  return rewriteElements(markup, new Set(['w:p']), (_, paragraph) => {
    const properties = /^<w:p\b[^>]*>\s*<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(paragraph)?.[1] ?? '';
    const style = /<w:pStyle\b[^>]*\bw:val\s*=\s*"([^"]*)"/.exec(properties)?.[1];
    if (isShaded(properties) || (style !== undefined && shadedStyles.has(style))) return paragraph;
    return rewriteElements(paragraph, new Set(['w:r']), (__, run) => (isWhiteRun(run) ? '' : run));
  });
}

/** A page background, or anything drawn that may float under the text. */
function mayHaveSomethingBeneath(markup: string): boolean {
  return /<w:background\b|<w:drawing\b|<w:pict\b|<w:object\b|<mc:AlternateContent\b/.test(markup);
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

/** White by its own colour, on no shading or highlight of its own, holding text and nothing else drawn. */
function isWhiteRun(run: string): boolean {
  const properties = runProperties(run);
  const color = /<w:color\b[^>]*\bw:val\s*=\s*"([0-9A-Fa-f]{6})"/.exec(properties)?.[1];
  if (!color || !isWhite(color) || isShaded(properties)) return false;
  const highlight = /<w:highlight\b[^>]*\bw:val\s*=\s*"([^"]*)"/.exec(properties)?.[1];
  return (highlight === undefined || highlight === 'none' || highlight === 'white') && hasText(run);
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
