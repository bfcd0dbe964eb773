// A training the person followed is no training they give. In the education and certificates
// sections, "CFPPA (formation adulte, en alternance)" read ESCO's "Formation d'adultes" and "GWO BTT
// (Basic Technical Training)" its "Technical training": both labels of skills of teaching, which a
// counsellor would then offer as the job seeker's. There, a teaching skill is left out unless the
// line says the person taught ("formateur", "formations animées", "trainer", "delivered"). Educating
// patients or the public ("educate on oral healthcare") is what such a certificate qualifies one for:
// it is no teaching skill here. Elsewhere too, a line that says the person attended the training
// ("Attended daily toolbox talks") reads no teaching skill.

import { LABEL_TYPES, LANGUAGES, type Referential } from '../taxonomy/referential';
import type { SectionKind } from '../types';

const PREFERRED = LABEL_TYPES.indexOf('preferred');
const ENGLISH = LANGUAGES.indexOf('en');
const FRENCH = LANGUAGES.indexOf('fr');

/** Preferred labels of skills of teaching others, in ESCO's wording (French and English). */
const TEACHING_LABEL =
  /^(?:teach|train|coach|mentor|instruct|tutor|educate\s+(?:employees|staff|workers|colleagues)\b|(?:deliver|provide|give|conduct|organise|organize)\b.*\b(?:training|education|lessons?|courses?)|enseigner|former\b|instruire|(?:assurer|dispenser|donner|animer|organiser)\b.*\b(?:formations?|cours|enseignements?))/iu;

/** The line says the person taught. */
const TAUGHT_BY_THE_PERSON =
  /(?<![\p{L}])(?:formateur|formatrice|formateurs|animateur|animatrice|tuteur|tutrice|enseignant|enseignante|instructeur|instructrice|anim[ée]e?s?|dispens[ée]e?s?|donn[ée]e?s?|trainer|tutor|instructor|teacher|assessor|delivered|taught|delivering|teaching)(?![\p{L}])/iu;

const TRAINING_SECTIONS = new Set<SectionKind>(['education', 'licences', 'certifications']);

/** Elsewhere, the line says the person sat in the training: "Attended daily toolbox talks",
 *  "Suivi d'une formation gestes et postures". */
const ATTENDED_BY_THE_PERSON =
  /(?<![\p{L}])(?:attended|attending|(?:received|completed|undertook|undertaken)\s+(?:\w+\s+)?training|(?:ai\s+)?suivi\s+(?:une|la|d['’]une|de\s+la)\s+formation|assist[ée]e?\s+(?:à|aux))(?![\p{L}])/iu;

const teachingCache = new WeakMap<Referential, Map<number, boolean>>();

export function isTeachingSkill(referential: Referential, concept: number): boolean {
  let cache = teachingCache.get(referential);
  if (!cache) teachingCache.set(referential, (cache = new Map()));
  const known = cache.get(concept);
  if (known !== undefined) return known;
  const { labelStart, labelEnd } = referential.concepts[concept]!;
  // English first: ESCO's French says "former" for patients' education too ("former aux soins
  // bucco-dentaires" is "educate on oral healthcare").
  let teaching: boolean | undefined;
  for (const language of [ENGLISH, FRENCH]) {
    for (let label = labelStart; label < labelEnd && teaching === undefined; label++) {
      if (referential.labels.type[label] === PREFERRED && referential.labels.language[label] === language) {
        teaching = TEACHING_LABEL.test(referential.labels.text.at(label)!);
      }
    }
  }
  cache.set(concept, teaching === true);
  return teaching === true;
}

/** A teaching skill read in the person's own trainings, on a line that does not say they taught. */
export function isTrainingReceived(referential: Referential, concept: number, section: SectionKind, lineText: string): boolean {
  // The concept first (cached): the line's patterns are tried for every spot of the line, which on a
  // hostile line of thousands of labels made the whole line's length a cost of each spot.
  if (!isTeachingSkill(referential, concept)) return false;
  const said = lineSays(lineText);
  return (TRAINING_SECTIONS.has(section) || said.attended) && !said.taught;
}

/** What the line says of who taught, for the line the spots come from (they come line by line). */
let lastLine: { text: string; attended: boolean; taught: boolean } | undefined;
function lineSays(text: string): { attended: boolean; taught: boolean } {
  if (lastLine?.text !== text) lastLine = { text, attended: ATTENDED_BY_THE_PERSON.test(text), taught: TAUGHT_BY_THE_PERSON.test(text) };
  return lastLine;
}
