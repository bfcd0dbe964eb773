// A scan fed upside down or on its side, with no EXIF orientation to say so, reads as nonsense.
// A page whose empty bands run down it is turned a quarter first; a page then read with little
// confidence is read again half a turn round, and the better reading is kept. Pages read well the
// first time (nearly all) cost nothing more.
import { looksSideways } from '../image/detect-sideways';
import { orientImage } from '../image/orient-image';
import type { GrayImage } from '../image/gray-image';
import { recognizePage, type OcrPage, type OcrPageOptions } from './recognize-page';

/** Mean word confidence of a page read the right way up: upright scans read 70–95, a page upside
 *  down 20–50. */
const UPRIGHT_CONFIDENCE = 60;
/** How much better the half-turned reading must be to replace the first. */
const MARGIN = 10;

export async function recognizeUprightPage(image: GrayImage, options: OcrPageOptions): Promise<OcrPage> {
  const standing = looksSideways(image) ? orientImage(image, 6) : image;
  const first = await recognizePage(standing, options);
  if ((first.confidence ?? 0) >= UPRIGHT_CONFIDENCE) return first;
  const turned = await recognizePage(orientImage(standing, 3), options);
  return (turned.confidence ?? 0) > (first.confidence ?? 0) + MARGIN ? turned : first;
}
