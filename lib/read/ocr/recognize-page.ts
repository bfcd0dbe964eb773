import { CvError } from '../../errors';
import type { OcrSettings, TextItem } from '../../types';
import { encodePgm } from '../image/encode-pgm';
import { eraseRules } from '../image/erase-rules';
import { estimateSkew } from '../image/estimate-skew';
import { estimateTextHeight } from '../image/estimate-text-height';
import { findTextRegions, inkDensity } from '../image/find-text-regions';
import { flattenBackground } from '../image/flatten-background';
import type { GrayImage } from '../image/gray-image';
import { buildInkGrid, clearBorder } from '../image/ink-grid';
import { rotateGrayImage, scaleGrayImage } from '../image/transform-gray-image';
import { ocrBlocksToItems } from './ocr-blocks-to-items';
import { recognizeBlocks } from './ocr-engine';

// One page image → text items in points. The image is cleaned (background flattened, light text on
// dark panels inverted), brought to a size where text is about 10 pt at 300 dpi, straightened, cut
// into regions (columns, header halves) and each region is read by tesseract as one column.

export interface OcrPageOptions {
  /** Resolution of a rendered PDF page; unknown for photos and scans, where it is estimated. */
  dpi?: number;
  settings?: OcrSettings;
  signal?: AbortSignal;
  /** Time (Date.now()) by which the page must be read. */
  deadline: number;
}

export interface OcrPage {
  items: TextItem[];
  /** Page size in points. */
  width: number;
  height: number;
  /** Mean word confidence (0–100) weighted by length, or null when nothing was read. */
  confidence: number | null;
  /** Skew corrected, in degrees. */
  skew: number;
}

/** Height in pixels of a line of ink (capitals to descenders) that tesseract reads best: 10 pt text
 *  at 300 dpi. */
const TARGET_TEXT_HEIGHT = 36;
const REFERENCE_DPI = 300;
/** Above this, an image is shrunk before any other step: text stays well over the target size. */
const WORKING_PIXELS = 14_000_000;
const REGION_MARGIN = 16;
/** Photos and drawings, not text: most of their cells are inked. */
const MAX_TEXT_DENSITY = 0.65;

export async function recognizePage(source: GrayImage, options: OcrPageOptions): Promise<OcrPage> {
  let image = source;
  if (image.width * image.height > WORKING_PIXELS) {
    image = scaleGrayImage(image, Math.sqrt(WORKING_PIXELS / (image.width * image.height)));
  }
  image = flattenBackground(image);
  // Straighten first: lines of text must be level for their height to be measured.
  const skewCell = options.dpi ? Math.max(2, Math.round(options.dpi / 75)) : Math.max(2, Math.round(Math.max(image.width, image.height) / 880));
  const skew = estimateSkew(buildInkGrid(image, skewCell));
  if (skew !== 0) image = rotateGrayImage(image, skew);
  let dpi = options.dpi;
  if (!dpi) ({ image, dpi } = normaliseTextSize(image));

  const cell = Math.max(2, Math.round(dpi / 75));
  const textHeight = estimateTextHeight(buildInkGrid(image, cell)) ?? (TARGET_TEXT_HEIGHT * dpi) / REFERENCE_DPI;
  image = eraseRules(image, Math.round(8 * textHeight));
  const grid = clearBorder(buildInkGrid(image, cell), Math.max(2, Math.round((0.6 * textHeight) / cell)));
  const regions = findTextRegions(grid, {
    minGutter: Math.max(3, Math.round(Math.max(1.4 * textHeight, 0.15 * dpi) / cell)),
    minBandGap: Math.max(2, Math.round((0.35 * textHeight) / cell)),
    minColumnWidth: Math.round((3 * textHeight) / cell),
  });

  const scale = 72 / dpi;
  const items: TextItem[] = [];
  let characters = 0;
  let confidenceSum = 0;
  for (const region of regions) {
    if (inkDensity(grid, region) > MAX_TEXT_DENSITY) continue;
    const left = Math.max(0, (region.left - 1) * cell);
    const top = Math.max(0, (region.top - 1) * cell);
    const box = {
      left,
      top,
      width: Math.min(image.width, (region.right + 1) * cell) - left,
      height: Math.min(image.height, (region.bottom + 1) * cell) - top,
    };
    const remaining = options.deadline - Date.now();
    if (remaining <= 0) throw new CvError('timeout', 'ocr-page', { stage: 'ocr-page' });
    const pgm = encodePgm(image, box, REGION_MARGIN);
        const blocks = await recognizeBlocks({
      image: pgm,
      // 4: a single column of text of varying sizes — the regions are columns already.
      parameters: { tessedit_pageseg_mode: '4', user_defined_dpi: String(Math.round(dpi)) },
      timeoutMs: remaining,
      signal: options.signal,
      settings: options.settings,
    });
    const read = ocrBlocksToItems(blocks, {
      offsetX: box.left - REGION_MARGIN,
      offsetY: box.top - REGION_MARGIN,
      scale,
    });
    items.push(...read.items);
    characters += read.characters;
    confidenceSum += read.confidenceSum;
  }
  return {
    items,
    width: image.width * scale,
    height: image.height * scale,
    confidence: characters > 0 ? confidenceSum / characters : null,
    skew,
  };
}

/**
 * Photos and scans come at any resolution. The image is resized so that a line of body text is
 * about TARGET_TEXT_HEIGHT pixels, and its resolution is then taken to be 300 dpi, so that
 * coordinates in points look like a printed page's.
 */
function normaliseTextSize(image: GrayImage): { image: GrayImage; dpi: number } {
  const textHeight = estimateTextHeight(buildInkGrid(image, 2));
  if (textHeight === null) {
    // Too little text to measure: assume the image is an A4 page.
    return { image, dpi: Math.max(72, Math.max(image.width, image.height) / 11.69) };
  }
  const factor = Math.min(3, Math.max(0.4, TARGET_TEXT_HEIGHT / textHeight));
  if (factor >= 0.75 && factor <= 1.5) return { image, dpi: (REFERENCE_DPI * textHeight) / TARGET_TEXT_HEIGHT };
  return { image: scaleGrayImage(image, factor), dpi: REFERENCE_DPI };
}
