import { CvError } from '../errors';
import type { ReadDocument, ReadOptions, Warning } from '../types';
import { decodeImage } from './image/decode-image';
import type { GrayImage } from './image/gray-image';
import { orientImage } from './image/orient-image';
import { readImageSize, type ImageFormat, type ImageSize } from './image/read-image-size';
import { joinHyphenatedLines } from './layout/join-hyphenated-lines';
import { layOutPage } from './layout/lay-out-page';
import { lowQualityWarning } from './ocr/assess-ocr-quality';
import { recognizeUprightPage } from './ocr/recognize-upright-page';
import { OCR_PAGE_MS } from './read-budgets';

/** Larger photos are refused before decoding: 40 MP is already 160 MB of pixels. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** Reads a photo or scan of a CV (PNG, JPEG, WebP, GIF, BMP) by OCR. */
export async function readImage(bytes: Uint8Array, format: ImageFormat, options: ReadOptions = {}): Promise<ReadDocument> {
  const size = readImageSize(bytes, format);
  if (!size) throw new CvError('corrupt-file', `unreadable ${format} header`);
  if (size.width * size.height > MAX_IMAGE_PIXELS) {
    throw new CvError('image-too-large', `${size.width}×${size.height}`, {
      megapixels: Math.round((size.width * size.height) / 1e6),
      maxMegapixels: MAX_IMAGE_PIXELS / 1e6,
    });
  }
  options.onProgress?.({ stage: 'ocr', page: 1, pages: 1 });
  const image = await uprightImage(bytes, format, size);
  if (options.signal?.aborted) throw new CvError('cancelled');
  const page = await recognizeUprightPage(image, {
    settings: options.ocr,
    signal: options.signal,
    deadline: Date.now() + OCR_PAGE_MS,
  });
  const lines = layOutPage(page.items, 1);
  if (lines.length === 0) throw new CvError('no-text', 'no text found in the image');
  const warnings: Warning[] = [];
  const lowQuality = lowQualityWarning([page.confidence]);
  if (lowQuality) warnings.push(lowQuality);
  return { kind: 'image-ocr', pages: 1, lines: joinHyphenatedLines(lines), warnings };
}

/**
 * Decodes the picture upright. Decoders apply the EXIF orientation themselves; if one did not
 * (the picture comes out with its stored width for a quarter-turn orientation), it is applied here.
 */
async function uprightImage(bytes: Uint8Array, format: ImageFormat, stored: ImageSize): Promise<GrayImage> {
  const image = await decodeImage(bytes);
  if (format !== 'jpeg' && format !== 'webp' && format !== 'png') return image;
  const orientation = await readOrientation(bytes);
  const quarterTurn = orientation >= 5 && orientation <= 8;
  if (quarterTurn && stored.width !== stored.height && image.width === stored.width) return orientImage(image, orientation);
  return image;
}

async function readOrientation(bytes: Uint8Array): Promise<number> {
  try {
    const exifr = (await import('exifr')).default;
    return (await exifr.orientation(bytes)) ?? 1;
  } catch {
    return 1; // no or broken EXIF: the picture is taken as stored
  }
}
