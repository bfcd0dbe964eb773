// "Planification des examens (IRM, scanner)", "Prise de rendez-vous pour les échographies",
// "Scheduling MRI scans": the head of the phrase plans, books or organises; its object is what
// others do. A secretary who books MRI scans does not perform them. A label read only in that
// object is lowered (spot-skill-labels.ts); a label about planning itself ("planifier des
// rendez-vous", "schedule appointments") or one spanning the head is read as before.

import { LABEL_TYPES, type Referential } from '../taxonomy/referential';
import { STOP_WORD, type PhraseWord } from './phrase-words';

const PREFERRED = LABEL_TYPES.indexOf('preferred');

// At the start of the phrase, then a preposition or article: the head of a nominal item.
const PLANNING_HEAD =
  /^\W*(?:(?:planification|programmation|plannification|organisation|coordination|prises?\s+de\s+rendez-vous|gestion\s+(?:des\s+rendez-vous|du\s+planning|des\s+plannings|de\s+l['’]agenda))\s+(?:des|de\s+la|de\s+l['’]|de|du|d['’]|pour\s+(?:les|des|la|le|l['’]))|(?:scheduling|booking|arranging|coordinating|organising|organizing|planning)\s+(?:of\s+)?)/iu;

/** Where the object of a planning head lies: [start, end) character offsets, up to the first comma
 *  or "pour / afin / to" outside brackets ("Coordination des corps d'état, … pour tenir les
 *  délais": the deadlines are the person's own); undefined when the phrase has none. */
export function planningObject(text: string, words: PhraseWord[], lang: number): [number, number] | undefined {
  const head = PLANNING_HEAD.exec(text);
  if (!head) return undefined;
  const from = head.index + head[0].length;
  let end = text.length;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if (depth === 0 && (char === ',' || char === ';' || CLAUSE_START.test(text.slice(i, i + 8)) || NEXT_DUTY.test(text.slice(i, i + 40)))) {
      end = i;
      break;
    }
  }
  return words.some((word) => word.start >= from && word.end <= end && word.keys[lang] !== STOP_WORD) ? [from, end] : undefined;
}

const CLAUSE_START = /^\s(?:pour|afin|to|so)\s/iu;
/** "Booking appointments | and handling payments", "Planification des tournées | et chargement des
 *  camions": a second duty with its own action word and object is the person's own, no longer
 *  what the head plans. Bare objects stay planned ("Organisation des réunions et séminaires"). */
const NEXT_DUTY = /^\s(?:and|et|&)\s+(?:\p{L}{3,}ing\s+\p{L}|\p{L}{3,}(?:ment|tion|sion|age|ure)\s+(?:des|de|du|d['’]|aux|au)[\s'’])/iu;

/** Labels about planning, booking or organising themselves, in ESCO's French and English. */
const PLANNING_LABEL = /plan|schedul|book|rendez-vous|organi[sz]|coordin|agenda|appointment|r[ée]serv|calendrier|calendar|rota/iu;

const planningCache = new WeakMap<Referential, Map<number, boolean>>();

/** Is the concept about planning, by the label read or by its preferred labels ("Grands jeux" is
 *  a CV phrasing of "planifier des activités pour des jeunes")? */
export function isPlanningSkill(referential: Referential, concept: number, labelText: string): boolean {
  if (PLANNING_LABEL.test(labelText)) return true;
  let cache = planningCache.get(referential);
  if (!cache) planningCache.set(referential, (cache = new Map()));
  let planning = cache.get(concept);
  if (planning === undefined) {
    const { labelStart, labelEnd } = referential.concepts[concept]!;
    planning = false;
    for (let label = labelStart; label < labelEnd && !planning; label++) {
      if (referential.labels.type[label] === PREFERRED) planning = PLANNING_LABEL.test(referential.labels.text.at(label)!);
    }
    cache.set(concept, planning);
  }
  return planning;
}
