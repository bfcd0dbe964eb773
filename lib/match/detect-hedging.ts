// Words around a skill that say the person does not have it yet: negation ("pas de permis",
// "no experience in"), a plan ("formation envisagée", "would like to learn") or only a smattering
// ("notions"). The match is kept, with lower confidence, for the counsellor to judge.

export interface Hedging {
  kind: 'negation' | 'future' | 'basic';
  factor: number;
}

// Letter-aware edges (the u flag and lookarounds): "\b" sees "é" and "à" as non-letters, so
// "CACES envisagé", "non maîtrisé" and "à venir" slipped through.
const NEGATION = /(?<![\p{L}\d])(?:pas\s+(?:de|d'|encore)|aucune?|jamais|sans|non\s+ma[iî]tris[ée]|ne\s+\S+\s+pas|n'\S+\s+pas|no|not|never|without|lack\s+of|none)(?:(?<=')|(?![\p{L}\d]))/iu;
const FUTURE =
  /(?<![\p{L}\d])(?:envisag[ée]e?s?|pr[ée]vue?s?|en\s+cours(?:\s+d'(?:acquisition|obtention))?|[àa]\s+venir|souhaite(?:rais)?\s+(?:apprendre|me\s+former|acqu[ée]rir|d[ée]velopper|passer)|projet\s+de\s+formation|en\s+pr[ée]paration|bient[oô]t|objectif|plan(?:ned|ning)?\s+to|would\s+like\s+to|want\s+to\s+learn|upcoming|in\s+progress|currently\s+learning|to\s+be\s+obtained)(?![\p{L}\d])/iu;
const BASIC = /(?<![\p{L}\d])(?:notions?|d[ée]butant(?:e)?|bases?\s+(?:en|de)|basic\s+knowledge|beginner|familiar\s+with)(?![\p{L}\d])/iu;

export function detectHedging(phrase: string): Hedging | undefined {
  const text = phrase.replace(/’/g, "'");
  if (NEGATION.test(text)) return { kind: 'negation', factor: 0.3 };
  if (FUTURE.test(text)) return { kind: 'future', factor: 0.55 };
  if (BASIC.test(text)) return { kind: 'basic', factor: 0.85 };
  return undefined;
}
