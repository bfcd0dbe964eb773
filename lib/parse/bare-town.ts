// The candidate's town written alone, with no postcode nor label: a part of a contact line
// ("06 11 22 33 44 | camille@… | 📍 Villeurbanne") or a large town on its own line among the
// contact details ("Lyon"). A name or a job may sit on such a line too: the part must read as a
// town (one word, or "La Rochelle", "Saint Denis"), name no job, and come after another part,
// unless it is a large town.
import type { TextLine } from '../types';
import { foldedWords } from './entry-parts';
import { foldText } from './fold-text';
import { JOB_WORDS } from './job-vocabulary';
import { LARGE_TOWNS, NOT_A_TOWN } from './town-vocabulary';
import { withoutOutwardCode } from './uk-outward-code';

export interface BareTown {
  town: string;
  /** The part of the line it was read from. */
  text: string;
  line: TextLine;
}

const CONTACT = /@|(?:\d[\s.-]?){9}/;
const PARTS = /\t|\s[|•·–—-]\s/;
/** One word ("Villeurbanne", "Aix-en-Provence") or an article or saint before the name. */
const TOWN_SHAPE = /^(?:(?:Le|La|Les|L['’]|Saint|Sainte|St|Ste)\s+)?\p{Lu}[\p{L}'’-]*\p{L}$/u;

export function readBareTown(lines: TextLine[]): BareTown | undefined {
  for (const [index, line] of lines.entries()) {
    const parts = line.text.split(PARTS).map((part) => part.trim()).filter(Boolean);
    const onContactLine = parts.length >= 2 && CONTACT.test(line.text);
    const besideContact = parts.length === 1 && [lines[index - 1], lines[index + 1]].some((other) => other !== undefined && CONTACT.test(other.text));
    if (!onContactLine && !besideContact) continue;
    for (const [position, part] of parts.entries()) {
      // Icons before the town ("📍 Villeurbanne") say nothing more.
      const town = withoutOutwardCode(part.replace(/^[^\p{L}]+/u, '').replace(/[\s,]+(?:France|FRANCE)$/u, '').trim());
      if (!TOWN_SHAPE.test(town) || NOT_A_TOWN.test(town)) continue;
      if (foldedWords(town).some((word) => JOB_WORDS.has(word))) continue;
      const large = LARGE_TOWNS.has(foldText(town));
      if (large || (onContactLine && position > 0)) return { town, text: part, line };
    }
  }
  return undefined;
}
