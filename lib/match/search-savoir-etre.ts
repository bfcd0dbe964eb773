// What a counsellor types to add a quality the CV does not state ("rigueur", "ponctualité",
// "esprit d'équipe"): only the savoir-être concepts are offered, found by their CV phrasings, their
// referential labels and ROME's name for them. The set is small (a few dozen qualities, a few
// hundred wordings), so each is compared whole; a word begun ("rigu") already finds its quality,
// and a slip of the finger ("rigeur") is forgiven, but never a mere likeness ("soudure" is no
// "résoudre").

import type { Language } from '../types';
import { foldText } from '../taxonomy/label-words';
import { conceptLabel, type Referential } from '../taxonomy/referential';
import { qualityWordings } from './savoir-etre-wordings';
import type { ReferentialHit } from './search-referential';

interface Wording {
  /** The referential's concept the hit names: the ESCO quality, else its ROME twin. */
  concept: number;
  text: string;
  folded: string;
}

const wordingsByReferential = new WeakMap<Referential, Wording[]>();

function wordingsOf(referential: Referential): Wording[] {
  const cached = wordingsByReferential.get(referential);
  if (cached) return cached;
  const wordings: Wording[] = [];
  for (const { concepts, wordings: texts } of qualityWordings(referential)) {
    // One hit per quality: the ESCO concept, else its ROME twin.
    const concept = concepts[0]!;
    for (const text of new Set(texts.map((wording) => wording.text))) if (text.trim()) wordings.push({ concept, text, folded: foldText(text) });
  }
  wordingsByReferential.set(referential, wordings);
  return wordings;
}

/** Little words a counsellor types that name no quality. */
const LITTLE_WORDS = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'et', 'en', 'a', 'au', 'aux', 'un', 'une', 'of', 'the', 'and', 'to', 'an']);

function wordsOf(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((word) => word && !LITTLE_WORDS.has(word));
}

/** At most one letter added, dropped or changed between two words ("rigeur" / "rigueur"). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/** A typed word begins a wording's word ("rigu" -> "rigueur"), or would but for one slip of the
 *  finger in a word long enough to tell ("rigeur", "equipr"). */
function begins(typed: string, candidate: string): 'exact' | 'slip' | null {
  if (candidate.startsWith(typed)) return 'exact';
  if (typed.length < 5) return null;
  for (const length of [typed.length - 1, typed.length, typed.length + 1]) {
    if (length <= candidate.length && oneEditApart(typed, candidate.slice(0, length))) return 'slip';
  }
  return null;
}

/** How well a wording answers the typed words: every typed word must begin one of its words
 *  ("rigu" -> "rigueur", "equipe" -> "esprit d'equipe"); a wording with fewer other words is
 *  closer, a slip costs a little. */
function wordScore(typed: string[], wording: string[]): number {
  if (typed.length === 0 || wording.length === 0) return 0;
  const used = new Set<number>();
  let slips = 0;
  for (const word of typed) {
    let found = -1;
    for (const [index, candidate] of wording.entries()) {
      if (used.has(index)) continue;
      const match = begins(word, candidate);
      if (match === 'exact') {
        found = index;
        break;
      }
      if (match === 'slip' && found < 0) found = index;
    }
    if (found < 0) return 0;
    if (begins(word, wording[found]!) === 'slip') slips++;
    used.add(found);
  }
  return (0.7 + 0.3 * (used.size / wording.length)) * 0.9 ** slips;
}

/** The savoir-être concepts closest to a short text, best first, labelled in `language`. */
export function searchSavoirEtre(query: string, referential: Referential, language: Language, top = 10): ReferentialHit[] {
  const text = foldText(query.replace(/\s+/g, ' ').trim());
  if (!text || top < 1) return [];
  const wordings = wordingsOf(referential);
  const best = new Map<number, { score: number; wording: Wording }>();
  const offer = (wording: Wording, score: number) => {
    const known = best.get(wording.concept);
    if (score > 0 && (!known || score > known.score)) best.set(wording.concept, { score, wording });
  };
  const typed = wordsOf(text);
  for (const wording of wordings) offer(wording, wordScore(typed, wordsOf(wording.folded)));
  return [...best]
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .slice(0, top)
    .map(([concept, { score, wording }]) => ({
      id: referential.concepts[concept]!.id,
      label: conceptLabel(referential, concept, language),
      matchedLabel: wording.text,
      score: Math.round(score * 1000) / 1000,
    }));
}
