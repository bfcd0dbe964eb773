import type { GrayImage } from './gray-image';

// Light grey counts: designers draw rules in pale colours.
const DARK = 215;

/**
 * Whitens long straight rules: the lines under section headings, column separators, table borders,
 * underlines. Text has no unbroken dark run longer than a few letters; a rule touching a blurred
 * line of text makes tesseract drop that line as a picture, and a column separator hides the
 * gutter between two columns. The light fringe of a blurred rule goes too.
 */
export function eraseRules(image: GrayImage, minLength: number): GrayImage {
  const { width, height } = image;
  const data = image.data.slice();
  const erase = new Uint8Array(width * height);
  // Horizontal runs.
  for (let y = 0; y < height; y += 1) {
    let start = -1;
    for (let x = 0; x <= width; x += 1) {
      const dark = x < width && image.data[y * width + x]! < DARK;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if (x - start >= minLength) for (let i = start; i < x; i += 1) erase[y * width + i] = 1;
        start = -1;
      }
    }
  }
  // Vertical runs.
  for (let x = 0; x < width; x += 1) {
    let start = -1;
    for (let y = 0; y <= height; y += 1) {
      const dark = y < height && image.data[y * width + x]! < DARK;
      if (dark && start < 0) start = y;
      if (!dark && start >= 0) {
        if (y - start >= minLength) for (let i = start; i < y; i += 1) erase[i * width + x] = 1;
        start = -1;
      }
    }
  }
  // Whiten the rules and the two pixels around them on every side (their blurred fringe).
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!erase[y * width + x]) continue;
      for (let dy = -2; dy <= 2; dy += 1) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -2; dx <= 2; dx += 1) {
          const xx = x + dx;
          if (xx >= 0 && xx < width && image.data[yy * width + xx]! > 90) data[yy * width + xx] = 255;
        }
      }
      data[y * width + x] = 255;
    }
  }
  return { width, height, data };
}
