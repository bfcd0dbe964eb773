// Finds the languages the candidate speaks, with a CEFR level. Read in a languages section, on a
// line labelled "Langues :" / "Languages:", or on a line that starts with a language name and
// gives a level ("Anglais B2", Europass "anglais A2 A2 A2 B1 A2", "Langue maternelle : arabe").
// The level is the CEFR level written, else the Europass grid's most frequent level, else an English
// test's score band, else the level word mapped to CEFR; the CV's own words are kept in `levelText`.
import type { CvSection, LanguageSkill, TextLine } from '../types';
import { gridLevels } from './cefr-grid';
import { BARE_CREOLE, creoleVariety } from './creole-variety';
import { foldKeepingLength, foldText } from './fold-text';
import { levelLine } from './language-level-below';
import { isLanguageSentence, languagesOfSentence } from './language-sentence';
import { APPROXIMATE_LEVEL_WORDS, ENGLISH_TESTS, FRENCH_TESTS, IELTS_BANDS, LANGUAGE_NAMES, STATED_LEVEL_WORDS, TOEFL_IBT_BANDS, TOEFL_ITP_BANDS, TOEIC_BANDS } from './language-vocabulary';
import { stripBullet } from './line-style';
import { opensWithRating } from './rating-level';

const NAMES = Object.keys(LANGUAGE_NAMES).sort((a, b) => b.length - a.length);
const NAME_PATTERN = new RegExp(`(?<![a-z])(${NAMES.join('|')})(?![a-z])`, 'g');
const testPattern = (tests: string[]) => new RegExp(`(?<![a-z])(?:${[...tests].sort((a, b) => b.length - a.length).join('|')})(?![a-z])`, 'g');
const LANGUAGE_TESTS: [RegExp, string][] = [[testPattern(ENGLISH_TESTS), 'en'], [testPattern(FRENCH_TESTS), 'fr']];
const CEFR = /(?<![a-z0-9])([abc][12])(?![0-9])/gi;
/** A scanned "B1" that OCR read as "Bl", "BI" or "B|" (the 1 of sans-serif fonts is a bare stroke).
 *  Only when no level is written plainly, and never before a letter or a hyphen ("ci-dessous"). */
const OCR_MISREAD_CEFR = /(?<![a-z0-9])([abc])[li|](?![a-z0-9-])/;
const LABEL = /^\s*(?:langues?(?:\s+(?:etrangeres|vivantes|parlees))?|languages?(?:\s+spoken)?|langue\(s\)[^:]*|spoken languages)\s*[:：-]\s*/;
const INNER_LABEL = /([.;·|]\s+)(?:langues?|languages?|spoken languages)\s*[:：]/;
const MOTHER_TONGUE_LABEL = /^\s*(?:langue\(?s?\)?\s+maternelle\(?s?\)?|mother tongues?|native languages?|first language)\s*[:：]?\s*/;

interface Mention {
  code: string;
  /** Where the language name starts and ends, in the folded text. */
  startsAt: number;
  endsAt: number;
}

export interface LanguageOptions {
  /** Also turn vague words into a CEFR level ("courant" -> C1, "notions" -> A1). */
  approximateLevels?: boolean;
}

export function extractLanguages(sections: CvSection[], options: LanguageOptions = {}): LanguageSkill[] {
  const found = new Map<string, LanguageSkill>();
  const words = options.approximateLevels ? [...STATED_LEVEL_WORDS, ...APPROXIMATE_LEVEL_WORDS] : STATED_LEVEL_WORDS;
  for (const section of sections) {
    // A name alone on its line, in a languages section: its level may be on the next line.
    let awaitingLevel: LanguageSkill | null = null;
    // A Europass grid under the name, on one line or two: its levels, the most frequent kept. Two
    // languages set side by side ("English<TAB>German") have their grids side by side, cell by cell.
    let gridFor: LanguageSkill[] = [];
    let grid: { levels: string[]; texts: string[] }[] | null = null;
    for (const line of section.lines) {
      const targets: LanguageSkill[] = grid ? gridFor : awaitingLevel ? [awaitingLevel] : gridFor;
      const cells = targets.length === 1 ? [line.text] : line.text.split('\t').map((cell) => cell.trim()).filter(Boolean);
      const levels = targets.length > 0 && cells.length === targets.length ? cells.map(gridLevels) : null;
      if (levels && levels.every((cell) => cell !== null)) {
        gridFor = targets;
        grid ??= targets.map(() => ({ levels: [], texts: [] }));
        awaitingLevel = null;
        targets.forEach((skill, index) => {
          const cell = grid![index]!;
          cell.levels.push(...levels[index]!);
          cell.texts.push(cells[index]!.trim());
          skill.level = mostFrequent(cell.levels);
          skill.levelText = cell.texts.join(' ');
          skill.evidence = { ...skill.evidence, text: `${skill.evidence.text}\n${line.text.trim()}` };
        });
        continue;
      }
      grid = null;
      gridFor = [];
      if (awaitingLevel) {
        const below = levelLine(line.text, (folded) => levelOf(folded, words), (folded) => languageMentions(folded).length > 0);
        const waiting: LanguageSkill = awaitingLevel;
        awaitingLevel = null;
        if (below !== null) {
          waiting.level = below.level;
          waiting.levelText = below.text;
          waiting.evidence = { ...waiting.evidence, text: `${waiting.evidence.text} ${below.text}` };
          continue;
        }
      }
      let skills = languagesOfLine(line, section.kind === 'languages', words);
      // Elsewhere, a language may be one item of an inline list: "Permis B · Anglais scolaire · SST".
      if (skills.length === 0 && section.kind !== 'languages') skills = inlineItems(line, false).flatMap((item) => languagesOfLine(item, false, words));
      if (skills.length === 0 && section.kind !== 'languages') skills = inlineItems(line, true).flatMap((item) => languagesOfLine(item, false, words));
      for (const skill of skills) {
        const known = found.get(skill.language);
        if (!known || (known.level === null && skill.level !== null)) found.set(skill.language, skill);
      }
      const only = skills.length === 1 ? skills[0]! : null;
      if (section.kind === 'languages' && only && only.level === null && !only.levelText && found.get(only.language) === only) awaitingLevel = only;
      // "English<TAB>German" with no level: the grids of both may follow side by side.
      const named = line.text.split('\t').map((cell) => cell.trim()).filter(Boolean);
      if (section.kind === 'languages' && skills.length >= 2 && named.length === skills.length && skills.every((skill) => skill.level === null && !skill.levelText && found.get(skill.language) === skill)) gridFor = skills;
    }
  }
  return [...found.values()];
}

function languagesOfLine(line: TextLine, inSection: boolean, words: [RegExp, string][]): LanguageSkill[] {
  let original = stripBullet(line.text).replace(/\t/g, '  ');
  let folded = foldKeepingLength(original);
  let offset = 0;
  let labelled = false;
  const mother = MOTHER_TONGUE_LABEL.exec(folded);
  // The label may also open a later sentence of the line: "Enhanced DBS. Languages: English (native)".
  let label = LABEL.exec(folded);
  const inner = label ? null : INNER_LABEL.exec(folded);
  if (inner) {
    folded = folded.slice(inner.index + inner[1]!.length);
    original = original.slice(inner.index + inner[1]!.length);
    label = LABEL.exec(folded);
  }
  if (label) {
    offset = label[0].length;
    labelled = true;
  }
  const motherTongue = mother !== null;
  if (mother && !label) offset = mother[0].length;
  folded = folded.slice(offset);
  const mentions = languageMentions(folded);
  if (mentions.length === 0) return [];
  // "Je parle couramment le français et l'arabe, et j'ai des notions de néerlandais": by clause.
  if ((inSection || labelled) && isLanguageSentence(folded)) return languagesOfSentence(folded, original.slice(offset), mentions, words, line);
  const startsWithName = (mentions[0]?.startsAt ?? 99) <= 1;
  if (!inSection && !labelled && !motherTongue) {
    // "Notions d'anglais", "Bonnes notions d'espagnol": the level before the name.
    const notions = mentions.length === 1 ? NOTIONS_OF.exec(folded.slice(0, mentions[0]!.startsAt)) : null;
    if (notions && /^[\s.)]*$/.test(folded.slice(mentions[0]!.endsAt))) {
      return [{
        language: mentions[0]!.code,
        level: levelOf(notions[1]!, words).level,
        levelText: original.slice(offset + notions.index, offset + notions.index + notions[1]!.length).trim(),
        evidence: { text: line.text.trim(), page: line.page },
      }];
    }
    // Outside a languages section, only a line that opens with a language and gives a level.
    // The level may be a word only ("Anglais : notions"): any level word tells a language line,
    // and so does a template's rating ("Anglais ★★★☆☆").
    const after = folded.slice(mentions[0]!.endsAt, mentions[0]!.endsAt + 60);
    if (!startsWithName || (levelOf(after, [...STATED_LEVEL_WORDS, ...APPROXIMATE_LEVEL_WORDS]).level === null && !opensWithRating(after))) return [];
  }
  if (inSection && !labelled && !motherTongue && !startsWithName && !/^[\s\p{P}]*$/u.test(folded.slice(0, mentions[0]!.startsAt))) {
    // A sentence that merely mentions a language ("réunions en anglais") is not a language line.
    if (mentions[0]!.startsAt > 25) return [];
  }
  // A language listed in a sentence after the first one ("documentation en anglais") is ignored:
  // only names separated from the previous by a list separator or a level count.
  const listed: Mention[] = [];
  for (const mention of mentions) {
    const previous = listed[listed.length - 1];
    if (previous) {
      const between = folded.slice(previous.endsAt, mention.startsAt);
      // "Anglais / English : C1", "Espagnol (Spanish)": a bilingual CV names the language twice; the
      // second name belongs with the first, not with its level.
      if (mention.code === previous.code && /^[\s/|()–—-]*$/.test(between)) {
        listed[listed.length - 1] = { ...previous, endsAt: mention.endsAt + (/^\s*\)/.exec(folded.slice(mention.endsAt))?.[0].length ?? 0) };
        continue;
      }
      // A dash between spaces lists too: "Anglais : C1 – Allemand : B1".
      if (!/[,;/|·•&+.]|\s[–—-]\s|\bet\b|\band\b|\(|\)|  /.test(between) && between.trim().split(/\s+/).length > 1) break;
      if (listed.some((seen) => seen.code === mention.code)) continue;
    }
    listed.push(mention);
  }
  const skills: LanguageSkill[] = [];
  let pendingWithoutLevel: LanguageSkill[] = [];
  listed.forEach((mention, index) => {
    const next = listed[index + 1];
    // What follows the name up to the next language or the next item of a "·" list.
    const bound = next ? next.startsAt : folded.length;
    let stop = itemEnd(folded, mention.endsAt, bound);
    // "Anglais · Intermédiaire", "English · Fluent" (Welcome to the Jungle, France Travail): the name
    // alone before the separator, its level the item after it.
    if (/^[\s:]*$/.test(folded.slice(mention.endsAt, stop)) && stop < bound) {
      const after = /^\s*[·|•]\s*/.exec(folded.slice(stop));
      const levelEnd = after ? itemEnd(folded, stop + after[0].length, bound) : stop;
      if (after && levelEnd - stop <= 40 && levelOf(folded.slice(stop, levelEnd), words).level !== null) stop = levelEnd;
    }
    const tail = folded.slice(mention.endsAt, stop);
    const level = motherTongue ? { level: 'C2' } : levelOf(tail, words);
    const levelText = motherTongue ? original.slice(0, offset).replace(/[:：]\s*$/, '').trim() : cleanLevelText(original.slice(offset + mention.endsAt, offset + stop));
    const skill: LanguageSkill = {
      language: mention.code,
      level: level.level,
      levelText: levelText || null,
      evidence: { text: line.text.trim(), page: line.page },
    };
    skills.push(skill);
    // "Anglais, espagnol : notions": a name with nothing after it shares the next level.
    if (skill.level === null && !skill.levelText) pendingWithoutLevel.push(skill);
    else {
      // A level in brackets right after a name is that language's own: "français, anglais (moyen)".
      // One in the plural is every listed language's: "arabe, berbère (langues maternelles)".
      const ownBracket = /^\s*\(/.test(tail) && !/\b(?:langues|languages|tongues|maternelles|natives)\b/.test(tail);
      for (const pending of ownBracket ? [] : pendingWithoutLevel) {
        if (/^[\s,/&+]*(?:et|and)?[\s]*$/.test(tail) === false && pending !== skill) {
          pending.level = skill.level;
          pending.levelText = skill.levelText ?? null;
        }
      }
      pendingWithoutLevel = [];
    }
  });
  return skills;
}

/** A level said before the language: "notions d'", "bonnes notions de ". */
const NOTIONS_OF = /^[\s\p{P}]*((?:(?:bonnes|quelques|solides|simples|petites)\s+)?notions?)\s+(?:de\s+|d['’]\s*)$/u;

/** Between two items of an inline list: "A · B", "A | B", "A; B", table cells. */
const ITEM_SEPARATOR = /\s[·|•]\s|\t|;/;
/** Dashes set items apart too, where the line gave no language read whole: "Permis B – Anglais scolaire – SST". */
const DASH_ITEM_SEPARATOR = /\s[–—-]\s/;

/** A "Divers" line written as short sentences: "Permis B. Anglais : niveau B1. Habilitation…". */
const SENTENCE_END = /\.\s+(?=\p{Lu})/u;

/** The items of an inline list, each as a line of its own; split at dashes too when `dashes`
 *  ("Languages<TAB>Scottish Gaelic – basic" is one item with its level). */
function inlineItems(line: TextLine, dashes: boolean): TextLine[] {
  const items = line.text.split(ITEM_SEPARATOR).flatMap((text) => text.split(SENTENCE_END)).flatMap((text) => (dashes ? text.split(DASH_ITEM_SEPARATOR) : [text])).map((text) => text.trim()).filter(Boolean);
  return items.length < 2 ? [] : items.map((text) => ({ ...line, text }));
}

function languageMentions(folded: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of folded.matchAll(NAME_PATTERN)) {
    const code = LANGUAGE_NAMES[match[1]!];
    if (!code) continue;
    const endsAt = match.index + match[0].length;
    // "Créole réunionnais", "créole (guadeloupéen)": the variety names the language.
    const variety = BARE_CREOLE.test(match[1]!) ? creoleVariety(folded.slice(endsAt)) : null;
    mentions.push(variety ? { code: variety.code, startsAt: match.index, endsAt: endsAt + variety.length } : { code, startsAt: match.index, endsAt });
  }
  // A test of English or French names the language ("TOEIC 850", "DELF B1"); the test stays in the
  // level's text, where its score or level gives the level.
  for (const [pattern, code] of LANGUAGE_TESTS) {
    for (const match of folded.matchAll(pattern)) {
      if (mentions.some((mention) => mention.startsAt <= match.index && match.index < mention.endsAt)) continue;
      mentions.push({ code, startsAt: match.index, endsAt: match.index });
    }
  }
  return mentions.sort((a, b) => a.startsAt - b.startsAt);
}

function itemEnd(folded: string, from: number, to: number): number {
  const separator = ITEM_SEPARATOR.exec(folded.slice(from, to));
  return separator ? from + separator.index : to;
}

/** The CEFR level a text gives, if any. */
export function levelOf(folded: string, words: [RegExp, string][] = STATED_LEVEL_WORDS): { level: string | null } {
  const levels = [...folded.matchAll(CEFR)].map((match) => match[1]!.toUpperCase());
  if (levels.length === 1) return { level: levels[0]! };
  if (levels.length > 1) return { level: mostFrequent(levels) };
  const misread = OCR_MISREAD_CEFR.exec(folded);
  if (misread) return { level: `${misread[1]!.toUpperCase()}1` };
  const tested = testLevel(folded);
  if (tested) return { level: tested };
  for (const [pattern, level] of words) if (pattern.test(folded)) return { level };
  return { level: null };
}

/** Between a test's name and its score: a few words, and maybe the year it was taken ("TOEIC 2022 –
 *  790", "IELTS (juin 2021) : 6.5"). */
const TAKEN = String.raw`(?:\D{0,16}?(?<!\d)(?:19|20)\d{2}(?!\d))?\D{0,12}?`;

/** The level an English test's score gives: "TOEIC 850", "IELTS 6.5", "TOEFL iBT 102" (a Cambridge
 *  certificate's grade may be above its level: none). A year ("TOEIC 2022") is when, no score. */
function testLevel(folded: string): string | null {
  const score = (pattern: RegExp) => Number(pattern.exec(folded)?.[1]?.replace(',', '.') ?? NaN);
  const band = (value: number, bands: [number, string][], max: number) => (value <= max ? bands.find(([min]) => value >= min)?.[1] ?? null : null);
  // A comma after the score ends it ("TOEIC 790, espagnol…"); one before a digit is a decimal.
  const toefl = score(new RegExp(`toefl${TAKEN}(\\d{2,3})(?!\\d|[.,]\\d)`));
  // The score may come before the test: "790 points au TOEIC".
  const toeic = score(new RegExp(`toeic${TAKEN}(\\d{3})(?!\\d|[.,]\\d)`)) || score(/(?<![\d.,])(\d{3})\s*(?:points?|pts)?\s*(?:au|at the|at|in|on the|on)?\s*(?:test\s+)?toeic/);
  return band(toeic, TOEIC_BANDS, 990)
    ?? band(score(new RegExp(`ielts${TAKEN}(\\d(?:[.,]\\d)?)(?![\\d.,]*\\d)`)), IELTS_BANDS, 9)
    // TOEFL iBT is scored out of 120, the paper-based ITP from 310 to 677.
    ?? (toefl <= 120 ? band(toefl, TOEFL_IBT_BANDS, 120) : band(toefl, TOEFL_ITP_BANDS, 677));
}

/** A Europass grid gives five levels (listening, reading, interaction, production, writing). */
function mostFrequent(levels: string[]): string {
  const counts = new Map<string, number>();
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  // Ties go to the lower level: a counsellor can raise a level more safely than lower it.
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** A dash inside brackets ("courant (TOEIC 2022 – 905)"), or before a test's score ("TOEIC 2022 –
 *  790"), is part of the level; elsewhere what follows it is another matter. */
function keepsDash(before: string, whole: string): boolean {
  const open = (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
  return open || (/\b(?:toeic|toefl|ielts)\b/i.test(before) && /[–—-]\s+\d/.test(whole.slice(before.length)));
}

function cleanLevelText(text: string): string {
  return text
    // "Peul (pular) ●●●●●": another name of the language is not its level.
    .replace(/^\s*\(([^)]*)\)/, (whole, inside: string) => (languageMentions(foldText(inside)).length > 0 ? '' : whole))
    .replace(/^[\s:：\-–—,;(|·]+/, '')
    .replace(/(?<![\s,;|·.:/\-–—])[\s,;|·.:/\-–—]+$/, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^(.*?)\s*[–—-]\s+.*$/, (whole, before: string) => (keepsDash(before, whole) ? whole : before))
    .replace(/^([^(]*)\)$/, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim()
    // "Wolof et peul : …": a connector between two names is no level.
    .replace(/^(?:et|and|ou|or|&)$/i, '');
}
