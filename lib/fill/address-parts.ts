// An address asked in parts, as La Poste and the national address base cut it: number, repetition
// index (bis, ter), type of way, name of the way. The CV gives one line ("12 bis rue des Lilas"):
// the number and the index go to their own boxes, the type of way to its list, the rest to the
// street box. Whole in the street box, the line would leave the number empty (the form refuses it)
// and say "12 bis rue" twice once the parts are joined.

import { describeControl } from './describe-control';
import { controlKind, isChoice, isEmpty, type Control } from './find-controls';
import { writeValue, type FillRun } from './fill-journal';
import { fold } from './fold-text';
import { pickOption } from './match-option';

export interface AddressParts {
  number: Control | null;
  index: Control | null;
  wayType: Control | null;
}

export interface SplitAddress {
  number?: string;
  index?: string;
  wayType?: string;
  /** The name of the way, with its type when no list takes it. */
  street: string;
}

const INDEX_WORDS: Record<string, string> = { b: 'bis', bis: 'bis', t: 'ter', ter: 'ter', q: 'quater', quater: 'quater' };
const WAY_TYPES = [
  'rue', 'avenue', 'av', 'boulevard', 'bd', 'bld', 'chemin', 'che', 'place', 'pl', 'allee', 'impasse', 'imp', 'route', 'rte',
  'quai', 'cours', 'square', 'sq', 'residence', 'res', 'lotissement', 'lot', 'chaussee', 'passage', 'sentier', 'voie', 'faubourg',
  'fg', 'rond-point', 'esplanade', 'promenade', 'hameau', 'cite', 'parvis', 'montee', 'ruelle', 'traverse', 'villa',
];
export const WAY_TYPE_NAMES: Record<string, string> = { av: 'avenue', bd: 'boulevard', bld: 'boulevard', che: 'chemin', pl: 'place', imp: 'impasse', rte: 'route', sq: 'square', res: 'residence', lot: 'lotissement', fg: 'faubourg' };

/** "12 bis rue des Lilas" -> 12, bis, rue, "des Lilas"; a line without a number is all street. */
export function splitAddress(line: string): SplitAddress {
  const match = /^\s*(\d{1,5})\s*(bis|ter|quater|[btq])?(?![\p{L}\d])[\s,]*(.*)$/iu.exec(line);
  if (!match) return { street: line.trim() };
  const [, number, index, rest = ''] = match;
  const firstWord = fold(rest.split(/\s+/)[0] ?? '').replace(/\.$/, '');
  const wayType = WAY_TYPES.includes(firstWord) ? (WAY_TYPE_NAMES[firstWord] ?? firstWord) : undefined;
  return {
    number,
    ...(index ? { index: INDEX_WORDS[index.toLowerCase()]! } : {}),
    ...(wayType ? { wayType } : {}),
    street: rest.trim(),
  };
}

/** The number, index and way-type controls of the same form as the street box, if it asks for a
 *  number apart (without a number box the address is one line, whatever else the form asks). */
export function addressPartsBeside(street: Control, controls: Control[]): AddressParts | null {
  const form = street.closest('form, [role="form"]');
  // A radio or checkbox is an answer, never a part of the address: "No" is not "N°".
  const sameForm = controls.filter((control) => control !== street && !isChoice(control) && control.closest('form, [role="form"]') === form);
  const said = (control: Control) => {
    const description = describeControl(control);
    return { label: fold(description.label), name: fold(description.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-[\]]+/g, ' ')) };
  };
  const find = (label: RegExp, name: RegExp) =>
    sameForm.find((control) => {
      const { label: text, name: controlName } = said(control);
      return label.test(text) || (!text && name.test(controlName));
    }) ?? null;
  const number = find(/^(n|no|num|numero)\W*( de (la )?(voie|rue))?\W*$|^numero de (la )?(voie|rue)/, /(^|\s)(num(ero)? voie|street number|house number|numero)$/);
  if (!number || controlKind(number) === 'select') return null;
  return {
    number,
    index: find(/indice|repetition|bis.?ter|complement (de|du) numero/, /indice|bis ter|repetition/),
    wayType: find(/type (de )?voie|nature (de la )?voie/, /type voie|street type|nature voie/),
  };
}

/** Writes the number, index and type of way into their own controls (empty ones only) and returns
 *  what the street box takes. */
export function writeAddressParts(run: FillRun, parts: AddressParts, line: string): string {
  const split = splitAddress(line);
  if (!split.number || !parts.number || !isEmpty(parts.number)) return line;
  writeValue(run, parts.number, split.number, 'address');
  if (split.index && parts.index && isEmpty(parts.index)) writeChoice(run, parts.index, split.index);
  const wayTypeWritten = split.wayType !== undefined && parts.wayType !== null && isEmpty(parts.wayType) && writeChoice(run, parts.wayType, split.wayType);
  // The type goes to its list when there is one; otherwise it stays the start of the street.
  return wayTypeWritten ? split.street.replace(/^\S+\s*/, '') : split.street;
}

function writeChoice(run: FillRun, control: Control, value: string): boolean {
  if (controlKind(control) !== 'select') {
    writeValue(run, control, value, 'address');
    return true;
  }
  const option = pickOption(control as HTMLSelectElement, [value]);
  if (!option) return false;
  writeValue(run, control, option.value, 'address');
  return true;
}
