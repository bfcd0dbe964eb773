import { fold } from './fold-text';

/** A point's number, as its words say it: "3", "3 étoiles", "3 sur 5", "3/5", "3 stars out of 5". */
const POINT = /^(\d{1,2})(\s*(etoiles?|stars?|points?|sur\s*\d+|\/\s*\d+|out of\s*\d+))*(\s+\d{1,2})?$/;

/**
 * The ranks (on language-levels.ts's scale, A1 = 1 … C2 = 6) of the points of a rating that says
 * no level: stars or numbers 1…N, in order, named only "1 étoile" … "5 étoiles" or "3 sur 5".
 * The points spread evenly from A1 to C2: on five stars B1 is the third, C2 and a mother tongue
 * the fifth. Blank texts (a placeholder) keep their place and get no rank. Null for anything else.
 */
export function scaleRanks(texts: string[]): (number | null)[] | null {
  const points = texts.map((text) => {
    const drawn = /^(★+|\*+)(\s+\d{1,2})?$/.exec(text.trim());
    if (drawn) return drawn[1]!.length;
    const folded = fold(text);
    if (folded === '') return null;
    // A radio's text is its label then its value ("3 etoiles 3"): the label's number counts.
    const match = POINT.exec(folded);
    return match ? Number(match[1]) : Number.NaN;
  });
  const numbered = points.filter((point): point is number => point !== null);
  if (numbered.length < 3 || numbered.length > 10) return null;
  // 1, 2, 3… N in order, nothing else: not a list of years, ages or counts.
  if (!numbered.every((point, index) => point === index + 1)) return null;
  const last = numbered.length;
  return points.map((point) => (point === null ? null : 1 + ((point - 1) * 5) / (last - 1)));
}
