import type { GrayImage } from './gray-image';

/**
 * Applies an EXIF orientation (1–8) to pixels, for a decoder that ignored it: 6 means the camera
 * was turned clockwise, so the picture is turned back by 90° clockwise to stand upright.
 */
export function orientImage(image: GrayImage, orientation: number): GrayImage {
  if (orientation <= 1 || orientation > 8) return image;
  const { width, height, data } = image;
  const swaps = orientation >= 5;
  const outWidth = swaps ? height : width;
  const outHeight = swaps ? width : height;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < outHeight; y += 1) {
    for (let x = 0; x < outWidth; x += 1) {
      const [sx, sy] = sourceOf(x, y, width, height, orientation);
      out[y * outWidth + x] = data[sy * width + sx]!;
    }
  }
  return { width: outWidth, height: outHeight, data: out };
}

/** Where output pixel (x, y) comes from in the stored picture. */
function sourceOf(x: number, y: number, width: number, height: number, orientation: number): [number, number] {
  switch (orientation) {
    case 2: return [width - 1 - x, y];
    case 3: return [width - 1 - x, height - 1 - y];
    case 4: return [x, height - 1 - y];
    case 5: return [y, x];
    case 6: return [y, height - 1 - x];
    case 7: return [width - 1 - y, height - 1 - x];
    case 8: return [width - 1 - y, x];
    default: return [x, y];
  }
}
