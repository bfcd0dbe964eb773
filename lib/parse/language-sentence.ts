// A languages section written as a sentence: "Je parle couramment le français et l'arabe, et j'ai
// des notions de néerlandais", "I speak fluent Polish and English, and basic German". Read as a
// list, each language took the words after it up to the next one ("et l'", "and basic"), so levels
// slid onto the wrong language. Here each language takes the level word of its own clause.
import type { LanguageSkill, TextLine } from '../types';

export interface SentenceMention {
  code: string;
  startsAt: number;
  endsAt: number;
}

/** A sentence in the first person: "Je parle…", "J'ai des notions…", "I speak…", "I'm fluent…". */
const FIRST_PERSON = /(?:^|[.;!]\s+)(?:je\s|j['’]\s*|i\s|i['’]m\s)/;

export function isLanguageSentence(folded: string): boolean {
  return FIRST_PERSON.test(folded.trimStart());
}

/** What may stand between a comma and the next language of the same list: "français, l'anglais". */
const LIST_GOES_ON = /^\s*(?:(?:et|and|ou|or)\s+)?(?:(?:le|la|les|l['’]|the)\s*)?$/;

/** The languages of a first-person sentence, each with the level word said in its clause: the
 *  nearest one before it, else the nearest one after it. A comma that goes on with the list
 *  ("couramment le français, l'anglais et l'espagnol") does not end the clause. */
export function languagesOfSentence(folded: string, original: string, mentions: SentenceMention[], words: [RegExp, string][], line: TextLine): LanguageSkill[] {
  const marks: { startsAt: number; endsAt: number; level: string }[] = [];
  // A CEFR level written in the sentence ("je parle anglais (niveau B1)") says the most.
  for (const match of folded.matchAll(/\b[abc][12]\b/g)) marks.push({ startsAt: match.index, endsAt: match.index + 2, level: match[0].toUpperCase() });
  for (const [pattern, level] of words) {
    for (const match of folded.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
      const startsAt = match.index;
      const endsAt = startsAt + match[0].length;
      // Words listed earlier win ("bonnes notions" before "notions"); no level inside a language's name.
      const overlaps = (a: number, b: number) => startsAt < b && a < endsAt;
      if (marks.some((mark) => overlaps(mark.startsAt, mark.endsAt)) || mentions.some((mention) => overlaps(mention.startsAt, mention.endsAt))) continue;
      marks.push({ startsAt, endsAt, level });
    }
  }
  const ends: number[] = [];
  for (const match of folded.matchAll(/[,;.!]|\s(?:mais|but|while|whereas|tandis que)\s/g)) {
    const next = mentions.find((mention) => mention.startsAt > match.index);
    if (match[0] === ',' && next && LIST_GOES_ON.test(folded.slice(match.index + 1, next.startsAt))) continue;
    ends.push(match.index);
  }
  const clauseOf = (at: number) => ends.filter((end) => end < at).length;
  const skills: LanguageSkill[] = [];
  for (const mention of mentions) {
    if (skills.some((skill) => skill.language === mention.code)) continue;
    const clause = clauseOf(mention.startsAt);
    const own = marks.filter((mark) => clauseOf(mark.startsAt) === clause);
    const before = own.filter((mark) => mark.endsAt <= mention.startsAt).sort((a, b) => b.startsAt - a.startsAt)[0];
    const after = own.filter((mark) => mark.startsAt >= mention.endsAt).sort((a, b) => a.startsAt - b.startsAt)[0];
    const mark = before ?? after;
    skills.push({
      language: mention.code,
      level: mark?.level ?? null,
      levelText: mark ? original.slice(mark.startsAt, mark.endsAt) : null,
      evidence: { text: line.text.trim(), page: line.page },
    });
  }
  return skills;
}
