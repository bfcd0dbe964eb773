import { createCanvas } from '../image/create-canvas';

// How light a picture is, place by place: white text drawn over a picture is seen where the
// picture is dark (a name on a photo, on a dark band a design tool flattened into the page's
// background picture) and not where it is as light as the text (keywords in white on a pale
// page-size background). A picture is reduced to a coarse grid of mean luminances, enough to tell
// a band or a photo from a pale background at the place of a glyph.

export interface ImageTone {
  columns: number;
  rows: number;
  /** Relative luminance (0 black, 1 white) of each cell, row by row from the picture's top;
   *  NaN where the picture is mostly transparent (what is under it shows). */
  cells: Float32Array;
}

/** pdf.js's decoded image as it reaches the main thread: raw pixels (Node) or a bitmap (browsers). */
interface DecodedImage {
  width?: number;
  height?: number;
  kind?: number;
  data?: ArrayLike<number> | null;
  bitmap?: CanvasImageSource | null;
}

/** pdf.js's ImageKind: 1 bit grey (1 is white), RGB and RGBA, 8 bits a channel. */
const GRAY_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;
/** Cells across and down at most: a cell of a page-size picture is about a line high. */
const GRID = 64;
/** Pixels read per cell at most, spread over it: a 30-megapixel scan is not walked whole. */
const SAMPLES_PER_CELL = 64;
/** Below this mean opacity (of 255) a cell lets what is under it show. */
const MIN_OPACITY = 128;

export function imageTone(image: unknown): ImageTone | null {
  const { width = 0, height = 0, kind, data, bitmap } = (image ?? {}) as DecodedImage;
  if (!(width > 0 && height > 0)) return null;
  const columns = Math.min(GRID, width);
  const rows = Math.min(GRID, height);
  if (data && (kind === GRAY_1BPP || kind === RGB_24BPP || kind === RGBA_32BPP)) return gridOf(width, height, columns, rows, pixelReader(data, width, kind));
  if (bitmap) return bitmapTone(bitmap, columns, rows);
  return null;
}

/** The luminance of the cell under a point of the picture's unit square (y up, as PDF draws it); NaN when unknown. */
export function luminanceAt(tone: ImageTone, u: number, v: number): number {
  if (!(u >= 0 && u <= 1 && v >= 0 && v <= 1)) return NaN;
  const column = Math.min(tone.columns - 1, Math.floor(u * tone.columns));
  const row = Math.min(tone.rows - 1, Math.floor((1 - v) * tone.rows));
  return tone.cells[row * tone.columns + column]!;
}

/** WCAG relative luminance of an sRGB colour given by its channels (0–255). */
export function relativeLuminance(red: number, green: number, blue: number): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** The luminance of a colour pdf.js gives as "#rrggbb"; NaN for a pattern or anything else. */
export function luminanceOfColor(color: unknown): number {
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return NaN;
  const [red, green, blue] = [1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16)) as [number, number, number];
  return relativeLuminance(red, green, blue);
}

/** WCAG contrast ratio of two luminances (1 when they are the same, 21 black on white). */
export function contrastRatio(one: number, other: number): number {
  return (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
}

type PixelReader = (x: number, y: number) => [red: number, green: number, blue: number, alpha: number];

function pixelReader(data: ArrayLike<number>, width: number, kind: number): PixelReader {
  if (kind === GRAY_1BPP) {
    const rowBytes = (width + 7) >> 3;
    return (x, y) => {
      const level = (data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
      return [level, level, level, 255];
    };
  }
  const channels = kind === RGB_24BPP ? 3 : 4;
  return (x, y) => {
    const at = (y * width + x) * channels;
    return [data[at]!, data[at + 1]!, data[at + 2]!, channels === 4 ? data[at + 3]! : 255];
  };
}

function gridOf(width: number, height: number, columns: number, rows: number, read: PixelReader): ImageTone {
  const cells = new Float32Array(columns * rows);
  const side = Math.max(1, Math.round(Math.sqrt(SAMPLES_PER_CELL)));
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      let luminance = 0;
      let opacity = 0;
      let count = 0;
      for (let sy = 0; sy < side; sy += 1) {
        const y = Math.min(height - 1, Math.floor(((row + (sy + 0.5) / side) * height) / rows));
        for (let sx = 0; sx < side; sx += 1) {
          const x = Math.min(width - 1, Math.floor(((column + (sx + 0.5) / side) * width) / columns));
          const [red, green, blue, alpha] = read(x, y);
          luminance += relativeLuminance(red, green, blue);
          opacity += alpha;
          count += 1;
        }
      }
      cells[row * columns + column] = opacity / count < MIN_OPACITY ? NaN : luminance / count;
    }
  }
  return { columns, rows, cells };
}

/** A bitmap (pdf.js in a browser) drawn down to the grid's size and read back. */
function bitmapTone(bitmap: CanvasImageSource, columns: number, rows: number): ImageTone | null {
  try {
    const { context } = createCanvas(columns, rows);
    context.drawImage(bitmap, 0, 0, columns, rows);
    const pixels = context.getImageData(0, 0, columns, rows).data;
    return gridOf(columns, rows, columns, rows, pixelReader(pixels, columns, RGBA_32BPP));
  } catch {
    return null; // no canvas here: the picture counts as one white text may be seen on, as before
  }
}
