import { describeControl } from './describe-control';
import { controlType, type Control } from './find-controls';
import { fold } from './fold-text';

/**
 * A date asked as two or three boxes under one question: GOV.UK's date input and its French
 * copies, a fieldset "Date de début" holding boxes labelled only "Jour", "Mois", "Année". The box's
 * own label names its part; the question's legend names the date.
 */
const PART_LABEL = /^(le )?(jour|day|jj|dd|mois|month|mm|annee|an|year|aaaa|yyyy|aa|yy)$/;

const QUESTION = 'fieldset, [role="group"]';

export function namesOnlyADatePart(label: string): boolean {
  return PART_LABEL.test(fold(label));
}

/** The question (fieldset or role=group) that holds one date's boxes and nothing else: two or
 *  three text boxes or lists, each labelled as a part of a date. Null for a box not asked so (a
 *  "Formation 1" block with its "Intitulé" and "Année"). */
export function dateQuestionOf(control: Control): Element | null {
  const question = control.closest(QUESTION);
  if (!question) return null;
  const boxes = [...question.querySelectorAll<Control>('input, select')].filter((box) => !['checkbox', 'radio', 'hidden', 'button', 'submit'].includes(controlType(box)));
  if (boxes.length < 2 || boxes.length > 3) return null;
  return boxes.every((box) => namesOnlyADatePart(describeControl(box).label)) ? question : null;
}

/** Two boxes of one date ("Month" and "Year" under "Start date"): one field of an entry, not two. */
export function partsOfOneDate(a: Control, b: Control): boolean {
  // Asked pairwise over a group's boxes: the cheap test of one question first.
  const question = a.closest(QUESTION);
  if (question !== null && question === b.closest(QUESTION) && dateQuestionOf(a) === question) return true;
  // Or each label says the date and its part: "Début (mois)", "Début (année)".
  const [dateOfA, dateOfB] = [a, b].map((box) => dateOfPartLabel(describeControl(box).label));
  return dateOfA !== null && dateOfA === dateOfB;
}

const PART_SUFFIX = /^(.*\S)\s+(jour|day|mois|month|annee|year)$/;

/** "Début (mois)" -> "debut": the date a label names with one of its parts; null for another label. */
function dateOfPartLabel(label: string): string | null {
  return PART_SUFFIX.exec(fold(label))?.[1] ?? null;
}
