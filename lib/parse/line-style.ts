// Layout cues of a line, relative to the body text of its document.
import type { TextLine } from '../types';

export interface DocumentStyle {
  /** Median font height of the lines that have one, 0 when the format has no layout. */
  bodyHeight: number;
}

export function documentStyle(lines: TextLine[]): DocumentStyle {
  const heights = lines.map((line) => line.height ?? 0).filter((height) => height > 0).sort((a, b) => a - b);
  return { bodyHeight: heights[Math.floor(heights.length / 2)] ?? 0 };
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Bigger than the body text by a margin that survives rounding of font sizes. */
export function isLarger(line: TextLine, style: DocumentStyle): boolean {
  return style.bodyHeight > 0 && (line.height ?? 0) > style.bodyHeight * 1.08;
}

/** Bullet marks CVs use in lists; a bulleted line is content, never a heading or a title. Designed
 *  and phone-typed CVs bullet with arrows, ticks and diamonds, emoji among them ("👉", "✔️", "🔹"),
 *  which an emoji variation selector may follow. */
export const BULLET = /^\s*(?:[•●○◦▪▫■□►▶▸➢➤➔➜→⇒✓✔☑✅✗◆◇❖✦🔹🔸🔷🔶👉➡\-–—*·>»o]\uFE0F?\s+|[•●○◦▪▫■□►▶▸➢➤➔➜→⇒✓✔☑✅◆◇❖✦🔹🔸🔷🔶👉➡·]\uFE0F?)/u;

export function stripBullet(text: string): string {
  return text.replace(BULLET, '').trim();
}
