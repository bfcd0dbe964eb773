// Job-title acronyms with two senses in French CVs: "AVS" is the auxiliaire de vie sociale (home
// care, occupation-abbreviations.ts's reading) and the auxiliaire de vie scolaire (a pupil's
// assistant in class). The CV's jobs and summary tell which: words of a school there make it the
// school one. The education section is left out (a care worker trained at an "école").

import type { CvSection, SectionKind } from '../types';
import { foldText } from '../taxonomy/label-words';

interface OtherTitleSense {
  /** The title spelled out in that sense. */
  title: string;
  /** Folded words (or word starts, ending in '*') of the CV that announce it. */
  cues: string[];
}

const OTHER_TITLE_SENSES: Record<string, OtherTitleSense> = {
  avs: { title: 'auxiliaire de vie scolaire', cues: ['ecole*', 'eleve*', 'scolaire*', 'classe', 'classes', 'enseignant*', 'institutrice*', 'instituteur*', 'maternelle', 'elementaire', 'college', 'scolarisation', 'ulis', 'segpa'] },
};

const CONTEXT_SECTIONS = new Set<SectionKind>(['header', 'profile', 'experience', 'skills', 'other']);

/** Folded words of the parts of the CV that say what the person did. */
export function titleContextWords(sections: readonly CvSection[] | undefined): Set<string> {
  const words = new Set<string>();
  for (const section of sections ?? []) {
    if (!CONTEXT_SECTIONS.has(section.kind)) continue;
    for (const line of section.lines) for (const word of foldText(line.text).split(/[^a-z0-9]+/)) if (word) words.add(word);
  }
  return words;
}

/** The title with an acronym spelled out in the sense the CV's words announce, or as it was. */
export function titleInContext(title: string, contextWords: ReadonlySet<string>): string {
  return title.replace(/\p{L}+/gu, (word) => {
    // Any case: the headline may come re-cased ("Avs"), and these acronyms are no words.
    const sense = Object.hasOwn(OTHER_TITLE_SENSES, foldText(word)) ? OTHER_TITLE_SENSES[foldText(word)] : undefined;
    if (!sense) return word;
    const announced = sense.cues.some((cue) => (cue.endsWith('*') ? [...contextWords].some((known) => known.startsWith(cue.slice(0, -1))) : contextWords.has(cue)));
    return announced ? sense.title : word;
  });
}
