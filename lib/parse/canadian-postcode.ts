// Canadian postal codes close the address line after the town and its province: "Montréal
// (Québec) H2J 2L3", "Laval, QC H7N 4Z4", "Moncton NB E1C 4M3". Letter, digit, letter, then
// digit, letter, digit; the province is no part of the town.

export interface CanadianPostcode {
  postcode: string;
  city: string;
  /** Where the town starts in the text: what is before it is the street. */
  index: number;
}

const PROVINCE = String.raw`(?:\(\s*(?:Qu[ée]bec|Qc|QC|Ontario|ON|Nouveau-Brunswick|NB|Nouvelle-[ÉE]cosse|NS|Manitoba|MB|Alberta|AB|Colombie-Britannique|BC|Saskatchewan|SK)\s*\)|,?\s*(?:QC|Qc|ON|NB|NS|MB|AB|BC|SK|PE|NL)\b)`;
const CODE = String.raw`([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])\s?(\d[ABCEGHJ-NPRSTV-Z]\d)`;

export function readCanadianPostcode(text: string, cityPattern: string): CanadianPostcode | null {
  const match = new RegExp(String.raw`(?<![\p{L}\d])(${cityPattern})\s*${PROVINCE}?\s*,?\s+${CODE}(?![\p{L}\d])(?:\s*,?\s*Canada)?\s*$`, 'u').exec(text);
  if (!match) return null;
  return { postcode: `${match[2]} ${match[3]}`, city: match[1]!.trim(), index: match.index };
}
