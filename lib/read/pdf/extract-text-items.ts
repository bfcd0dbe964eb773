import type { TextItem } from '../../types';
import type { PdfPage } from './pdfjs';

interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

const BOLD_FONT = /bold|black|heavy|semibold|demibold|extrabold|[-,]bd\b|\bbd$/i;

/**
 * Text items of one page in top-left coordinates (points), with the font's height and whether the
 * font is bold. Font names are only known once the page's operator list is loaded; we load it
 * because weight is one of the strongest heading cues.
 */
export async function extractTextItems(page: PdfPage): Promise<{ items: TextItem[]; width: number; height: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const boldFonts = await findBoldFonts(page, content.items as PdfjsTextItem[]);
  const items: TextItem[] = [];
  for (const raw of content.items as PdfjsTextItem[]) {
    if (typeof raw.str !== 'string' || raw.str.length === 0) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform;
    const fontHeight = Math.hypot(c, d) || Math.hypot(a, b) || raw.height || 10;
    // Convert PDF user space (origin bottom-left, y up) to top-left via the viewport transform.
    const [x, baseline] = viewport.convertToViewportPoint(e, f) as [number, number];
    items.push({
      text: raw.str,
      x,
      y: baseline - fontHeight,
      width: raw.width,
      height: fontHeight,
      fontName: raw.fontName,
      bold: boldFonts.has(raw.fontName),
    });
  }
  return { items, width: viewport.width, height: viewport.height };
}

async function findBoldFonts(page: PdfPage, items: PdfjsTextItem[]): Promise<Set<string>> {
  const bold = new Set<string>();
  try {
    await page.getOperatorList();
  } catch {
    return bold; // weight is a hint; a page whose fonts fail to load is still readable
  }
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
