import type { TextItem } from '../../types';
import { dropOverprintedText } from './drop-overprinted-text';
import { findUprightRotation, type TextDirection } from './find-upright-rotation';
import { formFieldItems, type AnnotationData } from './form-field-items';
import { settleRaisedScripts } from './settle-raised-scripts';
import { isMicroText } from './is-micro-text';
import { markOverprintedGlyphs, mayBeOverprintedGlyphByGlyph } from './find-overprinted-glyphs';
import { cutUnseenText, isLeftOut, type SeenPart } from './leave-out-unseen-text';
import { imageTone, type ImageTone } from './image-tone';
import { isRectangle, locateGlyphs, type IsContentVisible, type PlacedGlyph, type ToneOfImage } from './locate-glyphs';
import { imagePaintOperators, isNearWhite, MIN_ALPHA } from './painted-areas';
import { loadPdfjs, type Pdfjs, type PdfPage } from './pdfjs';
import { isLetterSpaced, respaceLetterSpacedText } from './respace-letter-spaced-text';

interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

const BOLD_FONT = /bold|black|heavy|semibold|demibold|extrabold|[-,]bd\b|\bbd$/i;

export interface PageText {
  items: TextItem[];
  width: number;
  height: number;
  /** Images painted and paths drawn: a page without text but with these is a scan or outlined text. */
  images: number;
  paths: number;
  /** Share of the page (0–1) the largest image covers. */
  imageCoverage: number;
}

/**
 * Text items of one page in top-left coordinates (points), with the font's height and whether the
 * font is bold. Font names are only known once the page's operator list is loaded; we load it
 * because weight is one of the strongest heading cues. Text in optional content the document hides
 * (a layer switched off: the other language of a bilingual CV made in InDesign or Illustrator, a
 * template's instructions) is left out, as every viewer and printer leaves it out; `isVisible` is the
 * document's optional content configuration. So is text no one sees on the page: white where nothing
 * is painted beneath it, invisible where no scanned image is (leave-out-unseen-text.ts), or too
 * small to read (is-micro-text.ts). What a filled-in form shows in its fields is read with the rest.
 */
export async function extractTextItems(page: PdfPage, isVisible?: IsContentVisible): Promise<PageText> {
  const content = await page.getTextContent();
  const viewport = uprightViewport(page, content.items as PdfjsTextItem[]);
  const pdfjs = await loadPdfjs();
  const operators = await loadOperators(page);
  const boldFonts = findBoldFonts(page, content.items as PdfjsTextItem[], operators !== null);
  const rawItems = content.items as PdfjsTextItem[];
  const letterSpaced = rawItems.some((item) => isLetterSpaced(item.str ?? ''));
  const layered = isVisible !== undefined && operators !== null && hasOptionalContent(pdfjs, operators);
  const inked = operators !== null && mayDrawUnseenText(pdfjs, operators);
  const texts = rawItems.map((item) => (typeof item.str === 'string' ? item.str : ''));
  const overprinted = mayBeOverprintedGlyphByGlyph(texts);
  const tones = operators && inked ? await loadImageTones(pdfjs, page, operators) : () => null;
  const glyphs = operators && (letterSpaced || layered || inked || overprinted) ? placeGlyphs(pdfjs, page, operators, isVisible, tones) : [];
  if (overprinted) markOverprintedGlyphs(glyphs);
  const respaced = letterSpaced ? respaceLetterSpacedText(texts, glyphs) : new Map<number, string>();
  const hidden = glyphs.some((glyph) => glyph.hidden) ? findHiddenItems(rawItems, glyphs) : new Set<number>();
  const seenParts = glyphs.some(isLeftOut) ? cutUnseenText(texts, glyphs) : new Map<number, SeenPart[]>();
  const items: TextItem[] = [];
  for (const [index, raw] of rawItems.entries()) {
    if (typeof raw.str !== 'string' || raw.str.length === 0 || hidden.has(index)) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform;
    if (isMicroText(raw.str, Math.hypot(c, d), raw.width, Math.min(viewport.width, viewport.height))) continue;
    const fontHeight = Math.hypot(c, d) || Math.hypot(a, b) || raw.height || 10;
    const parts = seenParts.get(index);
    if (parts) {
      for (const part of parts) {
        const [x, baseline] = viewport.convertToViewportPoint(part.first.startX, part.first.startY) as [number, number];
        const width = Math.hypot(part.last.endX - part.first.startX, part.last.endY - part.first.startY);
        items.push({ text: part.text, x, y: baseline - fontHeight, width, height: fontHeight, fontName: raw.fontName, bold: part.bold || boldFonts.has(raw.fontName) });
      }
      continue;
    }
    // Convert PDF user space (origin bottom-left, y up) to top-left via the viewport transform.
    const [x, baseline] = viewport.convertToViewportPoint(e, f) as [number, number];
    items.push({
      text: respaced.get(index) ?? raw.str,
      x,
      y: baseline - fontHeight,
      width: raw.width,
      height: fontHeight,
      fontName: raw.fontName,
      bold: boldFonts.has(raw.fontName),
    });
  }
  const toViewport = (x: number, y: number) => viewport.convertToViewportPoint(x, y) as [number, number];
  items.push(...formFieldItems(await loadAnnotations(page), toViewport));
  return { items: settleRaisedScripts(dropOverprintedText(items)), width: viewport.width, height: viewport.height, ...countGraphics(pdfjs, operators, viewport.width * viewport.height) };
}

/** The page's viewport turned so that most of its text runs left to right. */
function uprightViewport(page: PdfPage, items: PdfjsTextItem[]): ReturnType<PdfPage['getViewport']> {
  const shown = page.getViewport({ scale: 1 });
  const directions: TextDirection[] = [];
  for (const item of items) {
    const weight = typeof item.str === 'string' ? item.str.trim().length : 0;
    if (weight === 0) continue;
    const [dx = 1, dy = 0] = item.transform;
    directions.push({ dx, dy, weight });
  }
  if (directions.length === 0) return shown;
  const candidates = [0, 90, 180, 270].map((turn) => {
    const rotation = (shown.rotation + turn) % 360;
    const viewport = turn === 0 ? shown : page.getViewport({ scale: 1, rotation });
    return { rotation, matrix: viewport.transform, viewport };
  });
  const rotation = findUprightRotation(directions, candidates);
  return candidates.find((candidate) => candidate.rotation === rotation)?.viewport ?? shown;
}

type OperatorList = Awaited<ReturnType<PdfPage['getOperatorList']>>;

function placeGlyphs(pdfjs: Pdfjs, page: PdfPage, operators: OperatorList, isVisible?: IsContentVisible, toneOf?: ToneOfImage): PlacedGlyph[] {
  const fontOf = (name: string) => {
    try {
      return page.commonObjs.get(name) as { fontMatrix?: number[]; vertical?: boolean } | null;
    } catch {
      return null;
    }
  };
  const [minX = 0, minY = 0, maxX = 0, maxY = 0] = page.view;
  return locateGlyphs(pdfjs.OPS, operators, fontOf, isVisible, { minX, minY, maxX, maxY }, toneOf);
}

/** How long a page waits for pdf.js to hand over its decoded pictures; past it they count as unknown. */
const IMAGE_TONES_MS = 2_000;

/**
 * The tone of each picture the page paints (image-tone.ts), by its arguments in the operator list:
 * pictures come from pdf.js's page or document objects, which it may fill after the operator list
 * is done, so they are awaited; an inline picture carries its pixels in its arguments.
 */
async function loadImageTones(pdfjs: Pdfjs, page: PdfPage, { fnArray, argsArray }: OperatorList): Promise<ToneOfImage> {
  const { OPS } = pdfjs;
  const ids = new Set<string>();
  for (const [index, operator] of fnArray.entries()) {
    const id = (argsArray[index] as unknown[] | null)?.[0];
    if ((operator === OPS.paintImageXObject || operator === OPS.paintImageXObjectRepeat) && typeof id === 'string') ids.add(id);
  }
  const tones = new Map<string, ImageTone | null>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, IMAGE_TONES_MS);
  });
  await Promise.all(
    [...ids].map((id) =>
      Promise.race([
        new Promise<void>((resolve) => {
          const store = id.startsWith('g_') ? page.commonObjs : page.objs;
          try {
            store.get(id, (image: unknown) => {
              tones.set(id, imageTone(image));
              resolve();
            }, () => resolve());
          } catch {
            resolve();
          }
        }),
        deadline,
      ]),
    ),
  );
  clearTimeout(timer);
  const inline = new WeakMap<object, ImageTone | null>();
  return (args) => {
    const [first] = args;
    if (typeof first === 'string') return tones.get(first) ?? null;
    if (!first || typeof first !== 'object') return null;
    if (!inline.has(first)) inline.set(first, imageTone(first));
    return inline.get(first) ?? null;
  };
}

/**
 * Whether the page draws text white, invisibly or fully transparent, or a picture after text. Glyphs are placed only then:
 * many pages set a white fill (for their background) but draw no text with it, and cost only this
 * walk.
 */
function mayDrawUnseenText(pdfjs: Pdfjs, { fnArray, argsArray }: OperatorList): boolean {
  const { OPS } = pdfjs;
  let state = { fill: false, stroke: false, mode: 0, transparent: false };
  const stack: (typeof state)[] = [];
  const imageOperators = imagePaintOperators(OPS);
  let textDrawn = false;
  for (const [index, operator] of fnArray.entries()) {
    // A picture or a filled rectangle (an editor's white-out) drawn after text may cover it.
    if (textDrawn && imageOperators.has(operator)) return true;
    if (textDrawn && operator === OPS.constructPath && fillsRectangle(pdfjs, argsArray[index] as unknown[] | null)) return true;
    textDrawn ||= operator === OPS.showText;
    const args = argsArray[index] as unknown[] | null;
    if (operator === OPS.save || operator === OPS.paintFormXObjectBegin) stack.push({ ...state });
    else if (operator === OPS.restore || operator === OPS.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (operator === OPS.setFillRGBColor) state.fill = isNearWhite(args?.[0]);
    else if (operator === OPS.setStrokeRGBColor) state.stroke = isNearWhite(args?.[0]);
    else if (operator === OPS.setFillColorN || operator === OPS.setFillTransparent) state.fill = false;
    else if (operator === OPS.setStrokeColorN || operator === OPS.setStrokeTransparent) state.stroke = false;
    else if (operator === OPS.setTextRenderingMode) state.mode = Number(args?.[0]) || 0;
    else if (operator === OPS.setGState) state.transparent ||= setsTransparency(args?.[0]);
    else if (operator === OPS.showText && (state.mode === 3 || state.fill || state.stroke || state.transparent)) return true;
  }
  return false;
}

/** Whether a constructPath fills a rectangle tall enough to hide a line of text (not a rule or an underline). */
function fillsRectangle({ OPS }: Pdfjs, args: unknown[] | null): boolean {
  const operator = Number(args?.[0]);
  const filled = [OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke].includes(operator);
  const bounds = args?.[2] as ArrayLike<number> | null | undefined;
  const tall = !bounds || bounds.length < 4 || Math.min(Math.abs(bounds[2]! - bounds[0]!), Math.abs(bounds[3]! - bounds[1]!)) >= MIN_COVER_SIDE;
  return filled && tall && isRectangle((args?.[1] as ArrayLike<unknown> | undefined)?.[0]);
}
/** The shorter side of a rectangle that may hide text, in its own units (points, or pixels at 0.75 pt). */
const MIN_COVER_SIDE = 2;

/** Whether an ExtGState (pdf.js's [key, value] pairs) makes fill or stroke nearly transparent. */
function setsTransparency(entries: unknown): boolean {
  return Array.isArray(entries) && entries.some((entry) => Array.isArray(entry) && (entry[0] === 'ca' || entry[0] === 'CA') && typeof entry[1] === 'number' && entry[1] < MIN_ALPHA);
}

function hasOptionalContent(pdfjs: Pdfjs, operators: OperatorList): boolean {
  return operators.fnArray.some((operator, index) => operator === pdfjs.OPS.beginMarkedContentProps && (operators.argsArray[index] as unknown[] | null)?.[0] === 'OC');
}

/**
 * The items drawn in hidden optional content. pdf.js ends a text item at every marked-content
 * boundary, so an item is all hidden or all shown. It is told by the glyphs starting where it
 * starts whose text is its own: a bilingual CV draws both languages at the same places, and a
 * hidden "WORK HISTORY" starts where a shown "EXPÉRIENCE" does.
 */
function findHiddenItems(items: PdfjsTextItem[], glyphs: PlacedGlyph[]): Set<number> {
  const TOLERANCE = 0.5;
  const starts = new Map<number, number[]>();
  for (const [index, glyph] of glyphs.entries()) {
    const row = Math.round(glyph.startY);
    const list = starts.get(row);
    if (list) list.push(index);
    else starts.set(row, [index]);
  }
  const letters = (text: string) => text.replace(/\s/g, '');
  /** Whether the glyphs from `first` on, in the same layer, spell `text`. */
  const spells = (first: number, text: string) => {
    let drawn = '';
    for (let index = first; index < glyphs.length && drawn.length < text.length; index += 1) {
      if (glyphs[index]!.hidden !== glyphs[first]!.hidden) break;
      drawn += letters(glyphs[index]!.char);
    }
    return drawn.startsWith(text);
  };
  const hidden = new Set<number>();
  for (const [index, item] of items.entries()) {
    const text = typeof item.str === 'string' ? letters(item.str) : '';
    if (text === '') continue;
    const [, , , , x = 0, y = 0] = item.transform;
    const near: number[] = [];
    for (const row of [Math.round(y) - 1, Math.round(y), Math.round(y) + 1]) {
      for (const glyph of starts.get(row) ?? []) if (Math.abs(glyphs[glyph]!.startX - x) <= TOLERANCE && Math.abs(glyphs[glyph]!.startY - y) <= TOLERANCE) near.push(glyph);
    }
    const matching = near.filter((glyph) => spells(glyph, text));
    const candidates = matching.length > 0 ? matching : near;
    if (candidates.length > 0 && candidates.every((glyph) => glyphs[glyph]!.hidden)) hidden.add(index);
  }
  return hidden;
}

/** The annotations a viewer shows, with the text their appearances draw (form-field-items.ts). */
async function loadAnnotations(page: PdfPage): Promise<AnnotationData[]> {
  try {
    return (await page.getAnnotations({ intent: 'display' })) as AnnotationData[];
  } catch {
    return []; // damaged annotations do not make the page's own text unreadable
  }
}

async function loadOperators(page: PdfPage): Promise<OperatorList | null> {
  try {
    return await page.getOperatorList();
  } catch {
    return null; // weight and graphics are hints; a page whose fonts fail to load is still readable
  }
}

type Matrix = [number, number, number, number, number, number];

function multiply([a1, b1, c1, d1, e1, f1]: Matrix, [a2, b2, c2, d2, e2, f2]: Matrix): Matrix {
  // m1 applied first, then m2 (the PDF "cm" order: new CTM = m1 × CTM).
  return [a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2, e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2];
}

/**
 * Counts images and paths, and measures the page area the images cover (each image fills the unit
 * square of the current matrix): a scan with one typed line on it is a big image under little text.
 */
function countGraphics(pdfjs: Pdfjs, operators: OperatorList | null, pageArea: number): { images: number; paths: number; imageCoverage: number } {
  const { OPS } = pdfjs;
  const imageOperators = imagePaintOperators(OPS);
  let images = 0;
  let paths = 0;
  let largestImage = 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const { fnArray = [], argsArray = [] } = operators ?? {};
  for (const [index, operator] of fnArray.entries()) {
    const args = argsArray[index] as unknown[] | null | undefined;
    if (operator === OPS.save) stack.push(ctm);
    else if (operator === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (operator === OPS.transform) ctm = multiply(toMatrix(args), ctm);
    else if (operator === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      ctm = multiply(toMatrix(args?.[0]), ctm);
    } else if (operator === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (imageOperators.has(operator)) {
      images += 1;
      largestImage = Math.max(largestImage, Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
    } else if (operator === OPS.constructPath) paths += 1;
  }
  return { images, paths, imageCoverage: pageArea > 0 ? Math.min(1, largestImage / pageArea) : 0 };
}

function toMatrix(value: unknown): Matrix {
  const source = Array.isArray(value) || ArrayBuffer.isView(value) ? Array.from(value as ArrayLike<number>) : [];
  if (source.length < 6 || source.some((entry) => typeof entry !== 'number' || !Number.isFinite(entry))) return [1, 0, 0, 1, 0, 0];
  return source.slice(0, 6) as Matrix;
}

function findBoldFonts(page: PdfPage, items: PdfjsTextItem[], fontsLoaded: boolean): Set<string> {
  const bold = new Set<string>();
  if (!fontsLoaded) return bold;
  const names = new Set(items.map((item) => item.fontName));
  for (const fontName of names) {
    try {
      const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean } | null;
      if (font && (font.bold || font.black || BOLD_FONT.test(font.name ?? ''))) bold.add(fontName);
    } catch {
      // font not resolved: leave it regular
    }
  }
  return bold;
}
