// Section lines -> phrases, the unit skills are spotted in. A wrapped line continues the previous one
// ("Préparation de commandes avec" / "lecteur optique"); bullets, pipes, semicolons and sentence ends
// separate phrases; commas separate the items of a list ("Excel, Word, SAP") but not the clauses of
// a sentence.

import type { TextLine } from '../types';

export interface CvPhrase {
  /** An exact snippet of the CV: part of one line, or one line and its wrapped continuation. */
  text: string;
  line: TextLine;
}

// A tab separates the cells of a table layout ("Informatique<TAB>Word, Excel"), never words of one phrase.
// Markup pasted into a CV (or planted in it: "<script>…</script>") separates too: a tag's name is
// not a skill ("script", "img", "table").
const SEPARATOR = /\s*(?:[•·▪●◦■►✓✔|;\t]|\s[-–—]\s|(?<=[a-zà-ÿ)]{2})\.\s+(?=[A-ZÀ-Ý])|<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]{0,300})?>)\s*/u;
const BULLET_START = /^\s*(?:[-–—*•·▪●◦■►✓✔>]|\d+[.)])\s+/u;

export function cvPhrases(lines: TextLine[]): CvPhrase[] {
  const phrases: CvPhrase[] = [];
  for (const { text, line } of joinWrappedLines(lines)) {
    for (const part of text.replace(BULLET_START, '').split(SEPARATOR)) {
      for (const item of splitList(part)) {
        const trimmed = item.trim().replace(/^[:,.\s]+|[:,.\s]+$/g, '');
        if (/\p{L}/u.test(trimmed)) phrases.push({ text: trimmed, line });
      }
    }
  }
  return phrases;
}

function joinWrappedLines(lines: TextLine[]): { text: string; line: TextLine }[] {
  const joined: { text: string; line: TextLine }[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const continues =
      previous !== undefined &&
      previous.line.page === line.page &&
      !/[.;:!?]\s*$/.test(previous.text) &&
      /^\s*[a-zà-ÿ(]/u.test(line.text) &&
      !BULLET_START.test(line.text);
    if (continues) previous.text = `${previous.text} ${line.text.trim()}`;
    else joined.push({ text: line.text, line });
  }
  return joined;
}

function splitList(part: string): string[] {
  const items = part.split(/\s*[,/]\s*|\s+\+\s+/);
  if (items.length < 2) return [part];
  // A list when every item is short; otherwise commas are inside a sentence.
  const short = items.every((item) => item.trim().split(/\s+/).length <= 5);
  return short ? items : [part];
}
