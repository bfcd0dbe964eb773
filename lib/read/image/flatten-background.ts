import type { GrayImage } from './gray-image';

// Makes every part of a page black text on white before OCR. Designed CVs put white text on a dark
// sidebar or a coloured banner; photos have shadows and uneven light. Tesseract's layout analysis
// and binarisation fail on both, so each tile's background level and polarity (dark-on-light or
// light-on-dark) are estimated, smoothed over the neighbouring tiles, and every pixel is divided by
// its background (after inverting light-on-dark regions).

const OUTLIER_STEP = 50;

export function flattenBackground(image: GrayImage, tileSize = defaultTileSize(image)): GrayImage {
  const { width, height, data } = image;
  const tilesX = Math.ceil(width / tileSize);
  const tilesY = Math.ceil(height / tileSize);
  const median = new Float32Array(tilesX * tilesY);
  const vote = new Int8Array(tilesX * tilesY);
  measureTiles(image, tileSize, tilesX, tilesY, median, vote);

  const inverted = smoothPolarity(vote, median, tilesX, tilesY);
  const background = smoothBackground(median, inverted, tilesX, tilesY);
  const mixed = markMixedTiles(inverted, tilesX, tilesY);

  const out = new Uint8Array(width * height);
  const rowBackground = new Float32Array(tilesX);
  for (let y = 0; y < height; y += 1) {
    const ty = Math.min(tilesY - 1, Math.floor(y / tileSize));
    // Vertical interpolation between tile centres, once per row.
    const fy = clamp((y + 0.5) / tileSize - 0.5, 0, tilesY - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(tilesY - 1, y0 + 1);
    const wy = fy - y0;
    for (let tx = 0; tx < tilesX; tx += 1) {
      rowBackground[tx] = background[y0 * tilesX + tx]! * (1 - wy) + background[y1 * tilesX + tx]! * wy;
    }
    for (let x = 0; x < width; x += 1) {
      const tx = Math.min(tilesX - 1, Math.floor(x / tileSize));
      const tile = ty * tilesX + tx;
      const value = data[y * width + x]!;
      if (mixed[tile]) {
        out[y * width + x] = mapMixed(value, tile, tx, ty, tilesX, tilesY, inverted, background);
        continue;
      }
      const fx = clamp((x + 0.5) / tileSize - 0.5, 0, tilesX - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(tilesX - 1, x0 + 1);
      const level = rowBackground[x0]! * (1 - (fx - x0)) + rowBackground[x1]! * (fx - x0);
      out[y * width + x] = divide(value, level, inverted[tile] === 1);
    }
  }
  return { width, height, data: out };
}

export function defaultTileSize(image: { width: number; height: number }): number {
  return Math.max(16, Math.round(Math.max(image.width, image.height) / 110));
}

/** Per tile: the median (the background where text covers less than half) and a polarity vote. */
function measureTiles(
  image: GrayImage,
  tileSize: number,
  tilesX: number,
  tilesY: number,
  median: Float32Array,
  vote: Int8Array,
): void {
  const { width, height, data } = image;
  const step = tileSize >= 24 ? 2 : 1;
  const histogram = new Uint32Array(256);
  for (let ty = 0; ty < tilesY; ty += 1) {
    for (let tx = 0; tx < tilesX; tx += 1) {
      histogram.fill(0);
      let samples = 0;
      const yEnd = Math.min(height, (ty + 1) * tileSize);
      const xEnd = Math.min(width, (tx + 1) * tileSize);
      for (let y = ty * tileSize; y < yEnd; y += step) {
        for (let x = tx * tileSize; x < xEnd; x += step) {
          histogram[data[y * width + x]!]! += 1;
          samples += 1;
        }
      }
      let seen = 0;
      let level = 255;
      for (let v = 0; v < 256; v += 1) {
        seen += histogram[v]!;
        if (seen * 2 >= samples) {
          level = v;
          break;
        }
      }
      let darker = 0;
      let brighter = 0;
      for (let v = 0; v < Math.max(0, level - OUTLIER_STEP); v += 1) darker += histogram[v]!;
      for (let v = Math.min(256, level + OUTLIER_STEP + 1); v < 256; v += 1) brighter += histogram[v]!;
      const tile = ty * tilesX + tx;
      median[tile] = level;
      // Text evidence counts double; a plain tile only says whether it is dark or light.
      if (darker + brighter >= 0.02 * samples) vote[tile] = brighter > darker ? 2 : -2;
      else vote[tile] = level < 128 ? 1 : -1;
    }
  }
}

/** 1 where the text is lighter than its background, by majority over the 5×5 neighbourhood. */
function smoothPolarity(vote: Int8Array, median: Float32Array, tilesX: number, tilesY: number): Uint8Array {
  const inverted = new Uint8Array(tilesX * tilesY);
  for (let ty = 0; ty < tilesY; ty += 1) {
    for (let tx = 0; tx < tilesX; tx += 1) {
      let sum = 0;
      for (let dy = -2; dy <= 2; dy += 1) {
        for (let dx = -2; dx <= 2; dx += 1) {
          const yy = ty + dy;
          const xx = tx + dx;
          if (yy >= 0 && yy < tilesY && xx >= 0 && xx < tilesX) sum += vote[yy * tilesX + xx]!;
        }
      }
      const tile = ty * tilesX + tx;
      inverted[tile] = sum > 0 || (sum === 0 && median[tile]! < 128) ? 1 : 0;
    }
  }
  return inverted;
}

/** Background level per tile: the median of the neighbouring tiles of the same polarity, so a
 *  tile filled by a bold letter does not count as background. */
function smoothBackground(median: Float32Array, inverted: Uint8Array, tilesX: number, tilesY: number): Float32Array {
  const background = new Float32Array(tilesX * tilesY);
  const values: number[] = [];
  for (let ty = 0; ty < tilesY; ty += 1) {
    for (let tx = 0; tx < tilesX; tx += 1) {
      const tile = ty * tilesX + tx;
      values.length = 0;
      for (let dy = -2; dy <= 2; dy += 1) {
        for (let dx = -2; dx <= 2; dx += 1) {
          const yy = ty + dy;
          const xx = tx + dx;
          if (yy < 0 || yy >= tilesY || xx < 0 || xx >= tilesX) continue;
          const other = yy * tilesX + xx;
          if (inverted[other] === inverted[tile]) values.push(median[other]!);
        }
      }
      values.sort((a, b) => a - b);
      // Light backgrounds: an upper median resists text; dark ones: a lower one.
      const rank = inverted[tile] ? Math.floor((values.length - 1) * 0.35) : Math.ceil((values.length - 1) * 0.65);
      background[tile] = values[rank] ?? median[tile]!;
    }
  }
  return background;
}

function markMixedTiles(inverted: Uint8Array, tilesX: number, tilesY: number): Uint8Array {
  const mixed = new Uint8Array(tilesX * tilesY);
  for (let ty = 0; ty < tilesY; ty += 1) {
    for (let tx = 0; tx < tilesX; tx += 1) {
      const own = inverted[ty * tilesX + tx];
      outer: for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const yy = ty + dy;
          const xx = tx + dx;
          if (yy < 0 || yy >= tilesY || xx < 0 || xx >= tilesX) continue;
          if (inverted[yy * tilesX + xx] !== own) {
            mixed[ty * tilesX + tx] = 1;
            break outer;
          }
        }
      }
    }
  }
  return mixed;
}

/** Near the edge of a dark panel: the pixel belongs to whichever neighbouring background it is
 *  closest to, and is whitened as that background. */
function mapMixed(
  value: number,
  tile: number,
  tx: number,
  ty: number,
  tilesX: number,
  tilesY: number,
  inverted: Uint8Array,
  background: Float32Array,
): number {
  let light = -1;
  let dark = 256;
  for (let dy = -1; dy <= 1; dy += 1) {
    for (let dx = -1; dx <= 1; dx += 1) {
      const yy = ty + dy;
      const xx = tx + dx;
      if (yy < 0 || yy >= tilesY || xx < 0 || xx >= tilesX) continue;
      const other = yy * tilesX + xx;
      if (inverted[other]) dark = Math.min(dark, background[other]!);
      else light = Math.max(light, background[other]!);
    }
  }
  if (light < 0) return divide(value, background[tile]!, true);
  if (dark > 255) return divide(value, background[tile]!, false);
  // Pixels between the two backgrounds are the panel's anti-aliased edge, not text: white, or the
  // edge would come out as a dashed line.
  const position = (value - dark) / Math.max(1, light - dark);
  if (position > 0.15 && position < 0.85) return 255;
  return Math.abs(value - light) <= Math.abs(value - dark) ? divide(value, light, false) : divide(value, dark, true);
}

function divide(value: number, level: number, inverted: boolean): number {
  const v = inverted ? 255 - value : value;
  const b = inverted ? 255 - level : level;
  if (v >= b) return 255;
  return Math.round((v * 255) / Math.max(b, 1));
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
