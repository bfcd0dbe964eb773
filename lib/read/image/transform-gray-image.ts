import type { GrayImage } from './gray-image';

/** Rotates about the centre so that lines sloping by `degrees` become level; corners fill white. */
export function rotateGrayImage(image: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = image;
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const cx = width / 2;
  const cy = height / 2;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const dy = y - cy;
    for (let x = 0; x < width; x += 1) {
      const dx = x - cx;
      const sx = dx * cos - dy * sin + cx;
      const sy = dx * sin + dy * cos + cy;
      out[y * width + x] = sample(data, width, height, sx, sy);
    }
  }
  return { width, height, data: out };
}

/** Resizes by `factor`: box averaging when shrinking (keeps thin strokes), bilinear when growing. */
export function scaleGrayImage(image: GrayImage, factor: number): GrayImage {
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const out = new Uint8Array(width * height);
  if (factor >= 1) {
    for (let y = 0; y < height; y += 1) {
      const sy = (y + 0.5) / factor - 0.5;
      for (let x = 0; x < width; x += 1) {
        out[y * width + x] = sample(image.data, image.width, image.height, (x + 0.5) / factor - 0.5, sy);
      }
    }
    return { width, height, data: out };
  }
  for (let y = 0; y < height; y += 1) {
    const y0 = Math.floor(y / factor);
    const y1 = Math.min(image.height, Math.max(y0 + 1, Math.floor((y + 1) / factor)));
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.floor(x / factor);
      const x1 = Math.min(image.width, Math.max(x0 + 1, Math.floor((x + 1) / factor)));
      let sum = 0;
      for (let yy = y0; yy < y1; yy += 1) for (let xx = x0; xx < x1; xx += 1) sum += image.data[yy * image.width + xx]!;
      out[y * width + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { width, height, data: out };
}

function sample(data: Uint8Array, width: number, height: number, x: number, y: number): number {
  if (x < 0 || y < 0 || x > width - 1 || y > height - 1) return 255;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(width - 1, x0 + 1);
  const y1 = Math.min(height - 1, y0 + 1);
  const fx = x - x0;
  const fy = y - y0;
  const top = data[y0 * width + x0]! * (1 - fx) + data[y0 * width + x1]! * fx;
  const bottom = data[y1 * width + x0]! * (1 - fx) + data[y1 * width + x1]! * fx;
  return Math.round(top * (1 - fy) + bottom * fy);
}
