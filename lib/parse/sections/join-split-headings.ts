// Headings set on two lines ("EXPÉRIENCE" / "PROFESSIONNELLE", as in Europass CVs) made one again
// before the sections are cut, so that the second half does not start a section of its own.
import type { TextLine } from '../../types';
import { isAllCaps } from '../line-style';
import { matchHeading } from './heading-words';
import { isHeadingShaped } from './heading-lines';

/** Rejoins a heading set on two lines ("EXPÉRIENCE" / "PROFESSIONNELLE", as in Europass CVs); a
 *  line of another style may sit between the two halves (the name beside "INFORMATIONS"). */
export function joinSplitHeadings(lines: TextLine[]): TextLine[] {
  const result = [...lines];
  for (let index = 0; index < result.length; index++) {
    let line = result[index]!;
    // A label row may carry the heading's first half: "INFORMATIONS\tLE GOFF Jean-Baptiste".
    const [firstCell, ...otherCells] = line.text.split('\t');
    let rowRest: TextLine | undefined;
    if (otherCells.length > 0 && firstCell && isAllCaps(firstCell)) {
      rowRest = { ...line, text: otherCells.join('\t'), x: undefined, width: undefined };
      line = { ...line, text: firstCell };
    }
    if (!isAllCaps(line.text) || !isHeadingShaped(line)) continue;
    // The halves are consecutive, or one line apart when that line shares the first half's row
    // (a Europass name beside "INFORMATIONS").
    const between = result[index + 1];
    const sameRow = between !== undefined && line.y !== undefined && between.y !== undefined && Math.abs(between.y - line.y) <= 2.5;
    for (let next = index + 1; next <= index + (sameRow ? 2 : 1) && next < result.length; next++) {
      const other = result[next]!;
      if (other.page !== line.page || other.block !== line.block) break;
      // The second half sits right under the first.
      if (line.y !== undefined && other.y !== undefined && other.y - line.y > (line.height ?? 10) * 2) break;
      // A merged label row carries the style of its content: compare capitals only then.
      const sameStyle = isAllCaps(other.text) && (rowRest !== undefined || (other.bold === line.bold && Math.abs((other.height ?? 0) - (line.height ?? 0)) < 0.6));
      if (!sameStyle || !isHeadingShaped(other) || /\d/.test(other.text) || matchHeading(other.text)) continue;
      const joined = matchHeading(`${line.text} ${other.text}`);
      // The first half alone may already be the whole heading: "CERTIFICATIONS" over "SST" is a
      // heading and its first item, not one heading.
      const firstHalf = matchHeading(line.text);
      if (!joined || (!joined.whole && (!firstHalf || firstHalf.whole))) continue;
      result[index] = { ...line, text: `${line.text.trim()} ${other.text.trim()}` };
      result.splice(next, 1);
      if (rowRest) result.splice(index + 1, 0, rowRest);
      break;
    }
  }
  return result;
}
