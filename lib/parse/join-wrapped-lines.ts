// Rejoins the visual lines of one wrapped paragraph or list item into one logical line, so that a
// job title, a diploma or a skill cut by the column edge is read whole. Only PDF lines carry the
// geometry this needs; other formats already give whole paragraphs.
// A line continues the one above when it has the same style, sits right below it, starts at the
// same left edge (or under the text of a bulleted item), and the line above had no room left for
// its first word: a line that ends early ended on purpose.
import type { TextLine } from '../types';
import { BULLET } from './line-style';

/** Ends of a line that call for more words: "Sauveteur Secouriste du" / "Travail". */
const OPEN_END = /(?:^|\s)(?:de|du|des|d'|d’|la|le|les|l'|l’|et|à|au|aux|en|chez|pour|par|avec|sur|dans|of|and|the|at|for|in|with|to|on)$|[,\-–—/&+(·|]$/iu;

/** Whether a line stops on a word or a sign that calls for more ("… secouriste du", "… et des",
 *  "… Villeneuve-la-"): the next line goes on with it. */
export function callsForMore(text: string): boolean {
  return OPEN_END.test(text.trim());
}

/** A year or a month/year opening a dated row: "1989 :", "2016 - 2018", "09/2015 –". */
const DATED_ENTRY = /^(?:(?:19|20)\d{2}|\d{1,2}[/.](?:19|20)?\d{2})\s*(?:[:–—-]|\/\s*(?:19|20)\d{2})/;

/** Width of a word in a proportional font, roughly, relative to the font height. */
const CHAR_WIDTH = 0.5;

export function joinWrappedLines(input: TextLine[]): TextLine[] {
  const lines = joinWrappedCells(input);
  const rightEdges = blockRightEdges(lines);
  const textEdges = attestedRightEdges(lines);
  const pitches = linePitches(lines);
  const result: TextLine[] = [];
  // The last physical line of the logical line being built, for the geometry tests.
  let last: TextLine | undefined;
  let firstOfItem: TextLine | undefined;
  for (const line of lines) {
    const current = result[result.length - 1];
    if (current && last && firstOfItem && continues(last, firstOfItem, line, rightEdges, pitches, textEdges)) {
      result[result.length - 1] = { ...current, text: `${current.text}${glue(current.text, line.text)}${line.text.trim()}`, width: Math.max(current.width ?? 0, line.width ?? 0) };
      last = line;
      continue;
    }
    result.push(line);
    last = line;
    firstOfItem = line;
  }
  return result;
}

function continues(above: TextLine, first: TextLine, line: TextLine, rightEdges: Map<string, number>, pitches: Map<string, number>, textEdges: Map<string, number>): boolean {
  if (above.x === undefined || above.y === undefined || above.height === undefined || above.width === undefined) return false;
  if (line.x === undefined || line.y === undefined || line.height === undefined) return false;
  if (above.page !== line.page || above.block !== line.block) return false;
  if (above.text.includes('\t') || line.text.includes('\t')) return false;
  if (BULLET.test(line.text) || /:\s*$/.test(above.text)) return false;
  // Heights are measured from the glyphs: a line of lower-case letters ("verticale)") is a little
  // shorter than one with capitals, digits and brackets in the same font.
  // A line whose bold diploma or title runs on in plain text ("**DEP Assistance…** — Centre de
  // formation" / "professionnelle Pointe-aux-Trembles, 2020") is marked bold as a whole: a plain
  // line in lower case under it may still be its end.
  const styleBreak = (above.bold === true) !== (line.bold === true);
  if ((styleBreak && !(above.bold === true && /^\p{Ll}/u.test(line.text.trim()))) || Math.abs(above.height - line.height) > Math.max(0.3, 0.12 * above.height)) return false;
  const gap = line.y - above.y;
  // Lines of one paragraph are closer than list items or paragraphs: compare with the tightest
  // spacing seen for this font in this column (the font of the line above: the line below may be
  // measured a little shorter).
  const pitch = pitches.get(pitchKey(above)) ?? pitches.get(pitchKey(line)) ?? line.height * 1.2;
  if (gap <= 0 || gap > Math.max(line.height, above.height) * 1.5 || gap > pitch * 1.12) return false;
  const hanging = BULLET.test(first.text) && line.x > (first.x ?? 0) && line.x - (first.x ?? 0) < line.height * 2;
  if (Math.abs(line.x - above.x) > 1.5 && !hanging && !(Math.abs(line.x - (first.x ?? 0)) <= 1.5)) return false;
  // A capital may open a new list item whose spacing looks like a wrapped line ("Sourire et bonne
  // présentation" / "Esprit d'équipe"): join it only after a word that cannot end a phrase.
  // An inline list ("A · B · AAT Level 2" / "Certificate in Bookkeeping · C") goes on.
  if (/\s·\s/.test(above.text) && /\s·\s/.test(line.text) && !/·\s*$/.test(above.text)) return true;
  // A bracket left open ("CACES R486 cat. A (nacelle" / "verticale)") also calls for the rest.
  const openEnd = callsForMore(above.text) || (unclosedBracket(above.text) && /^[^(]*\)/.test(line.text));
  if (/^\p{Lu}/u.test(line.text.trim()) && !openEnd && !namesRunOn(above, line, textEdges)) return false;
  // So does a year or a period followed by its entry ("1989 : BEP …", "2016 - 2018 …"): a dated
  // row of a list, however tight its spacing.
  if (DATED_ENTRY.test(line.text.trim()) && !openEnd) return false;
  if (openEnd && !styleBreak) return true;
  const right = rightEdges.get(`${line.page}:${line.block ?? 0}`) ?? 0;
  const firstWord = line.text.trim().split(/\s+/)[0] ?? '';
  const room = right - (above.x + above.width);
  return room < (firstWord.length + 1) * line.height * CHAR_WIDTH;
}

/** A name cut at a full line: "… – Birmingham Metropolitan" / "College, 2020", "…, Lycée" /
 *  "Sévigné, Tourcoing". The line above ends on a capitalised word at the column's edge, and the
 *  edge is one that several lines reach (a wrapped column), not just the widest item of a list. */
function namesRunOn(above: TextLine, line: TextLine, textEdges: Map<string, number>): boolean {
  const right = textEdges.get(`${line.page}:${line.block ?? 0}`);
  if (right === undefined || right - ((above.x ?? 0) + (above.width ?? 0)) > (above.height ?? 10) * 1.5) return false;
  if (DATED_ENTRY.test(line.text.trim())) return false;
  return /(?:^|\s)\p{Lu}\p{Ll}+$/u.test(above.text.trim()) && /^\p{Lu}\p{Ll}/u.test(line.text.trim());
}

/** The right edge of each column whose text runs to it, as wrapped prose does: the furthest right
 *  end that another line also comes near, with at least four lines within a word of it. A single
 *  wider line (a contact line across the page) does not set it; a short list whose longest items
 *  happen to be of one length ("Baccalauréat professionnel Commerce" / "Lycée professionnel…")
 *  has none. */
function attestedRightEdges(lines: TextLine[]): Map<string, number> {
  const ends = new Map<string, { right: number; height: number }[]>();
  for (const line of lines) {
    if (line.x === undefined || line.width === undefined) continue;
    const id = `${line.page}:${line.block ?? 0}`;
    const list = ends.get(id) ?? [];
    list.push({ right: line.x + line.width, height: line.height ?? 10 });
    ends.set(id, list);
  }
  const edges = new Map<string, number>();
  for (const [id, list] of ends) {
    list.sort((a, b) => b.right - a.right);
    const index = list.findIndex((end, at) => at + 1 < list.length && end.right - list[at + 1]!.right <= end.height * 1.5);
    if (index < 0) continue;
    const edge = list[index]!;
    const near = list.filter((end) => end.right <= edge.right && edge.right - end.right <= edge.height * 3).length;
    if (near >= 4) edges.set(id, edge.right);
  }
  return edges;
}

/** A compound word cut at its hyphen ("Croix-" / "Rouge", "Villeneuve-la-" / "Garenne") is one word. */
function glue(above: string, below: string): string {
  return /\p{L}-$/u.test(above.trim()) && /^\p{L}/u.test(below.trim()) ? '' : ' ';
}

function unclosedBracket(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

function blockRightEdges(lines: TextLine[]): Map<string, number> {
  const edges = new Map<string, number>();
  for (const line of lines) {
    if (line.x === undefined || line.width === undefined) continue;
    const id = `${line.page}:${line.block ?? 0}`;
    edges.set(id, Math.max(edges.get(id) ?? 0, line.x + line.width));
  }
  return edges;
}

function pitchKey(line: TextLine): string {
  return `${line.page}:${line.block ?? 0}:${Math.round((line.height ?? 0) * 2)}`;
}

/** The smallest gap between two consecutive lines of the same font height in a column. */
function linePitches(lines: TextLine[]): Map<string, number> {
  const pitches = new Map<string, number>();
  for (let index = 1; index < lines.length; index++) {
    const above = lines[index - 1]!;
    const line = lines[index]!;
    if (above.y === undefined || line.y === undefined || line.height === undefined) continue;
    if (above.page !== line.page || above.block !== line.block || pitchKey(above) !== pitchKey(line)) continue;
    if (Math.abs((above.x ?? 0) - (line.x ?? 0)) > 1.5) continue;
    const gap = line.y - above.y;
    if (gap < line.height * 0.8) continue;
    const key = pitchKey(line);
    pitches.set(key, Math.min(pitches.get(key) ?? Infinity, gap));
  }
  return pitches;
}

const DATE_START = /^(?:(?:19|20)\d{2}\b|\d{1,2}[/.]\d{2,4}|(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]|sept?|oct|nov|d[ée]c|jan|feb|mar|apr|may|jun|jul|aug|oct|dec)\p{L}*\.?(?:\s|$)|aujourd|pr[ée]sent|present|ce jour|now|current)/iu;
// A season waits for its year too: "Saison d'hiver" / "2016", "Été" / "2019".
const OPEN_DATE = /(?:[–—-]|\b(?:à|au|to|until))\s*$|\b(?:janv|f[ée]vr?|mars|avr|mai|juin|juil|ao[uû]t|sept?|oct|nov|d[ée]c|jan|feb|mar|apr|may|jun|jul|aug|sep|dec)\p{L}*\.?\s*$|(?:^|\s)(?:saison\s+d['’](?:[ée]t[ée]|hiver)|[ée]t[ée]|hiver|printemps|automne|summer|winter|spring|autumn|fall)\s*$/iu;

/** Rows of a two-column table wrap in both cells: "Oct. 2019 –\tComptable unique, … (PME 60"
 *  then "aujourd'hui\tsalariés), Paris 11e". The next row continues each cell when the first cell
 *  ends on an open date ("Mars 2014 – Sept.") and the next row's first cell goes on with one. */
function joinWrappedCells(lines: TextLine[]): TextLine[] {
  const result: TextLine[] = [];
  for (const line of lines) {
    const above = result[result.length - 1];
    if (above && above.text.includes('\t') && continuesCells(above, line)) {
      const upper = above.text.split('\t');
      let lower = alignedCells(above, line) ?? line.text.split('\t');
      // A single cell set far right of the row's start continues the last cell, not the first.
      if (lower.length === 1 && upper.length > 1 && line.x !== undefined && above.x !== undefined && line.x - above.x > 30) {
        lower = [...upper.slice(0, -1).map(() => ''), lower[0]!];
      }
      // A row of a table of three columns or more whose date cell goes on ("09/2018 -" /
      // "aujourd'hui") goes on in every cell: "Brasserie" / "Georges, Lyon 2e" is one employer.
      const rowGoesOn = upper.length >= 3 && OPEN_DATE.test(upper[0]!.trim()) && DATE_START.test((lower[0] ?? '').trim());
      // Other cells go on only when they continue a phrase; a new item ("Commercial fit-outs…")
      // under the title cell stays a line of its own.
      // Cells kept apart stay in their column: "\tTesting, inspection…" is the second column.
      const rest: string[] = upper.map(() => '');
      const merged = upper.map((cell, column) => {
        const below = lower[column]?.trim();
        if (!below) return cell.trim();
        if (column === 0 || rowGoesOn || continuesPhrase(cell, below)) return `${cell.trim()}${glue(cell, below)}${below}`;
        rest[column] = below;
        return cell.trim();
      });
      result[result.length - 1] = { ...above, text: merged.join('\t') };
      if (rest.some(Boolean)) result.push({ ...line, text: rest.join('\t').replace(/\t+$/, ''), x: undefined, width: undefined, cells: undefined });
      continue;
    }
    result.push(line);
  }
  return result;
}

/** The cells of `line` put under the columns of the row above by their left edges, '' where a
 *  column has nothing: "aujourd'hui\tGeorges, Lyon 2e\tcommande…" under "09/2018 -\tChef de
 *  rang\tBrasserie\tAccueil…" fills the date, employer and duties columns. Null when either line
 *  was not placed cell by cell. */
function alignedCells(above: TextLine, line: TextLine): string[] | null {
  const upper = above.text.split('\t');
  const lower = line.text.split('\t');
  const columns = above.cells;
  const lefts = line.cells ?? (lower.length === 1 && line.x !== undefined ? [line.x] : undefined);
  if (!columns || columns.length !== upper.length || !lefts || lefts.length !== lower.length) return null;
  const aligned = upper.map(() => '');
  lower.forEach((cell, index) => {
    // The last column that starts at or before the cell, give or take a little.
    let column = 0;
    columns.forEach((left, at) => {
      if (left <= lefts[index]! + 8) column = at;
    });
    aligned[column] = aligned[column] ? `${aligned[column]} ${cell.trim()}` : cell.trim();
  });
  return aligned;
}

function continuesCells(above: TextLine, line: TextLine): boolean {
  if (above.page !== line.page || above.block !== line.block || above.y === undefined || line.y === undefined) return false;
  const height = line.height ?? above.height ?? 10;
  if (line.y - above.y <= 0 || line.y - above.y > height * 1.6) return false;
  const firstAbove = above.text.split('\t')[0]!.trim();
  const firstBelow = line.text.split('\t')[0]!.trim();
  if (line.text.split('\t').length > above.text.split('\t').length) return false;
  if (!line.text.includes('\t') && line.x !== undefined && above.x !== undefined && line.x - above.x > 30) {
    const lastAbove = above.text.split('\t').pop()!.trim();
    return continuesPhrase(lastAbove, firstBelow);
  }
  return (OPEN_DATE.test(firstAbove) && DATE_START.test(firstBelow)) || continuesPhrase(firstAbove, firstBelow);
}

/** "(PME 60" / "salariés), Paris", "BS 7671" / "(C&G 2382-22)", "12 ans" / "d'expérience". */
function continuesPhrase(above: string, below: string): boolean {
  return /^[\p{Ll}(]/u.test(below.trim()) || callsForMore(above) || /\([^)]*$/.test(above);
}
