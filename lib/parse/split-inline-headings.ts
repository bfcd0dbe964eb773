// Table layouts put the heading in a left column, on the first row of its section: "EMPLOYMENT
// Office Coordinator\tFeb 2022 – Present". The reader joins that row into one line, with a tab
// or a space; the heading is cut off here so that it opens its section and the row stays content.
import type { TextLine } from '../types';
import { isAllCaps } from './line-style';
import { matchHeading } from './sections/heading-words';

export function splitInlineHeadings(lines: TextLine[]): TextLine[] {
  const result: TextLine[] = [];
  // Under a row of headings over two columns ("CONTACT\tEXPÉRIENCES"), a heading as a row's first
  // cell opens the next section of its column; the other cell goes on with the other column's.
  let underHeadingRow = false;
  // Rows that open with a section name: two or more, and the layout sets its headings in a left
  // column ("EXPÉRIENCE\t…", "Permis & habilitations\t…"); one alone is a row's label ("Driving
  // licence\tCategories B, C" under "LICENCES AND QUALIFICATIONS", beside "Other\tHIAB…").
  const headingColumn = lines.filter((line) => {
    const heading = line.text.includes('\t') ? matchHeading(line.text.split('\t')[0]!) : undefined;
    return heading?.whole === true && heading.kind !== 'other';
  }).length >= 2;
  lines.forEach((line, index) => {
    const cells = line.text.split('\t').map((cell) => cell.trim()).filter(Boolean);
    if (line.page !== lines[index - 1]?.page || (cells.length === 1 && matchHeading(cells[0]!)?.whole)) underHeadingRow = false;
    if (cells.length >= 2 && cells.every((cell) => matchHeading(cell)?.whole)) underHeadingRow = true;
    const cut = (underHeadingRow ? undefined : tabbedHeading(line, lines[index + 1], headingColumn)) ?? spacedHeading(line, lines[index - 1], lines[index + 1]);
    if (cut) result.push(...cut);
    else result.push(line);
  });
  return result;
}

/** "EXPÉRIENCES\tOct. 2019 –\tComptable unique…": a heading as the first cell, in capitals or
 *  set apart by more than one word. */
function tabbedHeading(line: TextLine, next: TextLine | undefined, headingColumn: boolean): TextLine[] | undefined {
  const [first, ...rest] = line.text.split('\t');
  if (!first || rest.length === 0 || !matchHeading(first)?.whole) return undefined;
  // In ordinary case a single word may be a row's label ("Informatique\tWord, Excel"); in a column
  // of headings, one of several words ("Permis & habilitations\tPermis B, SST") or in bold is one.
  if (!isAllCaps(first) && !headingColumn) return undefined;
  if (!isAllCaps(first) && line.bold !== true && first.trim().split(/\s+/).length < 2) return undefined;
  // "COMPÉTENCES\tLANGUES" is a row of headings over two columns, not a heading and its content.
  if (matchHeading(rest[0]!)) return undefined;
  // The content starts where the next row's content does, when that row is set further right.
  const contentX = next?.x !== undefined && line.x !== undefined && next.page === line.page && next.x - line.x > 30 ? next.x : undefined;
  const right = line.x !== undefined && line.width !== undefined ? line.x + line.width : undefined;
  return [
    { ...line, text: first.trim(), width: undefined },
    { ...line, text: rest.join('\t').trim(), x: contentX, width: contentX !== undefined && right !== undefined ? right - contentX : undefined },
  ];
}

/** "LANGUAGES Welsh – fluent…": the heading prefix in capitals, the next or previous line set
 *  further right in the content column. */
function spacedHeading(line: TextLine, before: TextLine | undefined, next: TextLine | undefined): TextLine[] | undefined {
  const words = line.text.trim().split(/ +/);
  // Only a line of the same column shows where its content starts: the next column's first line
  // (a LinkedIn sidebar ending on "CACES R489 Catégorie 3", the name opening the main column) does not.
  const contentX = [next, before].find((other) => other?.x !== undefined && other.page === line.page && other.block === line.block && line.x !== undefined && other.x - line.x > 30)?.x;
  if (contentX === undefined || words.length < 2) return undefined;
  // A heading line on its own ("EXPÉRIENCE PROFESSIONNELLE", "ÉDUCATION ET FORMATION") is not cut.
  if (matchHeading(line.text)?.whole === true || (isAllCaps(line.text) && matchHeading(line.text) !== undefined)) return undefined;
  for (let count = Math.min(4, words.length - 1); count >= 1; count--) {
    const prefix = words.slice(0, count).join(' ');
    if (!isAllCaps(prefix) || prefix.includes('\t') || !matchHeading(prefix)?.whole) continue;
    const rest = line.text.trim().slice(prefix.length).trim();
    return [
      { ...line, text: prefix, width: undefined },
      { ...line, text: rest, x: contentX },
    ];
  }
  return undefined;
}
