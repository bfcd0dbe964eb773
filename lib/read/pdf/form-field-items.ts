import type { TextItem } from '../../types';

// What a filled-in PDF form shows in its fields (a "CV à remplir" filled in Acrobat or a browser
// and saved without flattening), and text added with a viewer's "add text" tool (FreeText
// annotations): both are drawn from annotations, so the page's text layer holds neither, though
// every viewer and printer shows them. pdf.js gives the annotations a viewer shows (a field the
// document hides is not among them) with the text their appearance draws; a field without an
// appearance (the form asks viewers to draw it) shows its value. Sticky-note comments (Text
// annotations) are not on the page and are not read.

/** The parts of pdf.js's annotation data read here. */
export interface AnnotationData {
  subtype?: unknown;
  fieldType?: unknown;
  fieldValue?: unknown;
  password?: unknown;
  textContent?: unknown;
  /** Where the appearance's text starts (its baseline), from the rectangle's lower left corner. */
  textPosition?: unknown;
  annotationFlags?: unknown;
  contentsObj?: { str?: unknown } | null;
  options?: { exportValue?: unknown; displayValue?: unknown }[] | null;
  rect?: unknown;
  defaultAppearanceData?: { fontSize?: unknown } | null;
}

/** Fields read at most on a page: a form of thousands of fields is not a CV. */
const MAX_FIELDS = 500;
/** Annotation flags of annotations not shown: Hidden and NoView. */
const NOT_SHOWN = 2 | 32;
/** Font size assumed when the field sizes its text to fit (size 0) or says none. */
const DEFAULT_SIZE = 10;

/** Text items (top-left coordinates, via `toViewport`) for the text each annotation shows. */
export function formFieldItems(annotations: readonly AnnotationData[], toViewport: (x: number, y: number) => [number, number]): TextItem[] {
  const items: TextItem[] = [];
  for (const annotation of annotations.slice(0, MAX_FIELDS)) {
    const lines = shownLines(annotation).map((line) => line.trim()).filter(Boolean);
    const rect = Array.isArray(annotation.rect) && annotation.rect.length === 4 && annotation.rect.every(Number.isFinite) ? (annotation.rect as number[]) : null;
    if (lines.length === 0 || !rect || (Number(annotation.annotationFlags) & NOT_SHOWN) !== 0) continue;
    const corners = [toViewport(rect[0]!, rect[1]!), toViewport(rect[2]!, rect[3]!)];
    const boxHeight = Math.abs(corners[0]![1] - corners[1]![1]);
    const declared = Number(annotation.defaultAppearanceData?.fontSize);
    const size = declared > 0 ? declared : Math.min(DEFAULT_SIZE, boxHeight / lines.length || DEFAULT_SIZE);
    // The first line where the appearance draws it, so that it shares the row of the field's label;
    // else at the top left of the field.
    const start = Array.isArray(annotation.textPosition) && annotation.textPosition.length === 2 && annotation.textPosition.every(Number.isFinite) ? (annotation.textPosition as number[]) : null;
    const [x, baseline] = start ? toViewport(rect[0]! + start[0]!, rect[1]! + start[1]!) : [Math.min(corners[0]![0], corners[1]![0]) + 2, Math.min(corners[0]![1], corners[1]![1]) + 2 + size];
    lines.forEach((text, index) => {
      items.push({ text, x, y: baseline - size + index * size * 1.2, width: text.length * size * 0.5, height: size });
    });
  }
  return items;
}

function shownLines(annotation: AnnotationData): string[] {
  const drawn = Array.isArray(annotation.textContent) ? annotation.textContent.filter((line): line is string => typeof line === 'string') : [];
  if (annotation.subtype === 'FreeText') {
    if (drawn.length > 0) return drawn;
    return typeof annotation.contentsObj?.str === 'string' ? annotation.contentsObj.str.split(/\r\n?|\n/) : [];
  }
  if (annotation.subtype !== 'Widget' || annotation.password === true) return [];
  if (annotation.fieldType === 'Tx') {
    if (drawn.length > 0) return drawn;
    return typeof annotation.fieldValue === 'string' ? annotation.fieldValue.split(/\r\n?|\n/) : [];
  }
  if (annotation.fieldType === 'Ch') {
    // A list or a drop-down shows the chosen options by their display names.
    const chosen = Array.isArray(annotation.fieldValue) ? annotation.fieldValue : [annotation.fieldValue];
    return chosen
      .filter((value): value is string => typeof value === 'string')
      .map((value) => {
        const option = annotation.options?.find((entry) => entry.exportValue === value);
        return typeof option?.displayValue === 'string' ? option.displayValue : value;
      });
  }
  return [];
}
