// Employers are named with trade words ("Excel Formation SARL", "Soudure Express", "Transports
// Soudure et Fils"); where the experience reader could not take the employer apart (a sentence,
// "Stage chez … en 2011"), those words are no skills of the person. A name is a run of
// capitalised words after "chez" / "auprès de" / "au sein de" / "l'entreprise" / "worked at", or one that ends with a company's
// legal form (SARL, EURL, Ltd, "& Fils", "& Co").

/** A capitalised word, or a small word inside a name ("Transports Soudure et Fils"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\d'’.-]*|&|et|and|de|du|des|of|the)$/u;
const CONNECTOR = /^(?:&|et|and|de|du|des|of|the)$/iu;
const LEGAL_FORM = /^(?:SARL|SASU|EURL|SNC|SCOP|SCI|EARL|GAEC|Ltd|Limited|LLP|PLC|Inc|GmbH|Fils|Co|Sons)\.?$/u;
// Also the employer named by what it is, as a sentence says it ("à l'entreprise Bois & Création",
// "pour la société Durand Frères", "worked at Leeds General Infirmary").
const NAME_LEAD =
  /(?<![\p{L}\d])(?:chez|auprès\s+de|au\s+sein\s+d[eu]|l['’](?<elided>entreprise|association|agence|enseigne)|la\s+(?<noun>société|sté|start-?up|structure|maison|enseigne)|(?:work(?:ed|ing)?|employed|job|placement)\s+(?:at|with|for))\s+/giu;

/** Character spans of the company names in a phrase. */
export function companyNameSpans(text: string): [number, number][] {
  const words = [...text.matchAll(/[^\s,;:()]+/gu)].map((match) => ({ text: match[0].replace(/[.!?]+$/u, (end) => (LEGAL_FORM.test(match[0]) ? end : '')), start: match.index }));
  const spans: [number, number][] = [];
  /** A comma, colon or bracket between two words: the name stops there. */
  const separated = (before: number, after: number): boolean => /[,;:()]/.test(text.slice(words[before]!.start + words[before]!.text.length, words[after]!.start));
  const runFrom = (first: number): number => {
    let last = first - 1;
    for (let index = first; index < words.length && NAME_WORD.test(words[index]!.text); index++) {
      if (index > first && separated(index - 1, index)) break;
      last = index;
    }
    // A name does not end with "et", "de".
    while (last >= first && CONNECTOR.test(words[last]!.text)) last--;
    return last;
  };
  const add = (first: number, last: number, start = words[first]!.start): void => {
    const span: [number, number] = [start, words[last]!.start + words[last]!.text.length];
    if (!spans.some(([start, end]) => start === span[0] && end === span[1])) spans.push(span);
  };
  for (const lead of text.matchAll(NAME_LEAD)) {
    const first = words.findIndex((word) => word.start === lead.index + lead[0].length);
    if (first < 0 || !/^\p{Lu}/u.test(words[first]!.text)) continue;
    const last = runFrom(first);
    // "l'entreprise", "la société" belong to the name: the word says whose name it is, not a skill.
    const noun = lead.groups?.elided ?? lead.groups?.noun;
    if (last >= first) add(first, last, noun ? lead.index + lead[0].indexOf(noun) : undefined);
  }
  // "Excel Formation SARL", "Smith & Co": back from the legal form over the capitalised words.
  words.forEach((word, index) => {
    if (!LEGAL_FORM.test(word.text) || index === 0) return;
    let first = index;
    while (first > 0 && NAME_WORD.test(words[first - 1]!.text) && !separated(first - 1, first)) first--;
    while (first < index && CONNECTOR.test(words[first]!.text)) first++;
    if (first < index && !spans.some(([start, end]) => words[first]!.start >= start && word.start < end)) add(first, index);
  });
  return spans;
}
