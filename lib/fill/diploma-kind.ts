import { bestOptionIndex, type ChoiceOption } from './match-option';
import { fold } from './fold-text';

/**
 * Many French forms ask a training's diploma as a list of kinds ("CAP / BEP", "Bac professionnel",
 * "BTS / DUT"…) where the CV names it in full ("Bac pro logistique"): a person picks its kind.
 */
export type DiplomaKind =
  | 'cap' | 'bep' | 'bp' | 'bac' | 'bac-general' | 'bac-techno' | 'bac-pro' | 'titre-pro' | 'cqp'
  | 'bts' | 'dut' | 'but' | 'deug' | 'licence' | 'licence-pro' | 'master' | 'ingenieur' | 'doctorat' | 'brevet';

// Folded text, most specific first: "bac pro" before "bac", "licence pro" before "licence".
const KINDS: readonly [DiplomaKind, RegExp][] = [
  ['cap', /^(cap|certificat d aptitude(s)? professionnelle?s?)(\s|$)/],
  ['bep', /^(bep|brevet d etudes professionnelles)(\s|$)/],
  ['bp', /^(bp|brevet professionnel)(\s|$)/],
  ['bac-pro', /^(bac|baccalaureat) pro(fessionnel)?(\s|$)/],
  ['bac-techno', /^(bac|baccalaureat) (techno(logique)?|stmg|sti2d|st2s|stl|std2a|sthr|stav|stg|sti|sms)(\s|$)/],
  ['bac-general', /^(bac|baccalaureat) (general|s|es|l|scientifique|litteraire|economique( et social)?)(\s|$)/],
  ['bac', /^(bac|baccalaureat|high school diploma)(\s|$)/],
  ['titre-pro', /^(titre pro(fessionnel)?|tp)(\s|$)/],
  ['cqp', /^(cqp|certificat de qualification professionnelle)(\s|$)/],
  ['bts', /^(bts|brevet de technicien superieur)(\s|$)/],
  ['dut', /^(dut|diplome universitaire de technologie)(\s|$)/],
  ['but', /^(but|bachelor universitaire de technologie)(\s|$)/],
  ['deug', /^deug(\s|$)/],
  ['licence-pro', /^(licence pro(fessionnelle)?|lp)(\s|$)/],
  // An English-speaking list's kinds ("Bachelor's Degree"): a business school's "Bachelor" alone is
  // not a licence, the apostrophe or "degree" says the English kind.
  ['licence', /^(licence|bachelor s( degree)?|bachelors? degree)(\s|$)/],
  ['master', /^(master|mastere|m1|m2|dess|dea)( s degree|s degree| s| degree)?(\s|$)/],
  ['ingenieur', /^(diplome d )?ingenieur(\s|$)/],
  ['doctorat', /^(doctorat|doctorate|phd|these)(\s|$)/],
  ['brevet', /^(diplome national du )?brevet( des colleges)?$|^dnb$/],
];

// A degree of a precise kind also fits a list that only offers the broader one ("Bac").
const BROADER: Partial<Record<DiplomaKind, DiplomaKind>> = { 'bac-pro': 'bac', 'bac-techno': 'bac', 'bac-general': 'bac', 'licence-pro': 'licence' };

// What a kinds list says beside the kinds: "Niveau 3", "Bac +2", "ou équivalent".
const LEVEL_WORDS = /^(niveau [0-9ivx]+|bac ?\+ ?\d+|(ou )?equivalent|et plus|ou plus)$/;

/** The kind a degree starts with ("Diplôme : BTS MCO" -> bts), and what follows it; null for none. */
export function diplomaKindOf(text: string): { kind: DiplomaKind; rest: string } | null {
  const folded = fold(text).replace(/^(diplome|obtention)( (du|de|d))? (?=\S)/, '');
  for (const [kind, pattern] of KINDS) {
    const match = pattern.exec(folded);
    if (match) return { kind, rest: folded.slice(match[0].length).trim() };
  }
  return null;
}

/**
 * The kinds an option names when it names nothing else ("CAP / BEP", "Niveau 4 (Bac)"), else
 * null: "BTS MCO" is a diploma of its own, matched by its words, not by its kind.
 */
export function optionKinds(text: string): DiplomaKind[] | null {
  const parts = text.split(/[/,;()|]|\s+ou\s+|\s+-\s+/i).map((part) => part.trim()).filter(Boolean);
  const kinds: DiplomaKind[] = [];
  for (const part of parts) {
    if (LEVEL_WORDS.test(fold(part))) continue;
    const found = diplomaKindOf(part);
    if (!found || found.rest) return null;
    kinds.push(found.kind);
  }
  return kinds.length > 0 ? kinds : null;
}

/**
 * The option for a degree: by its words first, among the options not of another kind (a "Bac"
 * must not land on "Bac professionnel" for holding its word), then by its kind in a list of kinds.
 */
export function degreeOptionIndex(options: ChoiceOption[], degree: string): number | null {
  const found = diplomaKindOf(degree);
  if (!found) return bestOptionIndex(options, [degree]);
  const kindsOf = options.map((option) => (option.disabled || option.placeholder ? null : (optionKinds(option.text) ?? optionKinds(option.value))));
  const offered = (kind: DiplomaKind) => kindsOf.some((kinds) => kinds?.includes(kind));
  // The precise kind when the list has it ("Licence professionnelle"), else the broader one ("Licence").
  const broader = BROADER[found.kind];
  const wanted = !offered(found.kind) && broader && offered(broader) ? broader : found.kind;
  const ofWantedKind = options.map((option, index) => {
    const kinds = kindsOf[index];
    return kinds && !kinds.includes(wanted) ? { ...option, disabled: true } : option;
  });
  const byWords = bestOptionIndex(ofWantedKind, [degree]);
  if (byWords !== null) return byWords;
  const byKind = kindsOf.findIndex((kinds) => kinds?.includes(wanted));
  if (byKind >= 0) return byKind;
  // A list of levels under the "Diplôme" label: "Bac +2" for a BTS. Options that name kinds only
  // ("Bac général", "Bac pro") do not take a degree of another kind by its level.
  return levelOptionIndex(options.map((option) => (NAMES_LEVEL.test(fold(option.text)) ? option : { ...option, disabled: true })), degree);
}

/**
 * Levels of the French national nomenclature (2019): 3 CAP/BEP, 4 Bac, 5 Bac+2, 6 Bac+3/4,
 * 7 Bac+5, 8 doctorat. Forms that ask a level, not a diploma ("Niveau d'études : Bac +2"), get it
 * from the CV's diploma. A professional title or a CQP exists at several levels: none is guessed.
 */
const LEVEL_OF_KIND: Partial<Record<DiplomaKind, number>> = {
  cap: 3, bep: 3, bp: 4, bac: 4, 'bac-general': 4, 'bac-techno': 4, 'bac-pro': 4,
  bts: 5, dut: 5, deug: 5, but: 6, licence: 6, 'licence-pro': 6, master: 7, ingenieur: 7, doctorat: 8,
};

export function degreeLevel(degree: string): number | null {
  const found = diplomaKindOf(degree);
  return found ? (LEVEL_OF_KIND[found.kind] ?? null) : null;
}

const NAMES_LEVEL = /bac\s*\+|niveau\s/;
const ROMAN_LEVEL: Record<string, number[]> = { v: [3], iv: [4], iii: [5], ii: [6], i: [7, 8] };
const BAC_PLUS_LEVEL: Record<number, number> = { 0: 4, 1: 4, 2: 5, 3: 6, 4: 6, 5: 7, 6: 7, 7: 7, 8: 8 };

/**
 * The levels an option names: "Bac +2", "Niveau 5 (Bac+2)", "Bac +5 et plus", and the old
 * nomenclature in Roman numerals ("Niveau III", where V was the CAP and I Bac+5 and above).
 */
export function optionLevels(text: string): number[] {
  const folded = fold(text);
  const byBacPlus = new Set<number>();
  for (const match of folded.matchAll(/bac\s*\+\s*(\d)(?:\s+(?:(?:a|ou|et)\s+)?\+\s*(\d)|\s+(?:a|ou|et)\s+(\d))?(\s+(?:et|ou) (?:plus|au dela))?/g)) {
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : match[3] ? Number(match[3]) : match[4] ? 8 : from;
    for (let plus = from; plus <= to; plus++) if (BAC_PLUS_LEVEL[plus] !== undefined) byBacPlus.add(BAC_PLUS_LEVEL[plus]!);
  }
  if (byBacPlus.size > 0) return [...byBacPlus];
  // The diplomas an option names ("Niveau 5 (CAP, BEP)" on a form that kept the old numbers)
  // say its level better than its number.
  const byKind = new Set((optionKinds(text) ?? []).map((kind) => LEVEL_OF_KIND[kind]).filter((level) => level !== undefined));
  if (byKind.size > 0) return [...byKind];
  const byNumber = new Set<number>();
  for (const match of folded.matchAll(/niveau\s+([1-8]|i{1,3}|iv|v)(?![a-z0-9])(?:\s+(?:et|ou|a)\s+([1-8]|i{1,3}|iv|v)(?![a-z0-9]))?(\s+(?:et|ou) (?:plus|au dela))?/g)) {
    const named = [match[1]!, match[2]].filter((value): value is string => value !== undefined)
      .flatMap((value) => (/\d/.test(value) ? [Number(value)] : ROMAN_LEVEL[value]!));
    const top = match[3] ? 8 : Math.max(...named);
    for (let level = Math.min(...named); level <= top; level++) byNumber.add(level);
  }
  return [...byNumber];
}

/** The option naming the level of this degree, or null when the degree has no known level or no
 *  option names it (a list of levels never gets a neighbouring one). */
export function levelOptionIndex(options: ChoiceOption[], degree: string): number | null {
  const level = degreeLevel(degree);
  if (level === null) return null;
  const index = options.findIndex((option) => !option.disabled && !option.placeholder && optionLevels(`${option.text}`).includes(level));
  return index >= 0 ? index : null;
}

/** The highest level among the degrees, as its most telling degree (for a single "Niveau" list). */
export function highestDegree(degrees: string[]): string | null {
  let best: { degree: string; level: number } | null = null;
  for (const degree of degrees) {
    const level = degreeLevel(degree);
    if (level !== null && (!best || level > best.level)) best = { degree, level };
  }
  return best?.degree ?? null;
}
