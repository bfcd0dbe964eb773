import type { GrayImage } from './gray-image';

export interface PixelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A binary PGM (P5) of one part of the image with a white margin. The OCR engine reads PGM
 * natively, and writing it costs nothing, unlike PNG, whose encoder differs between Node and the
 * browser.
 */
export function encodePgm(image: GrayImage, box: PixelBox, margin = 0): Uint8Array {
  const width = box.width + 2 * margin;
  const height = box.height + 2 * margin;
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height).fill(255);
  out.set(header, 0);
  for (let y = 0; y < box.height; y += 1) {
    const sourceY = box.top + y;
    if (sourceY < 0 || sourceY >= image.height) continue;
    const from = sourceY * image.width + Math.max(0, box.left);
    const to = sourceY * image.width + Math.min(image.width, box.left + box.width);
    const target = header.length + (y + margin) * width + margin + Math.max(0, -box.left);
    out.set(image.data.subarray(from, to), target);
  }
  return out;
}
