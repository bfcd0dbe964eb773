// The words around a job sought in a CV's headline: "Recherche un emploi de serveur", "À la recherche
// d'un poste de…", "En reconversion vers le métier d'électricien", "Future aide-soignante", "Seeking a
// position as a waiter". They say the title is the job sought (a career changer's, often not a job
// held), and they are not part of the title. Phrasings stack, so openers are taken off one by one.
import { foldKeepingLength } from './fold-text';

/** A dash between words, or a colon: "Reconversion – Aide-soignante", "Emploi : serveur". */
const SEPARATOR = String.raw`(?:\s*:|\s+[–—-])\s*`;
/** How the title follows a word for a job: "poste de", "métier d'", "emploi comme", "position as". */
const CONNECTOR = String.raw`(?:${SEPARATOR}|\s+(?:de|du|en\s+tant\s+que|comme|as|of)\s+|\s+d')`;

/** Openers of a job sought, on folded text (no accents, lower case). */
const OPENERS = [
  String.raw`je\s+(?=(?:re)?cherch|souhait|veux|voudrais)`,
  String.raw`(?:souhait(?:e|ant)|veux|voudrais)\s+(?=devenir|travailler|trouver|un\s+(?:poste|emploi)|occuper|evoluer)`,
  // "je souhaite évoluer vers un poste de cariste", "to move into a team leader role".
  String.raw`(?:evoluer|me\s+reorienter|m'orienter)\s+(?:vers|en\s+tant\s+que|comme)\s+`,
  String.raw`(?:to\s+)?(?:move|progress|step)\s+(?:up\s+)?(?:in)?to\s+`,
  String.raw`(?:i\s+am\s+|i'm\s+)?(?:currently\s+|actively\s+)?(?:seeking|looking\s+for|searching\s+for|in\s+search\s+of|applying\s+for|open\s+to)\s+`,
  // "Recherche" may open a field or a trade ("Recherche et développement", "Recherche de fuites"):
  // only before the thing sought.
  String.raw`(?:(?:a|en)\s+(?:la\s+)?)?(?:re)?cherch(?:e|er|ant)(?:\s+active(?:ment)?)?(?=${SEPARATOR}|\s*(?:(?:d'|de\s+|du\s+)?(?:un\s+|une\s+)?(?:poste|emploi|job|travail|contrat|mission|cdi|cdd|alternance|stage)\b|un\s|une\s|en\s+tant\s|comme\s))(?:${SEPARATOR}|\s*)(?:d'|de\s+|du\s+)?`,
  String.raw`candidat(?:e)?\s+(?:au|a\s+l'|a\s+un|pour\s+(?:le|un))\s*`,
  String.raw`(?:en\s+)?reconversion(?:\s+professionnelle)?(?:${SEPARATOR}|\s+(?:vers|en\s+tant\s+que|comme|pour\s+devenir|dans|en)\s+|\s*$)`,
  String.raw`(?:pour\s+|to\s+)?(?:devenir|become)\s+`,
  // Singular only: a headline names one person, and "futures trader" is a trade in futures.
  String.raw`(?:futur|future|aspiring|would-be)\s+`,
  String.raw`objectif(?:\s+professionnel)?${SEPARATOR}`,
  // "Poste de", "Emploi : ", "Métier d'", "Poste recherché (:)".
  String.raw`(?:emploi|poste|metier|job)(?:\s+(?:recherche|vise|souhaite|sought|desired|wanted))?${CONNECTOR}`,
  String.raw`(?:emploi|poste|metier|job|position)\s+(?:recherche|vise|souhaite|sought|desired|wanted)\s+`,
];
/** Once an opener went: an article ("un poste de", "a position as a"), or a word for a job that
 *  alone could be a title's ("Seeking work as", "looking for a role as"). */
const AFTER_OPENER = [
  String.raw`(?:un|une|le|la|les|a|an|the|new)\s+|l'`,
  String.raw`(?:travail|position|role|post|work|employment|opportunity|career|carriere|stage|alternance|apprentissage|contrat|mission|cdi|cdd)${CONNECTOR}`,
  String.raw`(?:trouver|occuper|travailler|to\s+work|working)(?:\s+(?:comme|en\s+tant\s+que|as))?\s+`,
];
const OPENER = new RegExp(`^\\s*(?:${OPENERS.join('|')})`);
const NEXT_OPENER = new RegExp(`^\\s*(?:${[...OPENERS, ...AFTER_OPENER].join('|')})`);

export interface JobSought {
  /** The title without the search wording; the text itself when there was none. */
  title: string;
  /** Whether search wording was found: the title is a job sought. */
  sought: boolean;
}

export function withoutJobSearchWording(text: string): JobSought {
  let title = text.replace(/[’`´]/g, "'");
  let sought = false;
  for (;;) {
    const folded = foldKeepingLength(title);
    const match = (sought ? NEXT_OPENER : OPENER).exec(folded);
    if (!match || match[0].length === 0) break;
    title = title.slice(match[0].length);
    sought = true;
  }
  return { title: sought ? title.trim() : text, sought };
}

/** Where a sentence starts saying the job sought, on folded text: "…, je recherche un poste de…",
 *  "Looking for a team leader role". */
const SOUGHT_IN_SENTENCE = /(?:^|[^a-z'])(?=je\s+(?:re)?cherch|je\s+souhait|(?:i\s+am\s+|i'm\s+)?(?:currently\s+|actively\s+)?(?:seeking|looking\s+for|searching\s+for)\s|(?:a|en)\s+(?:la\s+)?recherche\s+d|souhait(?:e|ant)\s+(?:devenir|evoluer|travailler\s+comme))/;
/** Where the title of a job sought in a sentence stops: punctuation, a place, a contract, a time. */
const TITLE_END = /\s*(?:[.,;:!?()]|\s(?:in|at|within|with|near|around|on|for|from|where|so|to|which|who|dans|a|au|aux|sur|avec|pour|afin|ou\s+bien|chez|en\s+(?:cdi|cdd|interim|alternance|ehpad|entrepot|magasin|region|ile)|des\s+que|d(?:e|es|u)\s+(?:preference|jour|nuit))(?=\s|[.,;:!?)]|$))/;
/** The word for a job that may close the title: "a team leader role", "un poste de cariste". */
const ROLE_WORD = /\s+(?:role|post|position|job|vacancy|opportunity)$/;

/** The job sought said in a profile's sentence ("Seeking a senior carer post in a nursing home" ->
 *  "senior carer"): the title after the search wording, up to where a place, a contract or a time
 *  begins; of "X or Y", X; and where the search wording starts. Null when the text says no job
 *  that way. */
export function jobSoughtInSentence(text: string): { title: string; at: number } | null {
  const normalised = text.replace(/[’`´]/g, "'");
  const folded = foldKeepingLength(normalised);
  const start = SOUGHT_IN_SENTENCE.exec(folded);
  if (!start) return null;
  const from = start.index + start[0].length;
  const { title, sought } = withoutJobSearchWording(normalised.slice(from));
  if (!sought) return null;
  const foldedTitle = foldKeepingLength(title);
  const end = TITLE_END.exec(`${foldedTitle} `);
  let cut = end ? title.slice(0, end.index) : title;
  cut = cut.replace(/\s+(?:or|ou)\s.*$/i, '');
  const foldedCut = foldKeepingLength(cut);
  const role = ROLE_WORD.exec(foldedCut);
  if (role) cut = cut.slice(0, role.index);
  return cut.trim() ? { title: cut.trim(), at: from } : null;
}
