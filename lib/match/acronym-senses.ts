// Acronyms a CV uses in another sense than the referential's. "ERP" is enterprise software in an
// office CV, but an "établissement recevant du public" in a French security or fire-safety CV
// ("Sécurité incendie des ERP / IGH", "ERP de 1re catégorie"). The other sense shows in the words
// around it on the same line; when it does, the acronym is not read as the skill.

import { foldText } from '../taxonomy/label-words';

interface OtherSense {
  /** What the acronym means there, for the reader of this table. */
  meaning: string;
  /** Folded words (or word starts, ending in '*') that announce that sense on the line. */
  cues: string[];
}

const OTHER_SENSES: Record<string, OtherSense[]> = {
  erp: [
    {
      meaning: 'établissement recevant du public (French fire-safety law)',
      cues: ['igh', 'ssiap', 'incendie', 'evacuation', 'etablissement*', 'public', 'categorie', 'secours', 'sdis', 'commission'],
    },
  ],
};

/** True when the text matched in the phrase is an acronym the line uses in another sense. */
export function isOtherSenseOfAcronym(matched: string, line: string): boolean {
  const senses = OTHER_SENSES[foldText(matched).trim()];
  if (!senses) return false;
  const words = foldText(line).split(/[^a-z0-9]+/);
  return senses.some((sense) =>
    sense.cues.some((cue) => (cue.endsWith('*') ? words.some((word) => word.startsWith(cue.slice(0, -1))) : words.includes(cue))),
  );
}
