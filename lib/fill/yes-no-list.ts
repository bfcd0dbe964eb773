import type { Control } from './find-controls';
import { fold } from './fold-text';
import { selectOptions } from './match-option';

const ANSWER = /^(oui|non|yes|no|en cours|in progress)$/;

/** A list that answers a question ("Diplôme obtenu : Oui / Non"), not one that names something: the
 *  diploma is never chosen in it. */
export function isYesNoList(control: Control): boolean {
  if (control.tagName !== 'SELECT') return false;
  const answers = selectOptions(control as HTMLSelectElement).filter((option) => !option.placeholder && option.text.trim() !== '');
  return answers.length >= 2 && answers.every((option) => ANSWER.test(fold(option.text)));
}
