import type { TextItem } from '../../types';
import { locateGlyphs } from './locate-glyphs';
import { loadPdfjs, type Pdfjs, type PdfPage } from './pdfjs';
import { isLetterSpaced, respaceLetterSpacedText } from './respace-letter-spaced-text';

interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

const BOLD_FONT = /bold|black|heavy|semibold|demibold|extrabold|[-,]bd\b|\bbd$/i;

export interface PageText {
  items: TextItem[];
  width: number;
  height: number;
  /** Images painted and paths drawn: a page without text but with these is a scan or outlined text. */
  images: number;
  paths: number;
}

/**
 * Text items of one page in top-left coordinates (points), with the font's height and whether the
 * font is bold. Font names are only known once the page's operator list is loaded; we load it
 * because weight is one of the strongest heading cues.
 */
export async function extractTextItems(page: PdfPage): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const pdfjs = await loadPdfjs();
  const operators = await loadOperators(page);
  const boldFonts = findBoldFonts(page, content.items as PdfjsTextItem[], operators !== null);
  const rawItems = content.items as PdfjsTextItem[];
  const respaced = operators && rawItems.some((item) => isLetterSpaced(item.str ?? '')) ? respaceItems(pdfjs, page, rawItems, operators) : new Map<number, string>();
  const items: TextItem[] = [];
  for (const [index, raw] of rawItems.entries()) {
    if (typeof raw.str !== 'string' || raw.str.length === 0) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform;
    const fontHeight = Math.hypot(c, d) || Math.hypot(a, b) || raw.height || 10;
    // Convert PDF user space (origin bottom-left, y up) to top-left via the viewport transform.
    const [x, baseline] = viewport.convertToViewportPoint(e, f) as [number, number];
    items.push({
      text: respaced.get(index) ?? raw.str,
      x,
      y: baseline - fontHeight,
      width: raw.width,
      height: fontHeight,
      fontName: raw.fontName,
      bold: boldFonts.has(raw.fontName),
    });
  }
  return { items, width: viewport.width, height: viewport.height, ...countGraphics(pdfjs, operators) };
}

type OperatorList = Awaited<ReturnType<PdfPage['getOperatorList']>>;

function respaceItems(pdfjs: Pdfjs, page: PdfPage, items: PdfjsTextItem[], operators: OperatorList): Map<number, string> {
  const glyphs = locateGlyphs(pdfjs.OPS, operators, (name) => {
    try {
      return page.commonObjs.get(name) as { fontMatrix?: number[]; vertical?: boolean } | null;
    } catch {
      return null;
    }
  });
  return respaceLetterSpacedText(
    items.map((item) => item.str ?? ''),
    glyphs,
  );
}

async function loadOperators(page: PdfPage): Promise<OperatorList | null> {
  try {
    return await page.getOperatorList();
  } catch {
    return null; // weight and graphics are hints; a page whose fonts fail to load is still readable
  }
}

function countGraphics(pdfjs: Pdfjs, operators: OperatorList | null): { images: number; paths: number } {
  const { OPS } = pdfjs;
  const imageOperators = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintSolidColorImageMask,
  ]);
  let images = 0;
  let paths = 0;
  for (const operator of operators?.fnArray ?? []) {
    if (imageOperators.has(operator)) images += 1;
    else if (operator === OPS.constructPath) paths += 1;
  }
  return { images, paths };
}

function findBoldFonts(page: PdfPage, items: PdfjsTextItem[], fontsLoaded: boolean): Set<string> {
  const bold = new Set<string>();
  if (!fontsLoaded) return bold;
  const names = new Set(items.map((item) => item.fontName));
  for (const fontName of names) {
    try {
      const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean } | null;
      if (font && (font.bold || font.black || BOLD_FONT.test(font.name ?? ''))) bold.add(fontName);
    } catch {
      // font not resolved: leave it regular
    }
  }
  return bold;
}
