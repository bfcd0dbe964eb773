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
  ['bac', /^(bac|baccalaureat)(\s|$)/],
  ['titre-pro', /^(titre pro(fessionnel)?|tp)(\s|$)/],
  ['cqp', /^(cqp|certificat de qualification professionnelle)(\s|$)/],
  ['bts', /^(bts|brevet de technicien superieur)(\s|$)/],
  ['dut', /^(dut|diplome universitaire de technologie)(\s|$)/],
  ['but', /^(but|bachelor universitaire de technologie)(\s|$)/],
  ['deug', /^deug(\s|$)/],
  ['licence-pro', /^(licence pro(fessionnelle)?|lp)(\s|$)/],
  ['licence', /^licence(\s|$)/],
  ['master', /^(master|mastere|m1|m2|dess|dea)(\s|$)/],
  ['ingenieur', /^(diplome d )?ingenieur(\s|$)/],
  ['doctorat', /^(doctorat|phd|these)(\s|$)/],
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
  return byKind >= 0 ? byKind : null;
}
