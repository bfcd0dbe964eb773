// Words of a label or of a CV phrase, reduced to comparable keys.
// The same functions index the referential and read the CV, so "Gestion des stocks" and
// "gérer des stocks", "Développeuse" and "développeur", "managing" and "manage" meet on one key.
// The stemmers are deliberately light (suffix rules + a few irregular forms): they only need to be
// consistent on both sides, not linguistically exact.

import type { Language } from '../types';
import { SPELLING_TABLES, sharedSpelling } from './british-spellings';

export interface Word {
  /** Folded form: lower case, no accents, elision removed ("l'accueil" -> "accueil"). */
  folded: string;
  /** Offsets of the word in the original text. */
  start: number;
  end: number;
}

const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const lower = char.toLowerCase();
    const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    // One UTF-16 unit in, one out, so offsets into the folded text are offsets into the original.
    if (lower === 'œ') folded = 'o';
    else if (lower === 'æ') folded = 'a';
    else if (/[’‘ʼ`´]/.test(char)) folded = "'";
    else folded = base.length === 1 ? base : base.charAt(0) || ' ';
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Lower case, accents and ligatures folded, typographic quotes made plain. Keeps offsets stable:
 *  every UTF-16 unit of the input maps to exactly one unit of the output. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += ' '; // half of an astral character (emoji, symbols): not part of a word
    } else {
      out += foldChar(text[i]!);
    }
  }
  return out;
}

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=[a-z0-9])/;
// Letters and digits, plus the signs that make tool names (c++, c#, node.js, .net).
const WORD = /[a-z0-9]+(?:'[a-z0-9]+)*(?:\.(?:js|net|io|ts))?[+#]*/g;

/** Split a text into folded words with their offsets in the original text. */
export function wordsOf(text: string): Word[] {
  const folded = foldText(text);
  const words: Word[] = [];
  for (const match of folded.matchAll(WORD)) {
    let word = match[0];
    let start = match.index;
    const elided = ELISION.exec(word);
    if (elided) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    // "aujourd'hui" and other inner apostrophes: keep the parts as separate words.
    for (const part of word.split("'")) {
      if (part.length === 0) continue;
      const partStart = start + word.indexOf(part);
      words.push({ folded: part, start: partStart, end: partStart + part.length });
    }
  }
  return words;
}

const FRENCH_STOP_WORDS = new Set(
  ('a au aux avec ce ces cet cette dans de des du en et la le les leur leurs l d un une ou par pour ' +
    'sur sous sans son sa ses se qui que quoi dont ou y il elle ils elles nous vous je tu mon ma mes ' +
    'notre nos votre vos est sont etre avoir ete afin ainsi chez entre vers lors selon tout tous toute ' +
    'toutes autre autres plus moins tres bien etc ne pas non si').split(' '),
);
const ENGLISH_STOP_WORDS = new Set(
  ('a an the of and or in on at to for with by from as into onto about over under within without ' +
    'is are be been being was were it its this that these those their our your my his her they we ' +
    'you i he she them us also such other than then so not no etc via per').split(' '),
);

export function isStopWord(folded: string, language: Language): boolean {
  return language === 'fr' ? FRENCH_STOP_WORDS.has(folded) : ENGLISH_STOP_WORDS.has(folded);
}

/** A stop word where it stands. French "son" is the possessive right before its noun ("apporter son
 *  aide") but the noun "sound" anywhere else ("Technicien son", "son et lumière", "mixer le son en
 *  direct"), a trade word of stage and studio CVs. A word in capitals in a text written in lower case
 *  is an acronym, not the stop word it spells: "Gestion du SI" (système d'information), "Logiciel
 *  MES", "IT continuity", "marquage CE". A text all in capitals says nothing of the kind. */
export function isStopWordAt(text: string, words: Word[], index: number, language: Language): boolean {
  const word = words[index]!;
  if (isAcronymInLowerCaseText(text, word)) return false;
  if (language === 'fr' && word.folded === 'son') {
    const next = words[index + 1];
    return next !== undefined && /^\s+$/.test(text.slice(word.end, next.start)) && !isStopWord(next.folded, language);
  }
  return isStopWord(word.folded, language);
}

const CAPITALS = /^\p{Lu}{2,}$/u;
const LOWER_CASE_RUN = /\p{Ll}{3}/u;

function isAcronymInLowerCaseText(text: string, word: Word): boolean {
  return word.end - word.start >= 2 && CAPITALS.test(text.slice(word.start, word.end)) && hasLowerCaseRun(text);
}

let lastText: string | undefined;
let lastHasLowerCase = false;
/** The text is not all capitals: it has three lower-case letters in a row. Asked for each word of a
 *  text in turn, so the answer for the last text is kept (a line of thousands of acronyms and no
 *  lower case was searched whole once per acronym). */
export function hasLowerCaseRun(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasLowerCase = LOWER_CASE_RUN.test(text);
  }
  return lastHasLowerCase;
}

// Irregular French nouns whose verb does not share their suffix-stripped stem.
const FRENCH_IRREGULAR = new Map<string, string>(Object.entries({
  gestion: 'ger',
  conduite: 'condui',
  vente: 'vend',
  ventes: 'vend',
  accueil: 'accueill',
  suivi: 'suiv',
  suivis: 'suiv',
  entretien: 'entreten',
  entretiens: 'entreten',
  maintenance: 'mainten',
  saisie: 'sais',
  saisies: 'sais',
  tenue: 'ten',
  mise: 'mettr',
  mettre: 'mettr',
  prise: 'prendr',
  prendre: 'prendr',
  redaction: 'rediger',
  rediger: 'rediger',
  reception: 'recev',
  recevoir: 'recev',
  receptionner: 'recev',
  resolution: 'resoudr',
  resoudre: 'resoudr',
  creation: 'cre',
  creer: 'cre',
  conception: 'concev',
  concevoir: 'concev',
  inscription: 'inscri',
  inscrire: 'inscri',
  description: 'decri',
  decrire: 'decri',
  lecture: 'lir',
  lire: 'lir',
  ecriture: 'ecri',
  ecrire: 'ecri',
  peinture: 'peindr',
  peindre: 'peindr',
  soins: 'soin',
  soigner: 'soin',
  paiement: 'pai',
  payer: 'pai',
  nettoyage: 'nettoi',
  nettoyer: 'nettoi',
  transfert: 'transfer',
  transferts: 'transfer',
  // A prisoner's transfer (transfèrement) is an escort, not a patient's transfer.
  transferement: 'transferement',
  transferements: 'transferement',
  cheffe: 'chef',
  service: 'serv',
  services: 'serv',
  servir: 'serv',
  aide: 'aid',
  aides: 'aid',
  travail: 'travaill',
  // Words the suffix rules would make another word's stem, in another sense: dog grooming is not a
  // patient's wash (toilette), police patrolling not shelving islands (ilots), an assistant (the job)
  // not assistance (the help given).
  toilettage: 'toilettag',
  toilettages: 'toilettag',
  ilotage: 'ilotag',
  assistant: 'assistant',
  assistants: 'assistant',
  assistante: 'assistant',
  assistantes: 'assistant',
  // The same for a department (not a departure), a publication (not the public), what is important
  // (not imports), a building's foundations (not a fund or a kitchen stock), a chimney (not a path),
  // sharing (not a part), a round (not a shoot), lifting (not a survey) and the words below.
  departement: 'departement',
  departements: 'departement',
  publication: 'publication',
  publications: 'publication',
  important: 'important',
  importants: 'important',
  importante: 'important',
  importantes: 'important',
  importance: 'important',
  fondation: 'fondation',
  fondations: 'fondation',
  fondement: 'fondement',
  fondements: 'fondement',
  cheminee: 'cheminee',
  cheminees: 'cheminee',
  partage: 'partag',
  partager: 'partag',
  partages: 'partag',
  tournee: 'tournee',
  tournees: 'tournee',
  // Lifting (a patient, a vine, a net: "relevage"), not a survey or a statement ("relevé technique",
  // "relevé de compteur").
  relevage: 'relevag',
  relevages: 'relevag',
  // An amount (montant), not an assembly (montage); a trench (tranchée), not slicing (tranchage,
  // "trancher du poisson"); pipes (des conduites), not driving (la conduite d'un véhicule).
  montant: 'montant',
  montants: 'montant',
  tranchee: 'tranchee',
  tranchees: 'tranchee',
  conduites: 'conduites',
  // A town's street cleaning (nettoiement), not any cleaning (nettoyage).
  nettoiement: 'nettoiement',
  nettoiements: 'nettoiement',
  // The adverb meets its adjective: ESCO's "écouter activement" is the CVs' "écoute active".
  activement: 'actif',
  // Invoices meet invoicing, whose stems keep the r: "factures" / "facturer" / "facturation". (Not
  // "mesure" / "mesurer": "Mesure des paramètres vitaux" then read a furnace's temperature.)
  facture: 'factur',
  factures: 'factur',
  mesure: 'mesu',
  mesures: 'mesu',
  // Kept apart as before the -re rule kept its r: a centre (d'appels) is no centring, sugar
  // (sucre) no sweet pastry (pâte sucrée).
  centre: 'cent',
  centres: 'cent',
  sucre: 'suc',
  sucres: 'suc',
  // A watch (montre) shows nothing (montrer), a waffle (gaufre) is not embossing (gaufrer).
  montre: 'montre',
  montres: 'montre',
  gaufre: 'gaufre',
  gaufres: 'gaufre',
  // Data (des données) is not giving (je donne, donner des conseils).
  donnee: 'donnee',
  donnees: 'donnee',
  inclure: 'inclu',
  exclure: 'exclu',
  conclure: 'conclu',
}));

// Feminine endings of job titles and adjectives, mapped to the masculine (longest first).
const FRENCH_FEMININE: [string, string][] = [
  ['trice', 'teur'],
  ['euse', 'eur'],
  ['iere', 'ier'],
  ['ienne', 'ien'],
  ['enne', 'en'],
  ['onne', 'on'],
  ['ere', 'er'],
  ['ive', 'if'],
];

// Action nouns and verb endings reduced to one stem: preparation/preparer -> prepar.
const FRENCH_SUFFIXES = [
  'ification',
  'isation',
  'uction',
  'ations',
  'ation',
  // livraison/livrer, surveillance/surveiller, assistance/assister.
  'aison',
  'ance',
  // Trade nouns, adjectives and fields share one stem: électricien/électrique/électricité,
  // logisticien/logistique, touriste/tourisme/touristique, gardien/garde.
  'istique',
  'icite',
  'icien',
  'ique',
  'isme',
  'iste',
  'ite',
  'ien',
  'ements',
  'ement',
  'ages',
  'age',
  'ants',
  'ante',
  'ant',
  'er',
  'ir',
  're',
  'ee',
  'es',
  'e',
];

function stemFrench(word: string): string {
  const irregular = FRENCH_IRREGULAR.get(word);
  if (irregular) return irregular;
  if (word.length <= 3 || /[^a-z]/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('aux') && stem.length > 4) stem = `${stem.slice(0, -3)}al`;
  else if ((stem.endsWith('s') || stem.endsWith('x')) && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  const irregularSingular = FRENCH_IRREGULAR.get(stem);
  if (irregularSingular) return irregularSingular;
  for (const [feminine, masculine] of FRENCH_FEMININE) {
    if (stem.endsWith(feminine) && stem.length - feminine.length >= 3) {
      stem = stem.slice(0, -feminine.length) + masculine;
      break;
    }
  }
  let stripped = '';
  for (const suffix of FRENCH_SUFFIXES) {
    if (!stem.endsWith(suffix)) continue;
    const rest = stem.slice(0, -suffix.length);
    const result =
      suffix === 'uction' ? `${rest}ui` : suffix === 'ification' ? `${rest}ifi` : suffix === 'isation' ? `${rest}is` : rest;
    // -re is an infinitive's ending only in -ire, -ivre, -endre/-ondre/-indre/-oudre/-erdre, -ttre,
    // -aître/-oître and -mpre (conduire, suivre, vendre, répondre, peindre, coudre, perdre, mettre,
    // connaître, rompre). In the
    // other words the r is the stem's: a past participle keeps it ("encadré", "préparé", "assuré"
    // fold to encadre, prepare, assure and meet encadrer, préparer, assurer), as do livre/livrer,
    // filtre/filtrer, enregistre/enregistrer; their final e alone goes.
    if (suffix === 're' && !/(?:i|iv|[eo]nd|erd|oud|ind|tt|ait|oit|mp)$/.test(rest)) continue;
    // Short endings (verb infinitives, final e) may leave 3 letters; nominal suffixes need 4.
    const shortEnding = suffix.length <= 2;
    if (result.length < (shortEnding ? 3 : 4)) continue;
    stem = result;
    stripped = suffix;
    break;
  }
  // appliquer/application, communiquer/communication: qu -> c before the stripped ending. Not in
  // the one who works a thing (-iste, -isme): a plaquiste lays plasterboard (plaque), he does not
  // veneer wood (placage, plaquer).
  if (stem.endsWith('qu') && stripped !== 'iste' && stripped !== 'isme') stem = `${stem.slice(0, -2)}c`;
  // nettoyé/nettoyer/nettoie, employé/emploi, envoyer/envoi: y and i alternate in these verbs.
  else if (/[ou]y$/.test(stem)) stem = `${stem.slice(0, -1)}i`;
  // -ier verbs (verifier) and -ification nouns meet on "verifi".
  return stem;
}

const ENGLISH_IRREGULAR = new Map<string, string>(Object.entries({
  using: 'use',
  used: 'use',
  uses: 'use',
  children: 'child',
  people: 'person',
  women: 'woman',
  men: 'man',
  analyses: 'analys',
  analysis: 'analys',
  analyse: 'analys',
  analyze: 'analys',
  analysing: 'analys',
  analyzing: 'analys',
  // Nouns whose verb the suffix rules cannot find.
  maintenance: 'maintain',
  delivery: 'deliver',
  deliveries: 'deliver',
  assembly: 'assembl',
  assemblies: 'assembl',
  compliance: 'comply',
  compliant: 'comply',
  sale: 'sell',
  sales: 'sell',
  sold: 'sell',
  // British and American spellings of one word, and the plainer "query" for it: "answering
  // employee queries" responds to enquiries.
  enquiry: 'enquir',
  enquiries: 'enquir',
  enquire: 'enquir',
  enquiring: 'enquir',
  enquired: 'enquir',
  enquires: 'enquir',
  inquiry: 'enquir',
  inquiries: 'enquir',
  inquire: 'enquir',
  inquiring: 'enquir',
  inquired: 'enquir',
  inquires: 'enquir',
  query: 'enquir',
  queries: 'enquir',
  // Irregular pasts of the verbs CV bullets start with: "Led a team" leads a team, "Taught
  // phonics" teaches, "Wrote reports" writes them. Not "written" or "driven": mostly adjectives
  // ("written communication", "target-driven").
  led: 'lead',
  taught: 'teach',
  wrote: 'writ',
  drove: 'driv',
  oversaw: 'overse',
  overseen: 'overse',
  undertook: 'undertak',
  undertaken: 'undertak',
  dealt: 'deal',
  kept: 'keep',
  bought: 'buy',
  took: 'tak',
  made: 'mak',
  gave: 'giv',
  built: 'build',
  brought: 'bring',
  held: 'hold',
  sent: 'send',
  sought: 'seek',
  swept: 'sweep',
  laid: 'lay',
  drew: 'draw',
  grew: 'grow',
  told: 'tell',
  ran: 'run',
  won: 'win',
  spoke: 'speak',
  caught: 'catch',
  troubleshot: 'troubleshoot',
  sewn: 'sew',
  // Not "import": the importance of a thing; not the light verb "perform": a show or a result.
  importance: 'importance',
  performance: 'performance',
  performances: 'performance',
}));

/** A digest of the word tables above: a pack built with other tables holds other keys and must be
 *  rebuilt (referential-pack.ts checks it; KEY_RULES there covers changes to the code itself). */
export const WORD_TABLES_DIGEST = fnv1a(
  JSON.stringify([
    [...FRENCH_STOP_WORDS],
    [...ENGLISH_STOP_WORDS],
    [...FRENCH_IRREGULAR],
    FRENCH_FEMININE,
    FRENCH_SUFFIXES,
    [...ENGLISH_IRREGULAR],
    SPELLING_TABLES,
  ]),
);

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function undouble(stem: string): string {
  const last = stem.charAt(stem.length - 1);
  if (stem.length > 3 && last === stem.charAt(stem.length - 2) && /[bdgmnprt]/.test(last)) return stem.slice(0, -1);
  return stem;
}

function stemEnglish(folded: string): string {
  const word = sharedSpelling(folded);
  const irregular = ENGLISH_IRREGULAR.get(word);
  if (irregular) return irregular;
  if (word.length <= 3 || /[^a-z]/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  // The past of a verb in -y is its -y too: "carried out" meets "carry out", "tidied" "tidying".
  else if (stem.endsWith('ied') && stem.length > 4) return `${stem.slice(0, -3)}y`;
  else if (/(?:ss|x|ch|sh)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.endsWith('ing') && stem.length - 3 >= 3) stem = undouble(stem.slice(0, -3));
  else if (stem.endsWith('ed') && stem.length - 2 >= 3) stem = undouble(stem.slice(0, -2));
  // installation/install, preparation/prepare, operation/operate/operating.
  else if (stem.endsWith('ation') && stem.length - 5 >= 4) stem = stem.slice(0, -5);
  // inspection/inspect, adoption/adopt, supervision/supervise: the verb the noun is made of. Not
  // after "ss" (mission/miss, passion/pass), "t" alone (portion/port, station/state) or "uct": a
  // production is no product, a "Product designer" no "production designer".
  else if (/(?:[^u]ct|pt|is)ion$/.test(stem) && stem.length - 3 >= 4) stem = stem.slice(0, -3);
  // assistance/assist, guidance/guide, clearance/clear, avoidance/avoid.
  else if (stem.endsWith('ance') && stem.length - 4 >= 4) stem = stem.slice(0, -4);
  // removal/remove, approval/approve, disposal/dispose, renewal/renew.
  else if (/[vsw]al$/.test(stem) && stem.length - 2 >= 4) stem = stem.slice(0, -2);
  // After the inflection, so that "implement", "implemented" and "implementation" stay one word, as
  // do "manage", "managing" and "management"; "payment" meets "pay".
  if (stem.endsWith('ment') && stem.length - 4 >= 3) stem = stem.slice(0, -4);
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  if (stem.endsWith('at') && stem.length - 2 >= 4) stem = stem.slice(0, -2);
  return stem;
}

/** The comparison key of one folded word in a given language. */
export function stemWord(folded: string, language: Language): string {
  return language === 'fr' ? stemFrench(folded) : stemEnglish(folded);
}

/** Content-word keys of a label, in order (stop words dropped). */
export function labelKeys(text: string, language: Language): string[] {
  const keys: string[] = [];
  const words = wordsOf(text);
  words.forEach((word, index) => {
    if (!isStopWordAt(text, words, index, language)) keys.push(stemWord(word.folded, language));
  });
  return keys;
}
