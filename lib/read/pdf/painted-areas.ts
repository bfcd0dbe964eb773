// What a page paints, as boxes in page user space, so that text drawn white or invisibly can be
// told from text a reader sees: white text on a coloured header band or a photo is seen, white
// text on the white page is not; invisible text over a scanned image is the scan's OCR layer,
// invisible text anywhere else is hidden. A filled path counts by its bounding box and a clipped
// fill by its clip's: an approximation that errs towards reading the text.

import type { ImageTone } from './image-tone';
import type { Pdfjs } from './pdfjs';

const imageOperatorsCache = new WeakMap<Pdfjs['OPS'], Set<number>>();

/** The operators that paint an image (each fills the unit square of the current matrix). */
export function imagePaintOperators(OPS: Pdfjs['OPS']): Set<number> {
  let operators = imageOperatorsCache.get(OPS);
  if (!operators) {
    operators = new Set<number>([
      OPS.paintImageXObject,
      OPS.paintInlineImageXObject,
      OPS.paintImageMaskXObject,
      OPS.paintImageXObjectRepeat,
      OPS.paintInlineImageXObjectGroup,
      OPS.paintImageMaskXObjectGroup,
      OPS.paintImageMaskXObjectRepeat,
      OPS.paintSolidColorImageMask,
    ]);
    imageOperatorsCache.set(OPS, operators);
  }
  return operators;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface PaintedArea extends Box {
  /** An image (a scan, a photo) rather than a filled shape. */
  image: boolean;
  /** How light the paint is, for white text on it: a shape's colour as a luminance (0–1), or a
   *  picture's tone with the matrix from page space to its unit square. Unknown (a pattern, a
   *  shading, a picture not decoded) when neither is given. */
  luminance?: number;
  tone?: { grid: ImageTone; toUnitSquare: Matrix };
}

export type Matrix = [number, number, number, number, number, number];

/** The matrix that undoes `matrix`; null when it squashes the plane flat. */
export function invertMatrix([a, b, c, d, e, f]: Matrix): Matrix | null {
  const determinant = a * d - b * c;
  if (!determinant || !Number.isFinite(determinant)) return null;
  return [d / determinant, -b / determinant, -c / determinant, a / determinant, (c * f - d * e) / determinant, (b * e - a * f) / determinant];
}

/** Each channel at least this (of 255): white to the eye on a white page ("#FEFEFE" too). */
const WHITE_CHANNEL = 0xf8;

/** Opacity (ExtGState /ca, /CA) below which ink is not seen: "fully transparent", written 0 or nearly. */
export const MIN_ALPHA = 0.05;

/** Whether a colour pdf.js gives as "#rrggbb" is white or nearly. Patterns and unknowns are not. */
export function isNearWhite(color: unknown): boolean {
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  return [1, 3, 5].every((at) => parseInt(color.slice(at, at + 2), 16) >= WHITE_CHANNEL);
}

/** The box, given in the coordinates of `matrix`, in page user space (axis-aligned). */
export function transformBox(box: Box, matrix: Matrix): Box {
  const [a, b, c, d, e, f] = matrix;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[box.minX, box.minY], [box.maxX, box.minY], [box.minX, box.maxY], [box.maxX, box.maxY]] as const) {
    xs.push(a * x + c * y + e);
    ys.push(b * x + d * y + f);
  }
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

export function intersectBoxes(one: Box, other: Box): Box {
  return { minX: Math.max(one.minX, other.minX), minY: Math.max(one.minY, other.minY), maxX: Math.min(one.maxX, other.maxX), maxY: Math.min(one.maxY, other.maxY) };
}

export function unionBoxes(one: Box | null, other: Box): Box {
  if (!one) return other;
  return { minX: Math.min(one.minX, other.minX), minY: Math.min(one.minY, other.minY), maxX: Math.max(one.maxX, other.maxX), maxY: Math.max(one.maxY, other.maxY) };
}

export function boxArea(box: Box): number {
  return Math.max(0, box.maxX - box.minX) * Math.max(0, box.maxY - box.minY);
}

export function boxContains(box: Box, x: number, y: number): boolean {
  return x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY;
}

/** The unit square an image fills, in page user space. */
export const UNIT_SQUARE: Box = { minX: 0, minY: 0, maxX: 1, maxY: 1 };
