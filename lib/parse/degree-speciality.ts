// A diploma named by its kind only, with its field after a comma, as LinkedIn exports it
// ("Licence professionnelle, Banque Assurance", "Baccalauréat, ES", "Bachelor's degree, Business"):
// the field is part of the diploma's name, where a school or a town after a comma is not.
import { isDegree, isSchool } from './detect-degree';
import { namesCountry } from './country-names';
import { foldText } from './fold-text';
import { LARGE_TOWNS } from './town-vocabulary';

/** Diplomas that say nothing of their field without it. */
const BARE_DEGREE = /^(?:licence(?:\s+pro(?:fessionnelle)?)?|licence\s+[1-3]|master(?:\s+[12])?|mast[èe]re|master['’]?s(?:\s+degree)?|bachelor(?:['’]s)?(?:\s+degree)?|baccalaur[ée]at(?:\s+(?:g[ée]n[ée]ral|technologique|professionnel))?|bac(?:\s+pro(?:fessionnel)?)?|bts|btsa|dut|but|cap|bep|doctorat|dipl[ôo]me(?:\s+d['’][ée]tat)?|dipl[ôo]me\s+universitaire|du|associate(?:['’]s)?\s+degree|degree|diploma|b\.?sc|m\.?sc|b\.?a|m\.?a|mba|b\.?eng|m\.?eng|llb|llm|phd)$/i;

/** `fieldOfStudy`: the line is LinkedIn's "Degree, Field of study · (2009 - 2012)", where the part after
 *  the comma is the field even in one word ("Baccalauréat, Scientifique", "BSc, Economics"). */
export function withSpeciality(parts: string[], degreeIndex: number, fieldOfStudy = false): string | undefined {
  const degree = parts[degreeIndex]?.trim() ?? '';
  const field = parts[degreeIndex + 1]?.trim() ?? '';
  // LinkedIn names English degrees with their abbreviation: "Bachelor of Science - BS, Computer Science".
  const after = parts[degreeIndex + 2]?.trim() ?? '';
  if (fieldOfStudy && /^(?:bachelor|master|doctor|associate)\b/i.test(degree) && /^\p{Lu}[\p{Lu}.]{1,5}$/u.test(field.replace(/[a-z]/g, '')) && field.length <= 6 && isField(after, true)) {
    return `${degree} - ${field}, ${after}`;
  }
  if (!BARE_DEGREE.test(degree) || !isField(field, fieldOfStudy)) return undefined;
  return `${degree}, ${field}`;
}

function isField(text: string, fieldOfStudy: boolean): boolean {
  if (!/^\p{Lu}/u.test(text) || isSchool(text) || isDegree(text) || namesCountry([text]) || /\d/.test(text)) return false;
  const words = text.split(/\s+/);
  // A town after the diploma ("Bac pro, Lyon", "BTS, La Rochelle") is where it was taken.
  if (LARGE_TOWNS.has(foldText(text).toLowerCase()) || /^(?:la|le|les|saint|sainte|st|sur)$/i.test(words[0]!)) return false;
  // A series in capitals ("ES", "STMG"), or a field of a few words.
  return /^\p{Lu}{1,5}$/u.test(text) || (words.length >= 2 && words.length <= 6) || (fieldOfStudy && words.length === 1 && text.length >= 4);
}

/** "BTS Fluides, Énergies, Domotique – Lycée Jean Jaurès": a diploma whose official name lists its
 *  fields with commas. Two or more capitalised fields after the diploma, up to a school or the end
 *  of the line, are part of its name; a town, a country or a school among them ends nothing and
 *  joins nothing. */
export function withFieldList(parts: string[], degreeIndex: number, own: string): string | undefined {
  const degree = parts[degreeIndex]?.trim() ?? '';
  const fields: string[] = [];
  let index = degreeIndex + 1;
  for (; index < parts.length; index++) {
    const part = parts[index]!.trim();
    if (isSchool(part) || !isListedField(part)) break;
    fields.push(part);
  }
  if (fields.length < 2) return undefined;
  // Only a school, or nothing, may follow the list.
  if (index < parts.length && !isSchool(parts[index]!.trim())) return undefined;
  const written = [degree, ...fields].join(', ');
  return own.includes(written) ? written : undefined;
}

function isListedField(text: string): boolean {
  const words = text.split(/\s+/);
  if (!/^\p{Lu}/u.test(text) || words.length > 3 || /\d/.test(text) || isDegree(text) || namesCountry([text])) return false;
  return !LARGE_TOWNS.has(foldText(text).toLowerCase()) && !/^(?:la|le|les|saint|sainte|st|sur)(?:$|[-\s])/i.test(text);
}
