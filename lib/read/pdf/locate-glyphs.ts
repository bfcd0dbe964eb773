import type { Pdfjs, PdfPage } from './pdfjs';

// Where each glyph of a page starts and ends, from the page's operator list, following pdf.js's
// own canvas arithmetic (text matrix, font size and matrix, character and word spacing, horizontal
// scaling, TJ adjustments, save/restore and form matrices). pdf.js's text content gives no glyph
// positions, and letter-spaced text ("V E N D E U S E  E N …") needs them: the gap between words
// is the only thing that tells them apart. Each glyph also says whether it is drawn in optional
// content (a layer) that is hidden.

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
}

/** Whether optional content (the operator list's description of an OCG or OCMD) is shown. */
export type IsContentVisible = (group: unknown) => boolean;

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
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function locateGlyphs(
  OPS: Pdfjs['OPS'],
  operators: OperatorList,
  fontOf: (name: string) => { fontMatrix?: number[]; vertical?: boolean } | null,
  isVisible: IsContentVisible = () => true,
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
  };
  const stack: TextState[] = [];
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
      case OPS.showText:
        if (!state.vertical) showText((args[0] ?? []) as (Glyph | number)[], state, glyphs, hiding > 0);
        break;
    }
  }
  return glyphs;
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
    glyphs.push({ char: glyph.unicode ?? '', startX, startY, endX, endY, directionX, directionY, size, hidden });
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
