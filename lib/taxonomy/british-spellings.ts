// British and American spellings of one English word meet on one key. ESCO's English labels mix
// the two ("organize", "jewelry", "labor", "modeling", but "centre", "mould"), and CVs written in
// the UK or Ireland say "organised", "jewellery", "labourer", "modelling": without this, an English
// CV and the referential speak past each other on hundreds of words. Both sides of every comparison
// go through stemEnglish, so the direction chosen does not matter, only that it is one.

/** -our words whose American form drops the u (colour, labourer, favourite, behavioural). Only these
 *  roots: "four", "hour", "tour", "pour", "flour", "contour" and "detour" are the same everywhere. */
const OUR_ROOTS = [
  'ardour', 'armour', 'behaviour', 'candour', 'clamour', 'colour', 'demeanour', 'endeavour', 'favour',
  'fervour', 'flavour', 'harbour', 'honour', 'humour', 'labour', 'neighbour', 'odour', 'parlour',
  'rigour', 'rumour', 'savour', 'saviour', 'splendour', 'tumour', 'valour', 'vapour', 'vigour',
];

/** -re words written -er in America, with their inflections (centre, centres, centred, centring). */
const RE_ROOTS = ['calib', 'cent', 'fib', 'lit', 'lust', 'manoeuv', 'meag', 'met', 'sab', 'somb', 'spect', 'theat'];

/** Words that double their final l before -ing, -ed, -er in British spelling only ("travelling",
 *  "modelled", "counsellor"). "selling", "controlling" and "installing" double everywhere. */
const DOUBLED_L_ROOTS = [
  'barrel', 'bevel', 'cancel', 'channel', 'chisel', 'counsel', 'dial', 'duel', 'enamel', 'equal', 'fuel',
  'funnel', 'gravel', 'initial', 'jewel', 'kennel', 'label', 'level', 'marvel', 'model', 'panel', 'pedal',
  'pencil', 'quarrel', 'refuel', 'relabel', 'remodel', 'rival', 'shovel', 'signal', 'snorkel', 'spiral',
  'stencil', 'swivel', 'total', 'towel', 'travel', 'trowel', 'tunnel', 'unravel', 'wool', 'yodel',
];
const DOUBLED_L_ENDINGS = ['ing', 'ings', 'ed', 'er', 'ers', 'or', 'ors', 'en'];

/** The rest, as British start of word -> American start of word (so inflections follow). */
const PREFIXES: [string, string][] = [
  // ae and oe of Greek medical words.
  ['anaem', 'anem'], ['anaesth', 'anesth'], ['manoeuv', 'maneuv'], ['diarrhoe', 'diarrhe'], ['encyclopaed', 'encycloped'],
  ['foet', 'fet'], ['gynaecolog', 'gynecolog'], ['haem', 'hem'], ['leukaem', 'leukem'], ['oesophag', 'esophag'],
  ['oestr', 'estr'], ['orthopaed', 'orthoped'], ['paediatr', 'pediatr'], ['paedagog', 'pedagog'],
  ['aluminium', 'aluminum'], ['draught', 'draft'], ['jewellery', 'jewelry'], ['kerb', 'curb'],
  ['mould', 'mold'], ['plough', 'plow'], ['sceptic', 'skeptic'], ['smoulder', 'smolder'], ['sulphur', 'sulfur'],
  ['moustache', 'mustache'], ['pyjama', 'pajama'], ['skilful', 'skillful'],
  ['acknowledgement', 'acknowledgment'], ['judgement', 'judgment'], ['ageing', 'aging'],
  ['fulfilment', 'fulfillment'], ['enrolment', 'enrollment'], ['instalment', 'installment'],
];

/** Whole words (and their plural) only: "programmed" and "programming" are the same everywhere;
 *  "cheque" is left alone, its American form being the verb "check". */
const WORDS: [string, string][] = [
  ['analogue', 'analog'], ['catalogue', 'catalog'], ['cosy', 'cozy'], ['defence', 'defense'],
  ['dialogue', 'dialog'], ['distil', 'distill'], ['enrol', 'enroll'], ['fulfil', 'fulfill'], ['grey', 'gray'],
  ['licence', 'license'], ['offence', 'offense'], ['practise', 'practice'], ['practised', 'practiced'],
  ['practising', 'practicing'], ['pretence', 'pretense'], ['programme', 'program'], ['tyre', 'tire'],
];
const WORD_MAP = new Map<string, string>(WORDS.flatMap(([british, american]) => [
  [british, american],
  [`${british}s`, `${american}s`],
]));

// One pattern per table, tried once per word (this runs on every English word stemmed): the roots
// in the tables' order, as the first that fits wins.
const OUR_WORD = new RegExp(`^(${OUR_ROOTS.map((root) => root.slice(0, -2)).join('|')})ur`);
const RE_WORD = new RegExp(`^(${RE_ROOTS.join('|')})(re|res|red|ring)$`);
const DOUBLED_L_WORD = new RegExp(`^(${DOUBLED_L_ROOTS.join('|')})l(${DOUBLED_L_ENDINGS.join('|')})$`);
const PREFIX_MAP = new Map(PREFIXES);
const PREFIX_START = new RegExp(`^(?:${PREFIXES.map(([british]) => british).join('|')})`);

/** The tables, for the pack's key-rule digest (label-words.ts). */
export const SPELLING_TABLES = [OUR_ROOTS, RE_ROOTS, DOUBLED_L_ROOTS, DOUBLED_L_ENDINGS, PREFIXES, WORDS];

/** The one spelling both sides share, for a folded English word (lower case, no accents): mostly
 *  the American one, the -ise of "organise" kept. Other words come back as given. */
export function sharedSpelling(word: string): string {
  const whole = WORD_MAP.get(word);
  if (whole) return whole;
  // organise/organize, organisation, specialised, prioritising: -ise is always a correct spelling of
  // -ize, not the reverse (supervise, advise), so the -ize form becomes -ise. Three letters at least
  // before it: "size", "seize" and "prize" are no such verbs.
  const ize = /^(.{3,})iz(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (ize) return `${ize[1]}is${ize[2]}`;
  // analyse/analyze, paralysed: the same, -yse kept.
  const yze = /^(.{3,})yz(e|es|ed|ing|er|ers)$/.exec(word);
  if (yze) return `${yze[1]}ys${yze[2]}`;
  let spelled = word;
  const our = OUR_WORD.exec(spelled);
  if (our) spelled = `${our[1]}r${spelled.slice(our[0].length)}`;
  const re = RE_WORD.exec(spelled);
  // centre, centres -> center, centers; centred, centring -> centered, centering.
  if (re) spelled = `${re[1]}er${re[2]!.slice(re[2] === 'ring' || re[2] === 'red' ? 1 : 2)}`;
  const doubled = DOUBLED_L_WORD.exec(spelled);
  if (doubled) spelled = doubled[1]! + doubled[2]!;
  const prefix = PREFIX_START.exec(spelled);
  if (prefix) return PREFIX_MAP.get(prefix[0])! + spelled.slice(prefix[0].length);
  return spelled;
}
