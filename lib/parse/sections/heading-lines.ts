// Which lines are section headings: a section name on a line of its own shape, backed by a layout
// cue when more words follow it, and lines set in the style of the document's own headings.
import type { TextLine } from '../../types';
import { BULLET, isAllCaps, isLarger, type DocumentStyle } from '../line-style';
import { matchHeading, unspace, type HeadingMatch } from './heading-words';

interface LineStyleKey {
  caps: boolean;
  bold: boolean;
  height: number;
}

function styleKey(line: TextLine): LineStyleKey {
  return { caps: isAllCaps(line.text), bold: line.bold === true, height: Math.round((line.height ?? 0) * 2) / 2 };
}

export function isHeadingShaped(line: TextLine): boolean {
  let text = line.text.trim();
  if (text.includes('\t')) return false;
  // A decoration before a heading ("■ EXPÉRIENCES") is not a list bullet when the rest is a heading.
  if (BULLET.test(text)) {
    text = text.replace(BULLET, '').trim();
    if (!matchHeading(text)?.whole) return false;
  }
  if (/[.;]$/.test(text) || /@|\d{3,}/.test(text)) return false;
  // Words are counted once the letters are joined: "E X P É R I E N C E S" is one word.
  return unspace(text).split(/\s+/).length <= 7;
}

export function headingOf(line: TextLine, style: DocumentStyle): HeadingMatch | undefined {
  if (!isHeadingShaped(line)) return undefined;
  const match = matchHeading(line.text);
  if (!match) return undefined;
  if (match.whole) return match;
  // Extra words after a section name: only with a layout cue, else it is a sentence.
  const cue = isAllCaps(line.text) || line.bold === true || isLarger(line, style) || /:\s*$/.test(line.text);
  return cue ? match : undefined;
}

/** The headings among the lines, and a test for a line in the style of the document's headings. */
export function readHeadings(lines: TextLine[], style: DocumentStyle): { headings: (HeadingMatch | undefined)[]; sameStyleAsHeadings: (line: TextLine) => boolean } {
  const candidates = lines.map((line) => headingOf(line, style));
  // The headings' style is learnt from lines that are a section name and nothing else: an entry
  // title that starts with one ("Formation barbier (35 h)", "Stage d'observation") would otherwise
  // teach the entry-title style, and every job title after it would open a section.
  const knownStyles = lines
    .filter((line, index) => candidates[index]?.whole === true && line.height !== undefined)
    .map(styleKey);
  const hasHeadingStyle = (line: TextLine) => {
    const key = styleKey(line);
    return knownStyles.some((known) => known.caps === key.caps && known.bold === key.bold && Math.abs(known.height - key.height) < 0.6);
  };
  // A section name followed by more words needs more than bold: capitals, a colon, or the style
  // of the document's own headings.
  const headings = candidates.map((match, index) => {
    if (!match || match.whole) return match;
    const line = lines[index]!;
    const strongCue = isAllCaps(line.text) || /:\s*$/.test(line.text) || knownStyles.length === 0 || hasHeadingStyle(line);
    return strongCue ? match : undefined;
  });
  const sameStyleAsHeadings = (line: TextLine) => {
    if (line.height === undefined || knownStyles.length < 2) return false;
    const key = styleKey(line);
    // Only a distinctive style counts: capitals or a bigger font, never plain body text.
    if (!key.caps && !isLarger(line, style)) return false;
    return hasHeadingStyle(line);
  };
  return { headings, sameStyleAsHeadings };
}
