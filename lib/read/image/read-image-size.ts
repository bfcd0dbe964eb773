// Image dimensions from the header bytes, so that an oversized image is refused before anything
// decodes it into memory (a 100-megapixel photo is 400 MB of pixels).

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif' | 'bmp';

export interface ImageSize {
  width: number;
  height: number;
}

export function readImageSize(bytes: Uint8Array, format: ImageFormat): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    switch (format) {
      case 'png':
        return checked(view.getUint32(16), view.getUint32(20));
      case 'gif':
        return checked(view.getUint16(6, true), view.getUint16(8, true));
      case 'bmp':
        return checked(Math.abs(view.getInt32(18, true)), Math.abs(view.getInt32(22, true)));
      case 'webp':
        return webpSize(bytes, view);
      case 'jpeg':
        return jpegSize(bytes, view);
    }
  } catch {
    return null; // header shorter than it claims: a truncated file
  }
}

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    // SOF0…SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return checked(view.getUint16(offset + 7), view.getUint16(offset + 5));
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan before any frame
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

function webpSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8 ') return checked(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return checked((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') {
    const width = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
    const height = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16));
    return checked(width, height);
  }
  return null;
}

function checked(width: number, height: number): ImageSize | null {
  return width > 0 && height > 0 ? { width, height } : null;
}
