import { CvError, withTimeout } from '../../errors';
import { isNode } from '../node-runtime';
import { DECODE_IMAGE_MS } from '../read-budgets';
import { createCanvas, napiCanvas } from './create-canvas';
import { grayFromRgba, type GrayImage } from './gray-image';

/**
 * Decodes PNG, JPEG, WebP, GIF or BMP bytes to grey pixels with the platform's decoder (the
 * browser's createImageBitmap, @napi-rs/canvas in Node). Both turn the picture upright according to
 * its EXIF orientation.
 */
export async function decodeImage(bytes: Uint8Array): Promise<GrayImage> {
  try {
    return await withTimeout(isNode() ? decodeInNode(bytes) : decodeInBrowser(bytes), DECODE_IMAGE_MS, 'image-decode');
  } catch (error) {
    if (error instanceof CvError) throw error;
    throw new CvError('corrupt-file', error instanceof Error ? error.message : String(error));
  }
}

async function decodeInNode(bytes: Uint8Array): Promise<GrayImage> {
  const image = await napiCanvas().loadImage(bytes);
  return draw(image, image.width, image.height);
}

async function decodeInBrowser(bytes: Uint8Array): Promise<GrayImage> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), { imageOrientation: 'from-image' });
  try {
    return draw(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

function draw(source: unknown, width: number, height: number): GrayImage {
  if (width <= 0 || height <= 0) throw new CvError('corrupt-file', 'image without pixels');
  const { canvas, context } = createCanvas(width, height);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(source as CanvasImageSource, 0, 0);
  const { data } = context.getImageData(0, 0, width, height);
  canvas.width = 0;
  canvas.height = 0;
  return grayFromRgba(data, width, height);
}
