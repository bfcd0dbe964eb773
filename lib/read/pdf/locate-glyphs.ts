import { contrastRatio, luminanceAt, luminanceOfColor, type ImageTone } from './image-tone';
import { boxArea, boxContains, imagePaintOperators, intersectBoxes, invertMatrix, isNearWhite, MIN_ALPHA, transformBox, unionBoxes, UNIT_SQUARE, type Box, type PaintedArea } from './painted-areas';
import type { Pdfjs, PdfPage } from './pdfjs';

// Where each glyph of a page starts and ends, from the page's operator list, following pdf.js's
// own canvas arithmetic (text matrix, font size and matrix, character and word spacing, horizontal
// scaling, TJ adjustments, save/restore and form matrices). pdf.js's text content gives no glyph
// positions, and letter-spaced text ("V E N D E U S E  E N …") needs them: the gap between words
// is the only thing that tells them apart. Each glyph also says whether it is drawn in optional
// content (a layer) that is hidden, and whether it is drawn so that no one sees it (white on the
// white page, or invisibly, in render mode 3 or fully transparent, on a page that is no scan).

export interface PlacedGlyph {
  char: string;
  /** Start and end of the glyph's advance along the baseline, in page user space. */
  startX: number;
  startY: number;
  endX: number;
  endY: number;
  /** Unit vector of the text direction and the font size, in user space. */
  directionX: number;
  directionY: number;
  size: number;
  /** Drawn inside optional content the viewer hides (a layer switched off). */
  hidden: boolean;
  /** Drawn white where nothing is painted beneath it, or invisibly (render mode 3, or fully
   *  transparent) except over the images of a scan, or covered by an opaque picture drawn after it
   *  on a page that is no scan: keywords stuffed for applicant-tracking systems.
   *  Invisible text over a scan is its OCR layer, and white text over a coloured band, a thick
   *  coloured line or a photo is seen; both are read. */
  unseen: boolean;
  /** Fake bold drawn glyph by glyph: this glyph is a copy drawn over an earlier one, or the
   *  earlier one that copies thicken (find-overprinted-glyphs.ts). */
  overprint?: 'copy' | 'thickened';
}

/** Whether optional content (the operator list's description of an OCG or OCMD) is shown. */
export type IsContentVisible = (group: unknown) => boolean;

/** The tone of the picture an image operator paints (its arguments as pdf.js gives them); null when unknown. */
export type ToneOfImage = (args: unknown[]) => ImageTone | null;

type OperatorList = Awaited<ReturnType<PdfPage['getOperatorList']>>;
type Matrix = [number, number, number, number, number, number];

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

interface TextState {
  ctm: Matrix;
  textMatrix: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
  fontSize: number;
  fontDirection: number;
  fontMatrixX: number;
  vertical: boolean;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  /** Fill and stroke colours as pdf.js gives them ("#rrggbb"; anything else for a pattern). */
  fill: unknown;
  stroke: unknown;
  renderMode: number;
  /** Opacity of fill and stroke (ExtGState /ca and /CA), and the stroke's width in its own space. */
  fillAlpha: number;
  strokeAlpha: number;
  lineWidth: number;
  /** The clip last set, in user space: where a shading paints. */
  clip: Box | null;
  /** The clip is a shape other than a rectangle (a round photo, text used as a clip): its box is more than it lets through. */
  clipShaped: boolean;
  /** A soft mask is in effect (or the image drawn next carries its own): what it paints lets through what is under it. */
  masked: boolean;
  /** A blend mode other than Normal (a highlighter's Multiply): what it paints lets text under it show. */
  blended: boolean;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const INVISIBLE = 3;
/** Render modes that fill the glyphs, and those that stroke them (4–7 also add them to the clip). */
const FILLS = new Set([0, 2, 4, 6]);
const STROKES = new Set([1, 2, 5, 6]);
/** Areas kept at most: each white or invisible glyph is checked against them all. Past this (a chart
 *  or a page of outlines), white and invisible text is read, as before we looked at colours. */
const MAX_PAINTED = 2000;
/** A stroke at least this wide (points) is a band white text can be read on; a hairline rule or a
 *  frame's border under white keywords leaves them white on white. */
const MIN_BAND = 4;
/** Share of the page the images must cover together for the page to be a scan (one image, or the
 *  strips and tiles some scanners cut a page into), over which invisible text is its OCR layer. */
const SCAN_SHARE = 0.5;
/** Opacity from which a picture drawn over text hides it (a faded picture lets it show through). */
const OPAQUE = 0.9;
/** Glyphs checked at most against rectangles drawn over text (a fraction of a second). */
const MAX_COVER_CHECKS = 2_000_000;

export function locateGlyphs(
  OPS: Pdfjs['OPS'],
  operators: OperatorList,
  fontOf: (name: string) => { fontMatrix?: number[]; vertical?: boolean } | null,
  isVisible: IsContentVisible = () => true,
  page?: Box,
  toneOf: ToneOfImage = () => null,
): PlacedGlyph[] {
  const glyphs: PlacedGlyph[] = [];
  // One entry per open marked-content sequence: whether it hides what it holds.
  const marked: boolean[] = [];
  let hiding = 0;
  let state: TextState = {
    ctm: [...IDENTITY],
    textMatrix: [...IDENTITY],
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
    fontSize: 0,
    fontDirection: 1,
    fontMatrixX: 0.001,
    vertical: false,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    fill: '#000000',
    stroke: '#000000',
    renderMode: 0,
    fillAlpha: 1,
    strokeAlpha: 1,
    lineWidth: 1,
    clip: null,
    clipShaped: false,
    masked: false,
    blended: false,
  };
  const stack: TextState[] = [];
  const painted: PaintedArea[] = [];
  const invisible: PlacedGlyph[] = [];
  const imageOperators = imagePaintOperators(OPS);
  // Pictures that paint every pixel of their square (not stencil masks, which paint only their shape).
  const opaqueImageOperators = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject]);
  // Opaque pictures and rectangles, each with the number of glyphs drawn before it: those it covers
  // are hidden. A rectangle must cover a glyph's body, not only its middle: an underline or a
  // strikethrough is a thin rectangle drawn after its text.
  const coverings: { box: Box; drawnAfter: number; shape: boolean }[] = [];
  // How many glyphs were drawn before each picture: those after it are drawn over it.
  const glyphsBefore = new Map<PaintedArea, number>();
  const fillOperators = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokeOperators = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  let clipping = false;
  // Text drawn in a clipping mode (4–7) becomes the clip when its text object ends.
  let textClip: Box | null = null;
  // A stencil mask paints in the fill colour; a picture in its own colours.
  const stencilOperators = new Set<number>([OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask]);
  const imagePaint = (operator: number, args: unknown[], { fill, ctm }: TextState): Pick<PaintedArea, 'luminance' | 'tone'> => {
    if (stencilOperators.has(operator)) return { luminance: luminanceOfColor(fill) };
    const grid = toneOf(args);
    const toUnitSquare = grid && invertMatrix(ctm);
    return grid && toUnitSquare ? { tone: { grid, toUnitSquare } } : {};
  };
  const paint = (area: PaintedArea) => {
    if (painted.length <= MAX_PAINTED) painted.push(area);
  };
  const moveText = (x: number, y: number) => {
    state.x = state.lineX += x;
    state.y = state.lineY += y;
  };
  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i += 1) {
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fnArray[i]) {
      case OPS.save:
      case OPS.paintFormXObjectBegin:
        stack.push({ ...state, ctm: [...state.ctm] as Matrix, textMatrix: [...state.textMatrix] as Matrix });
        if (fnArray[i] === OPS.paintFormXObjectBegin && Array.isArray(args[0])) state.ctm = multiply(args[0] as Matrix, state.ctm);
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = multiply(args as Matrix, state.ctm);
        break;
      case OPS.beginText:
        state.textMatrix = [...IDENTITY];
        state.x = state.lineX = state.y = state.lineY = 0;
        break;
      case OPS.endText:
        if (textClip) {
          state.clip = state.clip ? intersectBoxes(state.clip, textClip) : textClip;
          state.clipShaped = true;
        }
        textClip = null;
        break;
      case OPS.setCharSpacing:
        state.charSpacing = Number(args[0]) || 0;
        break;
      case OPS.setWordSpacing:
        state.wordSpacing = Number(args[0]) || 0;
        break;
      case OPS.setHScale:
        state.hScale = (Number(args[0]) || 100) / 100;
        break;
      case OPS.setLeading:
        state.leading = -(Number(args[0]) || 0);
        break;
      case OPS.setTextRise:
        state.rise = Number(args[0]) || 0;
        break;
      case OPS.setFont: {
        const font = fontOf(String(args[0]));
        const size = Number(args[1]) || 0;
        state.fontDirection = size < 0 ? -1 : 1;
        state.fontSize = Math.abs(size);
        state.fontMatrixX = font?.fontMatrix?.[0] || 0.001;
        state.vertical = font?.vertical === true;
        break;
      }
      case OPS.moveText:
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        state.leading = Number(args[1]) || 0;
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.setTextMatrix: {
        const matrix = Array.from(args[0] as ArrayLike<number>) as Matrix;
        state.textMatrix = matrix;
        state.x = state.lineX = state.y = state.lineY = 0;
        break;
      }
      case OPS.nextLine:
        moveText(0, state.leading);
        break;
      case OPS.beginMarkedContent:
        marked.push(false);
        break;
      case OPS.beginMarkedContentProps: {
        let hides = false;
        if (args[0] === 'OC' && args[1]) {
          try {
            hides = !isVisible(args[1]);
          } catch {
            hides = false;
          }
        }
        marked.push(hides);
        if (hides) hiding += 1;
        break;
      }
      case OPS.endMarkedContent:
        if (marked.pop()) hiding -= 1;
        break;
      case OPS.setTextRenderingMode:
        state.renderMode = Number(args[0]) || 0;
        break;
      case OPS.setLineWidth:
        state.lineWidth = Math.abs(Number(args[0]) || 0);
        break;
      case OPS.setGState:
        for (const entry of (Array.isArray(args[0]) ? args[0] : []) as unknown[]) {
          // pdf.js also writes ["SMask", false] around an image that has a mask of its own.
          if (Array.isArray(entry) && entry[0] === 'SMask') state.masked = true;
          if (!Array.isArray(entry) || typeof entry[1] !== 'number') continue;
          if (entry[0] === 'ca') state.fillAlpha = entry[1];
          else if (entry[0] === 'CA') state.strokeAlpha = entry[1];
          else if (entry[0] === 'LW') state.lineWidth = Math.abs(entry[1]);
        }
        for (const entry of (Array.isArray(args[0]) ? args[0] : []) as unknown[]) if (Array.isArray(entry) && entry[0] === 'BM') state.blended = entry[1] !== 'source-over';
        break;
      case OPS.setFillRGBColor:
        state.fill = args[0];
        break;
      case OPS.setStrokeRGBColor:
        state.stroke = args[0];
        break;
      case OPS.setFillColorN:
      case OPS.setFillTransparent:
        state.fill = null;
        break;
      case OPS.setStrokeColorN:
      case OPS.setStrokeTransparent:
        state.stroke = null;
        break;
      case OPS.clip:
      case OPS.eoClip:
        clipping = true;
        break;
      case OPS.constructPath: {
        const bounds = args[2] as ArrayLike<number> | null | undefined;
        const box = bounds && bounds.length >= 4 ? transformBox({ minX: bounds[0]!, minY: bounds[1]!, maxX: bounds[2]!, maxY: bounds[3]! }, state.ctm) : null;
        if (box && clipping) {
          state.clip = state.clip ? intersectBoxes(state.clip, box) : box;
          state.clipShaped ||= !isRectangle((args[1] as ArrayLike<unknown> | undefined)?.[0]);
        }
        clipping = false;
        const operator = Number(args[0]);
        if (box && fillOperators.has(operator) && !isNearWhite(state.fill) && state.fillAlpha >= MIN_ALPHA) paint({ ...box, image: false, luminance: luminanceOfColor(state.fill) });
        // A rectangle filled opaque over text already drawn hides it: the "white-out" of online PDF
        // editors, laid over an old telephone number or a job before new text is typed on top.
        const opaqueFill = typeof state.fill === 'string' && state.fillAlpha >= OPAQUE && !state.blended && !state.masked && !state.clipShaped;
        if (box && fillOperators.has(operator) && opaqueFill && hiding === 0 && glyphs.length > 0 && isRectangle((args[1] as ArrayLike<unknown> | undefined)?.[0])) {
          coverings.push({ box: state.clip ? intersectBoxes(box, state.clip) : box, drawnAfter: glyphs.length, shape: true });
        }
        if (strokeOperators.has(operator) && !isNearWhite(state.stroke) && state.strokeAlpha >= MIN_ALPHA && state.lineWidth * scaleOf(state.ctm) >= MIN_BAND) {
          const path = (args[1] as ArrayLike<unknown> | undefined)?.[0];
          if (path && typeof path === 'object' && 'length' in path) for (const segment of strokedSegments(path as ArrayLike<number>, state.lineWidth / 2)) paint({ ...transformBox(segment, state.ctm), image: false, luminance: luminanceOfColor(state.stroke) });
        }
        break;
      }
      case OPS.shadingFill:
        paint({ ...(state.clip ?? EVERYWHERE), image: false });
        break;
      case OPS.showText:
        if (!state.vertical) {
          const first = glyphs.length;
          showText((args[0] ?? []) as (Glyph | number)[], state, glyphs, hiding > 0);
          if (state.renderMode >= 4) for (const glyph of glyphs.slice(first)) textClip = unionBoxes(textClip, glyphBox(glyph));
          if (isInvisibleInk(state)) invisible.push(...glyphs.slice(first));
          else if (isWhiteInk(state) && painted.length <= MAX_PAINTED) {
            const ink = luminanceOfColor(FILLS.has(state.renderMode) ? state.fill : state.stroke);
            for (const glyph of glyphs.slice(first)) glyph.unseen = !painted.some((area) => covers(area, glyph) && contrastsWith(area, glyph, ink));
          }
        }
        break;
      default:
        if (imageOperators.has(fnArray[i]!)) {
          const box = transformBox(UNIT_SQUARE, state.ctm);
          const picture: PaintedArea = { ...box, image: true, ...imagePaint(fnArray[i]!, args, state) };
          paint(picture);
          glyphsBefore.set(picture, glyphs.length);
          const hides = opaqueImageOperators.has(fnArray[i]!) && !state.masked && !state.clipShaped && state.fillAlpha >= OPAQUE && hiding === 0;
          if (hides && glyphs.length > 0) coverings.push({ box: state.clip ? intersectBoxes(box, state.clip) : box, drawnAfter: glyphs.length, shape: false });
        }
    }
  }
  // A scan's OCR layer may be drawn before its image as well as after it.
  const drawnInvisibly = new Set(invisible);
  const images = painted.filter((area) => area.image && (invisible.length === 0 || !isBackgroundPicture(area, glyphs.slice(glyphsBefore.get(area) ?? 0), drawnInvisibly)));
  const scanned = !page || images.reduce((sum, area) => sum + boxArea(intersectBoxes(area, page)), 0) >= SCAN_SHARE * boxArea(page);
  if (painted.length <= MAX_PAINTED) for (const glyph of invisible) glyph.unseen = !scanned || !images.some((area) => covers(area, glyph));
  // Text under a scan's page image is its OCR layer (FineReader's "text under the page image").
  if (!scanned) {
    let checks = 0;
    for (const { box, drawnAfter, shape } of coverings.slice(0, MAX_PAINTED)) {
      // Rectangles drawn after text are everyday (table rules, underlines): past this many checks
      // (a hostile page of thousands of them over a hundred thousand glyphs) the text is read.
      if (shape && (checks += drawnAfter) > MAX_COVER_CHECKS) continue;
      for (const glyph of glyphs.slice(0, drawnAfter)) if (shape ? coversBody(box, glyph) : covers(box, glyph)) glyph.unseen = true;
    }
  }
  return glyphs;
}

/** Seen characters over a picture from which it is a background, not a scan: more than a few typed lines (a scanning stamp). */
const MIN_TEXT_OVER_BACKGROUND = 200;

/**
 * Whether a picture is a background the page's text is drawn on (a designed CV), not a scan: a
 * scan carries its text in its pixels, with at most a typed line or two over it, and its OCR layer
 * is most of what lies on it. Invisible text over a background is hidden, as on the bare page.
 * `glyphs` are those drawn after the picture: text drawn before it and covered by it is a scan's
 * OCR layer laid under the page image.
 */
function isBackgroundPicture(area: Box, glyphs: PlacedGlyph[], drawnInvisibly: ReadonlySet<PlacedGlyph>): boolean {
  let seen = 0;
  let invisible = 0;
  for (const glyph of glyphs) {
    if (!glyph.char.trim() || !covers(area, glyph)) continue;
    if (drawnInvisibly.has(glyph)) invisible += 1;
    else if (!glyph.unseen && !glyph.hidden) seen += 1;
  }
  return seen >= MIN_TEXT_OVER_BACKGROUND && seen > invisible;
}

/**
 * Text drawn so that it leaves no mark: render mode 3, or every ink it uses fully transparent.
 * Mode 7 only clips, but what is painted next shows through the letters (gradient text): seen.
 */
function isInvisibleInk(state: TextState): boolean {
  if (state.renderMode === INVISIBLE) return true;
  const fills = FILLS.has(state.renderMode);
  const strokes = STROKES.has(state.renderMode);
  return (fills || strokes) && (!fills || state.fillAlpha < MIN_ALPHA) && (!strokes || state.strokeAlpha < MIN_ALPHA);
}

/**
 * The boxes a stroke paints, one for each segment of the path (pdf.js's flat path: a drawing code,
 * then its points), widened by half the line width: a frame's stroke paints its border, not its
 * inside. A curve counts by its control points.
 */
export function strokedSegments(path: ArrayLike<number>, halfWidth: number): Box[] {
  const boxes: Box[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const segment = (points: number[]) => {
    const xs = points.filter((_, index) => index % 2 === 0);
    const ys = points.filter((_, index) => index % 2 === 1);
    boxes.push({ minX: Math.min(...xs) - halfWidth, minY: Math.min(...ys) - halfWidth, maxX: Math.max(...xs) + halfWidth, maxY: Math.max(...ys) + halfWidth });
    x = points[points.length - 2]!;
    y = points[points.length - 1]!;
  };
  for (let at = 0; at < path.length; ) {
    const code = path[at]!;
    const take = (count: number) => Array.from({ length: count }, (_, index) => path[at + 1 + index]!);
    if (code === DRAW.moveTo) {
      [x, y] = take(2) as [number, number];
      [startX, startY] = [x, y];
      at += 3;
    } else if (code === DRAW.lineTo) {
      segment([x, y, ...take(2)]);
      at += 3;
    } else if (code === DRAW.curveTo) {
      segment([x, y, ...take(6)]);
      at += 7;
    } else if (code === DRAW.quadraticCurveTo) {
      segment([x, y, ...take(4)]);
      at += 5;
    } else if (code === DRAW.closePath) {
      segment([x, y, startX, startY]);
      at += 1;
    } else break; // a code this reader does not know: the rest of the path cannot be walked
  }
  return boxes.filter((box) => [box.minX, box.minY, box.maxX, box.maxY].every(Number.isFinite));
}

/** Whether a flat path (as strokedSegments reads it) is one axis-aligned rectangle: a move, lines, a close. */
export function isRectangle(path: unknown): boolean {
  if (!path || typeof path !== 'object' || !('length' in path)) return false;
  const flat = Array.from(path as ArrayLike<number>);
  if (flat[0] !== DRAW.moveTo) return false;
  const points: [number, number][] = [[flat[1]!, flat[2]!]];
  let at = 3;
  while (at < flat.length && flat[at] === DRAW.lineTo) {
    points.push([flat[at + 1]!, flat[at + 2]!]);
    at += 3;
  }
  if (flat[at] === DRAW.closePath) at += 1;
  if (at !== flat.length || points.length < 4 || points.length > 5) return false;
  const xs = new Set(points.map(([x]) => x));
  const ys = new Set(points.map(([, y]) => y));
  return xs.size <= 2 && ys.size <= 2;
}

/** pdf.js's drawing codes in a constructPath's flat path (DrawOPS, not exported by pdfjs-dist). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 };

/** How much the matrix scales lengths (the square root of its area factor). */
function scaleOf([a, b, c, d]: Matrix): number {
  return Math.sqrt(Math.abs(a * d - b * c));
}

/** Where the glyph's ink may lie: its advance, from below the baseline to a size above it. */
function glyphBox(glyph: PlacedGlyph): Box {
  const xs = [glyph.startX, glyph.endX].flatMap((x) => [x - glyph.directionY * glyph.size, x + glyph.directionY * glyph.size * 0.3]);
  const ys = [glyph.startY, glyph.endY].flatMap((y) => [y + glyph.directionX * glyph.size, y - glyph.directionX * glyph.size * 0.3]);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

const EVERYWHERE: Box = { minX: -Infinity, minY: -Infinity, maxX: Infinity, maxY: Infinity };

/** Every ink the text is drawn with (fill, stroke or both, by its render mode) is white. */
function isWhiteInk(state: TextState): boolean {
  const fills = FILLS.has(state.renderMode);
  const strokes = STROKES.has(state.renderMode);
  return (fills || strokes) && (!fills || isNearWhite(state.fill)) && (!strokes || isNearWhite(state.stroke));
}

/** Whether the area lies under the middle of the glyph (half way along, a third of the size up). */
function covers(area: Box, glyph: PlacedGlyph): boolean {
  return boxContains(area, ...glyphMiddle(glyph));
}

/** Whether the area lies under the glyph's body, from just above the baseline to most of its size up, half way along. */
function coversBody(area: Box, glyph: PlacedGlyph): boolean {
  const x = (glyph.startX + glyph.endX) / 2;
  const y = (glyph.startY + glyph.endY) / 2;
  return [0.1, 0.6].every((up) => boxContains(area, x - glyph.directionY * glyph.size * up, y + glyph.directionX * glyph.size * up));
}

function glyphMiddle(glyph: PlacedGlyph): [number, number] {
  return [(glyph.startX + glyph.endX) / 2 - glyph.directionY * glyph.size * 0.3, (glyph.startY + glyph.endY) / 2 + glyph.directionX * glyph.size * 0.3];
}

/** White text on a pale grey band or the pale part of a picture is as unreadable as on the page. */
const MIN_CONTRAST = 1.25;

/**
 * Whether text of luminance `ink` shows on the area under the glyph's middle: the paint there
 * differs enough from it. Paint of unknown colour (a pattern, a picture not decoded) is taken to
 * show it; a transparent part of a picture shows what is under it, not the text.
 */
function contrastsWith(area: PaintedArea, glyph: PlacedGlyph, ink: number): boolean {
  let paint = area.luminance;
  if (area.tone) {
    const [x, y] = glyphMiddle(glyph);
    const [a, b, c, d, e, f] = area.tone.toUnitSquare;
    paint = luminanceAt(area.tone.grid, a * x + c * y + e, b * x + d * y + f);
    if (Number.isNaN(paint)) return false;
  }
  return paint === undefined || Number.isNaN(paint) || Number.isNaN(ink) || contrastRatio(paint, ink) >= MIN_CONTRAST;
}

function showText(run: (Glyph | number)[], state: TextState, glyphs: PlacedGlyph[], hidden: boolean): void {
  const { fontSize } = state;
  if (fontSize === 0) return;
  const toUser = multiply(state.textMatrix, state.ctm);
  const hScale = state.hScale * state.fontDirection;
  const scaleX = Math.hypot(toUser[0], toUser[1]);
  const directionX = toUser[0] / (scaleX || 1);
  const directionY = toUser[1] / (scaleX || 1);
  const size = fontSize * Math.hypot(toUser[2], toUser[3]);
  const point = (advance: number): [number, number] => {
    const tx = state.x + advance * hScale;
    const ty = state.y + state.rise;
    return [tx * toUser[0] + ty * toUser[2] + toUser[4], tx * toUser[1] + ty * toUser[3] + toUser[5]];
  };
  let x = 0;
  for (const glyph of run) {
    if (typeof glyph === 'number') {
      x -= (glyph * fontSize) / 1000;
      continue;
    }
    const spacing = (glyph.isSpace ? state.wordSpacing : 0) + state.charSpacing;
    const glyphAdvance = (glyph.width ?? 0) * fontSize * state.fontMatrixX;
    const [startX, startY] = point(x);
    const [endX, endY] = point(x + glyphAdvance);
    glyphs.push({ char: glyph.unicode ?? '', startX, startY, endX, endY, directionX, directionY, size, hidden, unseen: false });
    x += glyphAdvance + spacing * state.fontDirection;
  }
  state.x += x * hScale;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}
