// Section lines -> phrases, the unit skills are spotted in. A wrapped line continues the previous one
// ("Préparation de commandes avec" / "lecteur optique"); bullets, pipes, semicolons and sentence ends
// separate phrases; commas separate the items of a list ("Excel, Word, SAP") but not the clauses of
// a sentence.

import { callsForMore } from '../parse/join-wrapped-lines';
import type { TextLine } from '../types';
import { helpWithoutThePerson } from './help-given-to-someone';
import { kindsOfOneHead } from './kinds-of-one-head';
import { tagRunNames } from './tag-runs';

export interface CvPhrase {
  /** An exact snippet of the CV: part of one line, or one line and its wrapped continuation; or,
   *  for a phrase read through a coordination, the words it stands for ("Préparation des desserts"). */
  text: string;
  line: TextLine;
  /** For a phrase read through a coordination: the exact snippet it comes from, shown as evidence. */
  evidence?: string;
  /** Words said once for this phrase and its neighbours, whose plan, negation or smattering is its
   *  status too: the lead of its list ("Formations envisagées : HACCP, SST"), the short part after
   *  a dash ("Soudure à l'arc – en cours d'apprentissage"). */
  covering?: string[];
}

// A tab separates the cells of a table layout ("Informatique<TAB>Word, Excel"), never words of one phrase.
// Markup pasted into a CV (or planted in it: "<script>…</script>") separates too: a tag's name is
// not a skill ("script", "img", "table").
const SEPARATOR = /\s*(?:[•·▪●◦■►✓✔|;\t]|\s[-–—]\s|(?<=[a-zà-ÿ)]{2})\.\s+(?=[A-ZÀ-Ý])|<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]{0,300})?>)\s*/u;
/** The same, the separators kept (odd indexes of a split): a dash tells a status may follow. */
const SEPARATOR_KEPT = new RegExp(`(${SEPARATOR.source})`, 'u');
/** A part after a dash this short may be only the status of the part before ("– en cours"). */
const STATUS_WORDS = 4;
/** Two letters or digits either side of a slash, no space: "TCP/IP", "CI/CD", but also "Word/Excel". */
const UNSPACED_SLASH = /[\p{L}\d]\/[\p{L}\d]/u;
const BULLET_START = /^\s*(?:[-–—*•·▪●◦■►✓✔>]|\d+[.)])\s+/u;

export function cvPhrases(lines: TextLine[]): CvPhrase[] {
  const phrases: CvPhrase[] = [];
  for (const { text, line } of joinWrappedLines(lines)) {
    const parts = text.replace(BULLET_START, '').split(SEPARATOR_KEPT);
    for (let index = 0; index < parts.length; index += 2) {
      const part = parts[index]!;
      const covering: string[] = [];
      // "Forklift licence – planned": a short part after a dash is the status of the part before.
      const separator = parts[index + 1];
      const next = parts[index + 2];
      if (separator !== undefined && /^\s*[-–—]\s*$/u.test(separator) && next !== undefined && wordCount(next) <= STATUS_WORDS) covering.push(clean(next));
      const items = splitList(part);
      // "Notions : Excel, Word, PowerPoint": the words before the colon lead the whole list.
      const lead = items.length > 1 ? /^(.*\S)\s*:\s*\S/u.exec(items[0]!)?.[1] : undefined;
      items.forEach((item, position) => {
        const trimmed = clean(item);
        const itemCovering = lead !== undefined && position > 0 ? [...covering, lead] : covering;
        const withCovering = (text: string, evidence?: string): CvPhrase => ({ text, line, ...(evidence !== undefined ? { evidence } : {}), ...(itemCovering.length > 0 ? { covering: itemCovering } : {}) });
        // "JavaScript TypeScript React Node.js": tags with only spaces between, read name by name,
        // and two by two for the names of two words ("Visual Studio", "Google Analytics").
        const tags = tagRunNames(trimmed);
        if (tags) {
          tags.forEach((name, at) => {
            phrases.push(withCovering(name));
            const pair = `${tags[at - 1]} ${name}`;
            if (at > 0 && trimmed.includes(pair)) phrases.push(withCovering(pair, pair));
          });
        } else if (/\p{L}/u.test(trimmed)) phrases.push(withCovering(trimmed));
        // "Encaissement (espèces, carte, chèques)": a list of details in brackets makes the phrase
        // longer than any label; the words before it name the skill on their own. The brackets
        // still cover it: "Copropriété (bases, en cours)" stays a smattering.
        const detailed = BRACKETED_LIST.exec(trimmed);
        if (detailed && /\p{L}/u.test(detailed[1]!)) phrases.push({ text: detailed[1]!, line, evidence: trimmed, covering: [...itemCovering, detailed[2]!] });
      });
      const evidence = clean(part);
      // "Word/Excel" is a list, "TCP/IP" and "CI/CD" one name: read the whole too, for what its
      // items did not say.
      if (items.length > 1 && UNSPACED_SLASH.test(part)) {
        for (const whole of splitOutsideBrackets(evidence, /\s*,\s*/y)) if (UNSPACED_SLASH.test(whole)) phrases.push({ text: whole, line, evidence });
      }
      const distributedPhrases = new Set([...distributeCoordination(evidence), ...kindsOfOneHead(evidence)]);
      for (const distributed of distributedPhrases) phrases.push({ text: distributed, line, evidence });
      // "Accueil et renseignement des clients, gestion des files d'attente": a coordination inside
      // one item of a list is read on its own too; over the whole list it shares nothing.
      if (items.length > 1) {
        for (const item of items.map(clean)) {
          if (!CONJUNCTION.test(item)) continue;
          // Only through a shared head or complement: bare items ("Packages and tanks" of an ADR
          // list) are names more often than tasks.
          for (const distributed of distributeCoordination(item, false)) {
            if (!distributedPhrases.has(distributed)) phrases.push({ text: distributed, line, evidence: item });
            distributedPhrases.add(distributed);
          }
        }
      }
      // "Helping residents with meals": the task is also read without the person helped.
      const task = helpWithoutThePerson(evidence);
      if (task !== undefined) phrases.push({ text: task, line, evidence });
    }
  }
  return phrases;
}

/** Lines without layout (DOCX, plain text) that go on in lower case are one phrase. Lines a PDF or
 *  a scan placed were joined by the parse stage from their geometry already: there a line in lower
 *  case is an item of its own ("conduite tracteur (Manitou)" / "taille en gobelet et palissage"),
 *  unless the line above stops on a word that calls for more ("… et des", "… de"). */
function joinWrappedLines(lines: TextLine[]): { text: string; line: TextLine }[] {
  const joined: { text: string; line: TextLine }[] = [];
  // The last line joined, not the whole text so far: testing the end of a growing text made a
  // hostile file of 95,000 one-letter lines take minutes.
  let last = '';
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const continues =
      previous !== undefined &&
      previous.line.page === line.page &&
      (line.y === undefined || previous.line.y === undefined || callsForMore(last)) &&
      !/[.;:!?]\s*$/.test(last) &&
      /^\s*[a-zà-ÿ(]/u.test(line.text) &&
      !BULLET_START.test(line.text);
    if (continues) previous.text = `${previous.text} ${line.text.trim()}`;
    else joined.push({ text: line.text, line });
    last = line.text;
  }
  return joined;
}

function clean(text: string): string {
  return text.trim().replace(/^[:,.\s]+|(?<![:,.\s])[:,.\s]+$/g, '');
}

// An action noun and its preposition: "Préparation des", "Gestion du", "Nettoyage de la", "Cleaning of".
const HEAD = /^(\p{L}[\p{L}'’-]{3,})\s+((?:de la|de l['’]|des|du|de|d['’]|aux|au|of the|of)(?:\s+|(?<=['’])))/iu;
const COORDINATION = /\s*,\s*|\s+(?:et|and|ou|or|&)\s+/iu;
const MAX_ITEM_WORDS = 4;
/** A short phrase, then a list in brackets to its end: "Encaissement (espèces, carte)". */
const BRACKETED_LIST = /^(\S+(?:\s+\S+){0,3}?)\s*\(([^()]*,[^()]*)\)$/u;

/** The phrases a coordination stands for, when it shares its head or its complement:
 *  "Préparation des burgers, frites et desserts" -> "Préparation des frites", "Préparation des
 *  desserts"; "Chargement et déchargement des camions" -> "Chargement des camions"; "Gestion du
 *  courrier et des colis" -> "Gestion des colis". The first item is read as written already. */
export function distributeCoordination(text: string, bare = true): string[] {
  const items = text.split(COORDINATION).map(clean).filter((item) => /\p{L}/u.test(item));
  if (items.length < 2 || items.length > 12) return [];
  const distributed: string[] = [];
  const head = HEAD.exec(items[0]!);
  if (head) {
    for (const item of items.slice(1)) {
      if (item.split(/\s+/).length > MAX_ITEM_WORDS || HEAD.test(item)) continue;
      // "… et des colis": the item brings its own article.
      const ownArticle = /^(?:des|du|de la|de l['’]|de|d['’]|la|le|les|l['’]|the)(?:\s+|(?<=['’]))/iu.test(item);
      distributed.push(ownArticle ? `${head[1]} ${item}` : `${head[1]} ${head[2]}${item}`);
      // "Vente au comptoir et encaissement", "Prise de rendez-vous et encaissement": one action noun
      // joined to the first may be a duty of its own rather than a second complement, so it is read
      // bare too (a label must then be that one word). Not in longer lists or after a colon, which
      // name objects ("Voyages sur mesure : vols, hôtels, transferts").
      if (items.length === 2 && !/[:(]/.test(text) && ACTION_NOUN.test(item)) distributed.push(item);
    }
  }
  const last = HEAD.exec(items[items.length - 1]!);
  if (last) {
    const complement = items[items.length - 1]!.slice(last[1]!.length).trim();
    for (const item of items.slice(0, -1)) {
      // "Pétrissage, pointage, façonnage et cuisson des pains": single action nouns share it.
      if (!/^\p{L}[\p{L}'’-]{3,}$/u.test(item)) continue;
      distributed.push(`${item} ${complement}`);
      // "Service des repas, plonge et entretien des locaux": the complement may be the last
      // item's alone, so a later item is read bare too (a label must then be that one word:
      // "plonge"). Not the first: the whole phrase starts with it, and its complement is most
      // often shared ("Montage et vérification des échafaudages").
      if (!QUALITY.test(item) && !ADJECTIVE.test(item)) distributed.push(item);
    }
  }
  if (distributed.length === 0) return bare ? bareItems(text, items) : [];
  return distributed.filter((phrase) => phrase !== items[0]);
}

const CONJUNCTION = /\s(?:et|and|ou|or|&)\s/iu;
/** One word naming an action: "encaissement", "facturation", "nettoyage", "invoicing". */
const ACTION_NOUN = /^\p{L}{3,}(?:ment|tion|sion|age|ure|ing)$/iu;
const BARE_ITEM_WORDS = 3;
/** Qualities are said in pairs too ("Rigueur et ponctualité", "Douceur et patience"): the
 *  savoir-être reader takes them; one read alone as a skill is a loose one ("organisation"). */
const QUALITY = /^\p{L}+(?:té|eur|ence|esse|isme|ness)$/iu;
/** "Sérieux et motivé", "Autonome et polyvalent": the person, not tasks. */
const ADJECTIVE = /^\p{L}+(?:é|ée|if|ive|eux|euse|ique|able|ible|ant|ante|ome|(?<!m)ent)$/iu;

/** "Coloration et mèches", "Vente et encaissement", "Cleaning and ironing": items joined without a
 *  shared head or complement each say a skill of their own, which the whole, longer than any label,
 *  did not read. The first item is one word: after two ("Accueil physique et téléphonique") the next
 *  may be an adjective of the same noun. */
function bareItems(text: string, items: string[]): string[] {
  if (!CONJUNCTION.test(text) || items.length > 6 || /\s/.test(items[0]!)) return [];
  if (items.some((item) => item.split(/\s+/).length > BARE_ITEM_WORDS || HEAD.test(item) || QUALITY.test(item) || ADJECTIVE.test(item))) return [];
  // "Word et Excel", "Paris et Lyon", "CACES 1 et 3": names and numbers, read as written.
  if (items.slice(1).some((item) => /^\P{Ll}/u.test(item)) || items.some((item) => /\d/.test(item))) return [];
  return items;
}

const LIST_SEPARATOR = /\s*[,/]\s*|\s+\+\s+/y;
const SHORT_ITEM_WORDS = 5;

function splitList(part: string): string[] {
  const items = splitOutsideBrackets(part, LIST_SEPARATOR);
  if (items.length < 2) return [part];
  // A list when most items are short ("Soins d'hygiène, surveillance des constantes, transmissions
  // écrites et orales à l'équipe infirmière": one long item among short ones); when most are long,
  // the commas are inside a sentence.
  // A lead before a colon says what the items are of ("Toilettage des chiens : bain, tonte"): such
  // a list is cut only when every item is short, the items read in the lead's words otherwise.
  const short = items.filter((item) => wordCount(item) <= SHORT_ITEM_WORDS).length;
  if (short === items.length) return items;
  // "REACh 1907/2006": a number is no item of a list.
  if (items.some((item) => !/\p{L}/u.test(item))) return [part];
  return short * 2 >= items.length && !items[0]!.includes(':') ? items : [part];
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** Split at the separator (a sticky pattern) only outside brackets: "Logiciels (Excel, Word)" is one
 *  item, not "Logiciels (Excel" and "Word)". */
export function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    separator.lastIndex = at;
    const found = separator.exec(text);
    if (found === null || found[0].length === 0) continue;
    pieces.push(text.slice(start, at));
    start = at + found[0].length;
    at = start - 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}
