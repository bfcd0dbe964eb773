import type { ControlDescription } from './describe-control';
import type { RuleTarget } from './field-rules';
import { fold } from './fold-text';

/**
 * Form builders give boxes a word that says nothing of their own ("Intitulé", "Précisez",
 * "Détails"): the heading above them says what they are for ("Poste recherché", "Vos
 * savoir-être"). Such a box is read by its heading, for the job sought and the lists only: a
 * person's name or number is never guessed from a heading.
 */
const VAGUE_LABEL = /^(intitule|libelle|precisez|preciser|a preciser|detail|details|description|descriptif|votre reponse|reponse|texte|saisie|title|specify|please specify|details|your answer|answer)$/;

/** The targets a heading may stand for. */
export const HEADED_TARGETS: ReadonlySet<RuleTarget> = new Set(['jobTitle', 'skills', 'softSkills']);

/** The text to read in place of the box's own label: its section's heading, when the label is vague
 *  (or missing) and the box is one a person types into. */
export function headingAsLabel(description: ControlDescription): string | null {
  if (!['text', 'textarea', 'editable', 'search'].includes(description.type)) return null;
  const label = fold(description.label);
  if (label && !VAGUE_LABEL.test(label)) return null;
  const heading = fold(description.section);
  return heading || null;
}
