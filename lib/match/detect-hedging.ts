// Words around a skill that say the person does not have it yet: negation ("pas de permis",
// "no experience in"), a plan ("formation envisagée", "would like to learn") or only a smattering
// ("notions"). The match is kept, with lower confidence, for the counsellor to judge.
// A hedge counts only where it governs the skill: in the skill's own clause ("Je n'ai pas le permis
// mais je maîtrise la soudure" holds the welding), and not when it bears on an achievement ("sans
// accident depuis 5 ans", "without supervision", "aucun problème pour…").

export interface Hedging {
  kind: 'negation' | 'future' | 'basic';
  factor: number;
}

/** Where the skill's words are in the phrase (character offsets). */
export interface SkillSpan {
  start: number;
  end: number;
}

// Letter-aware edges (the u flag and lookarounds): "\b" sees "é" and "à" as non-letters, so
// "CACES envisagé", "non maîtrisé" and "à venir" slipped through.
const NEGATION = /(?<![\p{L}\d])(?:pas\s+(?:de|d'|encore)|aucune?|jamais|sans|non\s+ma[iî]tris[ée]e?s?|ne\s+\S+\s+pas|n'\S+\s+pas|no|not|never|without|lack\s+of|none)(?:(?<=')|(?![\p{L}\d]))/giu;
const FUTURE = new RegExp(
  '(?<![\\p{L}\\d])(?:' +
    [
      "envisag[ée]e?s?",
      "pr[ée]vue?s?",
      // "en cours d'obtention" or "CACES en cours" is a plan; "en cours de validité" is held.
      "en\\s+cours(?:\\s+d'(?:acquisition|obtention|apprentissage|inscription)|\\s+de\\s+(?:formation|pr[ée]paration|validation|certification)|(?!\\s*(?:de|d'|du|des)(?:(?<=')|(?![\\p{L}\\d]))))",
      "[àa]\\s+venir",
      "souhaite(?:rais)?\\s+(?:apprendre|me\\s+former|acqu[ée]rir|d[ée]velopper|passer|obtenir)",
      // A career move wished for: "je souhaite évoluer vers un poste de chef d'équipe" does not say
      // the person leads a team yet; nor "aspire à devenir", "I'm looking to progress into".
      "(?:souhaite(?:rais)?|aimerai[st]?|voudrai[st]?|veux|vise)\\s+(?:[ée]voluer|devenir|acc[ée]der|me\\s+reconvertir|m'orienter)",
      "aspire\\s+[àa]",
      "(?:looking|seeking|keen|hoping|want(?:ing)?)\\s+to\\s+(?:progress|move\\s+(?:up|into|on)|step\\s+up|become|develop\\s+into)",
      "aspir(?:e|ing)\\s+to",
      // "J'aimerais apprendre la soudure", "Envie d'apprendre la coiffure".
      "aimerai[st]?\\s+(?:apprendre|me\\s+former|acqu[ée]rir|d[ée]velopper|passer|obtenir|d[ée]couvrir)",
      "(?:envie|d[ée]sir)\\s+(?:d'|de\\s+)(?:apprendre|me\\s+former|acqu[ée]rir|d[ée]couvrir|passer)",
      "(?:je\\s+)?compte\\s+(?:passer|obtenir|me\\s+former|suivre|apprendre)",
      "projet\\s+de\\s+formation",
      "en\\s+pr[ée]paration",
      "bient[oô]t",
      "prochainement",
      "inscrite?\\s+(?:[àa]|en|pour)\\s+(?:la\\s+|une\\s+|l')?(?:formation|session|examen|stage|cursus|pr[ée]paration)",
      "[àa]\\s+(?:passer|obtenir)",
      // "Compétences à développer", "Points à acquérir :" (not "capacité à développer un réseau").
      "[àa]\\s+(?:d[ée]velopper|acqu[ée]rir|approfondir)(?=\\s*(?:[:()\\-–—]|$))",
      "(?:mon\\s+)?objectif\\s*:|mon\\s+objectif|objectif\\s+(?:de|d')\\s*(?:passer|obtenir|me|devenir|int[ée]grer)",
      // "Forklift licence (planned)", "Planned training:"; not "planned maintenance" (preventive).
      "planned(?=\\s*(?:$|[:),;.\\-–—])|\\s+(?:for|in|by|on|training|courses?|certifications?|certificates?|qualifications?|exams?|licen[cs]es?)(?![\\p{L}\\d]))",
      "plan(?:ning)?\\s+to",
      "would\\s+(?:like|love)\\s+to",
      "(?:interested|eager)\\s+(?:in|to)\\s+(?:learning|learn|training|train|gaining|gain|getting|get|obtaining|obtain|developing)",
      "want\\s+to\\s+learn",
      "upcoming",
      "in\\s+progress",
      "pending",
      "working\\s+towards?",
      "aiming\\s+to",
      "hoping\\s+to",
      "keen\\s+to\\s+(?:get|obtain|learn|gain|train|complete|take)",
      "expected\\s+(?:in\\s+|by\\s+)?(?:\\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|early|late|end|spring|summer|autumn|fall|winter|next|soon)",
      "due\\s+to\\s+(?:complete|start|sit|take|obtain)",
      "currently\\s+(?:learning|studying|training|taking|completing|enrolled)",
      "studying\\s+for",
      "enrolled\\s+(?:in|on)",
      "to\\s+be\\s+obtained",
    ].join('|') +
    ')(?![\\p{L}\\d])',
  'giu',
);
// Only "les bases", "bases en", "de base": "bases de données" and "à base de produits frais" are not
// a smattering.
// A short course is a smattering too: "Initiation à…", "Sensibilisation à/au…" (received; "des
// habitants au tri" is given), "Awareness of…", "Introduction to…", "Exposure to…".
const BASIC =
  /(?<![\p{L}\d])(?:notions?|d[ée]butante?s?|les\s+bases|quelques\s+bases|bases?\s+en|de\s+base|basic\s+(?:knowledge|understanding|skills)|basics|beginner|familiar\s+with|initiations?\s+(?:[àa]|au|aux)|sensibilis(?:ations?|[ée]e?s?)\s+(?:[àa]|au|aux)|petite\s+exp[ée]rience|quelques\s+connaissances|premiers\s+pas|connaissances?\s+(?:sommaires?|limit[ée]es?|basiques?)|awareness|(?:intro|introduction)\s+to|exposure\s+to|(?:limited|some|little)\s+(?:experience|knowledge|understanding))(?![\p{L}\d])/giu;
/** Words before a course that make the person the one giving it: "Animation d'ateliers
 *  d'initiation à Excel", "Raising awareness of recycling". */
const GIVING = /(?<![\p{L}\d])(?:anim|dispens|donn|organis|encadr|assur|propos|con[çc]|cr[ée]|r[ée]alis|mise?\s+en\s+place|mettre\s+en\s+place|rais|promot|increas|spread|buil|creat|deliver|ran\b|run|led\b|lead|teach|taught|organi[sz]|design|conduct)/iu;

/** What a negation can bear on instead of the skill: a record of the person's work ("sans accident",
 *  "aucune erreur de caisse", "without supervision") or of their situation ("sans emploi"). */
const ACHIEVEMENT =
  /^(?:accidents?|incidents?|erreurs?|fautes?|supervision|surveillance|probl[èe]mes?|soucis?|emploi|retards?|absences?|arr[êe]ts?|interruptions?|casses?|litiges?|r[ée]clamations?|plaintes?|pertes?|[ée]carts?|sinistres?|blessures?|d[ée]fauts?|reproches?|aides?|errors?|mistakes?|complaints?|problems?|issues?|delays?|lateness|damages?|breakages?|loss(?:es)?|injur(?:y|ies)|help|assistance|defects?|lost|time\s+lost)$/iu;
const DETERMINER = /^(?:de|d'|des|du|la|le|les|l'|un|une|en|a|an|any|the|single|seul|seule|moindre|jamais|eu|had)$/iu;
/** Words a plan's "prévu" sits next to when it is one: "formation prévue", "CACES prévu en mars";
 *  "délais prévus" is a deadline set. */
const TRAINING_WORD = /(?<![\p{L}\d])(?:formation|stage|examen|session|passage|certification|habilitation|caces|permis|titre|dipl[ôo]me|module|cursus|inscription)s?(?:\s+\S+){0,3}\s*$/iu;
const PLAN_DATE_AFTER =
  /^\s+(?:prochainement|\d|(?:(?:en|pour|le|au|d[ée]but|fin|courant|d'ici|d[èe]s)\s+)+(?:\d|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|printemps|[ée]t[ée]|automne|hiver|mois|semestre|trimestre|l'ann[ée]e|cette|ce|la\s+rentr[ée]e|prochaine?))/iu;
/** Where one clause ends and another starts: the scope of a hedge. */
const CLAUSE_BREAK = /\s*(?:[,;]|(?<![\p{L}\d])(?:mais|but|however|cependant|toutefois|par\s+contre|whereas|alors\s+que)(?![\p{L}\d]))\s*/giu;

export function detectHedging(phrase: string, skill?: SkillSpan): Hedging | undefined {
  const text = phrase.replace(/’/g, "'");
  if (hedgeAt(text, NEGATION, skill, isNegationOfSkill)) return { kind: 'negation', factor: 0.3 };
  if (hedgeAt(text, FUTURE, skill, isPlan)) return { kind: 'future', factor: 0.55 };
  if (hedgeAt(text, BASIC, skill, isOwnSmattering)) return { kind: 'basic', factor: 0.85 };
  return undefined;
}

type HedgeCheck = (text: string, match: RegExpExecArray, skill: SkillSpan | undefined) => boolean;

/** A match of the pattern that governs the skill: in its clause, not far after it. */
function hedgeAt(text: string, pattern: RegExp, skill: SkillSpan | undefined, check: HedgeCheck): boolean {
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!check(text, match, skill)) continue;
    if (skill === undefined) return true;
    // The words read after the skill: its status ("envisagé", "non maîtrisé"), not the next sentence.
    if (start > skill.end + 30) continue;
    if (sameClause(text, Math.min(start, skill.start), Math.max(end, skill.end))) return true;
  }
  return false;
}

function sameClause(text: string, from: number, to: number): boolean {
  for (const boundary of text.matchAll(CLAUSE_BREAK)) {
    if (boundary.index >= from && boundary.index < to) {
      // A comma inside brackets is no clause break ("SST (en cours, session de mars)").
      const before = text.slice(0, boundary.index);
      if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0) && boundary[0].trim() === ',') continue;
      return false;
    }
  }
  return true;
}

function isNegationOfSkill(text: string, match: RegExpExecArray, skill: SkillSpan | undefined): boolean {
  const word = match[0].toLowerCase();
  // "pas de" / "pas d'" already hold their determiner; what follows is the negated thing.
  const following = text.slice(match.index + match[0].length).split(/\s+|(?<=')/u).filter((part) => part !== '');
  let object = following.find((part) => !DETERMINER.test(part.replace(/[(),.;:]+/g, '')));
  if (/^(?:sans|without|aucune?|no|jamais|never|pas\s+(?:de|d'))$/iu.test(word.replace(/\s+/g, ' '))) {
    object = object?.replace(/[(),.;:]+/g, '');
    if (object !== undefined && ACHIEVEMENT.test(object)) return false;
    // "Stock control without supervision": a circumstance of the skill said before it.
    if (skill !== undefined && match.index >= skill.end && /^(?:sans|without)$/iu.test(word)) return false;
  }
  return true;
}

/** A course word ("initiation", "awareness") whose clause does not say the person gives it, and
 *  that is not the skill's own word ("Spatial awareness"). */
function isOwnSmattering(text: string, match: RegExpExecArray, skill: SkillSpan | undefined): boolean {
  if (!/^(?:initiation|sensibilis|awareness|intro|exposure)/iu.test(match[0])) return true;
  if (skill !== undefined && match.index >= skill.start && match.index < skill.end) return false;
  const clauseStart = Math.max(0, ...[...text.slice(0, match.index).matchAll(CLAUSE_BREAK)].map((boundary) => boundary.index + boundary[0].length));
  return !GIVING.test(text.slice(clauseStart, match.index));
}

function isPlan(text: string, match: RegExpExecArray): boolean {
  if (!/^pr[ée]vue?s?$/iu.test(match[0])) return true;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  return TRAINING_WORD.test(before) || PLAN_DATE_AFTER.test(after);
}
