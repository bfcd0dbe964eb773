// The one pixel format the OCR steps work on: 8-bit luminance, row by row, 0 = black.

export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Luminance of RGBA pixels (Rec. 601 weights), transparent pixels composited over white. */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i += 1, p += 4) {
    const luminance = (rgba[p]! * 77 + rgba[p + 1]! * 150 + rgba[p + 2]! * 29) >> 8;
    const alpha = rgba[p + 3]!;
    data[i] = alpha === 255 ? luminance : (luminance * alpha + 255 * (255 - alpha)) / 255;
  }
  return { width, height, data };
}

export function blankGrayImage(width: number, height: number, value = 255): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(value) };
}
