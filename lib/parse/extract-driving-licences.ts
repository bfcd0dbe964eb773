// Finds the driving licence categories held: "Permis B", "permis B, C et CE", "Permis BE",
// "Permis poids lourd", "Full UK driving licence" (= B), or the categories listed under a
// "Permis" heading. A category only being prepared ("Permis C en cours") is not held.
import type { CvSection } from '../types';
import { linesUnderPlanLead } from './plan-lead-lines';
import { isNotHeld } from './planned-markers';

export interface DrivingLicence {
  category: string;
  evidence: { text: string; page: number };
}

const CATEGORY = String.raw`(?:AM|A1|A2|A|B1|BE|B96|B|C1E|C1|CE|C|D1E|D1|DE|D)`;
// Categories are written in capitals; lower case "de" or "a" are words, not categories.
const CATEGORY_LIST = new RegExp(String.raw`^(?:\s*(?:[Cc]at(?:[ée]gories?|egory|egories|\.)?|CAT[ÉE]GORIES?)?\s*[:\-–]?\s*)((?:${CATEGORY}(?![\w])(?:\s*(?:,|;|/|\+|&|-|–|et|and|ou|or)?\s*)?)+)`);
const LICENCE_WORD = /\b(?:permis(?:\s+de\s+conduire)?|driving\s+licen[cs]es?|driver'?s\s+licen[cs]e)\b/i;
/** Names of licences instead of letters. */
const NAMED: [RegExp, string][] = [
  [/\bpermis\s+(?:vl|voiture|auto(?:mobile)?)\b/i, 'B'],
  [/\bpermis\s+(?:poids[- ]lourds?|pl)\b/i, 'C'],
  [/\bpermis\s+(?:super[- ]lourd|spl)\b/i, 'CE'],
  // "Permis moto", and the second licence of "Permis auto et moto".
  [/\bpermis\s+(?:(?:vl|voiture|auto(?:mobile)?|b)\s*(?:et|\+|&|\/)\s*)?moto(?:cyclette)?\b/i, 'A'],
  [/\bpermis\s+(?:transport\s+en\s+commun|tc)\b/i, 'D'],
  // UK lorry licences by class: "HGV Class 1" is C+E, "LGV Class 2" is C.
  [/\b(?:hgv|lgv)\s+(?:class|cat(?:egory)?)\s*1\b|\bclass\s*1\s+(?:hgv|lgv)\b/i, 'CE'],
  [/\b(?:hgv|lgv)\s+(?:class|cat(?:egory)?)\s*2\b|\bclass\s*2\s+(?:hgv|lgv)\b/i, 'C'],
  [/\b(?:full|clean|valid|current)\s+(?:uk\s+|eu\s+|european\s+)?(?:manual\s+)?(?:car\s+)?driving\s+licen[cs]e\b/i, 'B'],
  [/\b(?:uk|eu)\s+driving\s+licen[cs]e\b/i, 'B'],
  // "Full clean UK licence": in a UK CV a clean licence is the driving licence, said or not.
  [/\bfull\s+clean\s+(?:uk\s+|eu\s+|european\s+)?(?:manual\s+)?(?:car\s+)?licen[cs]e\b/i, 'B'],
  // "JIB Gold Card | CSCS | Full UK licence": a full licence of a country is the driving licence.
  [/\bfull\s+(?:uk|eu|european|british|irish)\s+(?:manual\s+)?(?:car\s+)?licen[cs]e\b/i, 'B'],
];
/** "Full UK licence", "Valid EU licence": the car licence, once the line is about driving. */
const PLAIN_LICENCE = /\b(?:full|clean|valid|current)\s+(?:clean\s+)?(?:uk\s+|eu\s+|european\s+)?(?:manual\s+)?(?:car\s+)?licen[cs]e\b/i;
/** Categories written before the licence word: "Category B driving licence", "Class C1 licence",
 *  "Catégorie B du permis de conduire". */
const CATEGORIES_BEFORE = new RegExp(String.raw`\b(?:[Cc]at(?:egory|egories|[ée]gories?|\.)?|[Cc]lass)\s*((?:${CATEGORY}(?![\w])(?:\s*(?:,|/|\+|&|and|et)\s*)?)+)\s*(?:(?:driving\s+|driver'?s\s+)?licen[cs]es?\b|du\s+permis\b)`);
/** Where a clause ends: a comma or bullet, a dash, a full stop, or "et / and" before a second licence
 *  word ("Permis B et permis C en cours"), not before more categories ("Cat. B and C licence"). */
const CLAUSE_BREAK = new RegExp(String.raw`[,;•·|\t]|\s[–—]\s|(?<!\b[Cc]at)\.\s|\s(?:et|and|&|\+)\s+(?=permis\b|(?!${CATEGORY}\b)(?:[\w'-]+\s+){0,3}licen[cs]es?\b)`, 'i');
const ORDER = ['AM', 'A1', 'A2', 'A', 'B1', 'B', 'BE', 'B96', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE'];

export function extractDrivingLicences(sections: CvSection[]): DrivingLicence[] {
  const found = new Map<string, DrivingLicence>();
  for (const section of sections) {
    const planned = linesUnderPlanLead(section.lines);
    for (const line of section.lines) {
      if (planned.has(line)) continue;
      for (const category of licencesOfLine(line.text, section.kind === 'licences' || namesLicence(section))) {
        if (!found.has(category)) found.set(category, { category, evidence: { text: line.text.trim(), page: line.page } });
      }
    }
  }
  return [...found.values()].sort((a, b) => ORDER.indexOf(a.category) - ORDER.indexOf(b.category));
}

/** "Permis et CACES", "Licences & tickets": a certificates section whose heading names the
 *  licence too, where a bare "B" is the licence as under "Permis". */
function namesLicence(section: CvSection): boolean {
  return section.kind === 'certifications' && section.heading !== null && /(?<![\p{L}])(?:permis|licen[cs]es?)(?![\p{L}])/iu.test(section.heading);
}

/** Categories held according to one line; in a licences section the word "permis" is optional. */
export function licencesOfLine(text: string, inSection: boolean): string[] {
  const categories: string[] = [];
  // UK writing of trailer categories: "C+E" is CE, "C1+E" is C1E; and the French one before 2013:
  // "EC" or "E(C)" is CE, "EB" is BE, "ED" is DE.
  const normalised = text.replace(/\b(B|C1|C|D1|D)\s?\+\s?E\b/g, '$1E').replace(/\bE\s?(?:\(([BCD])\)|([BCD])\b)/g, (_, bracketed?: string, bare?: string) => `${bracketed ?? bare}E`);
  // Each clause stands alone: "Permis B, C en cours" holds B only, and so does "Permis B et permis C
  // en cours" (a second licence word after "et / and" starts a clause of its own).
  const clauses = normalised.split(CLAUSE_BREAK);
  let licenceContext = false;
  for (const clause of clauses) {
    const hasWord = LICENCE_WORD.test(clause);
    if (hasWord) licenceContext = true;
    const planned = isNotHeld(clause);
    for (const [pattern, category] of NAMED) {
      if (pattern.test(clause) && !planned) categories.push(category);
    }
    if (planned) continue;
    if ((hasWord || inSection || licenceContext) && PLAIN_LICENCE.test(clause)) categories.push('B');
    const before = CATEGORIES_BEFORE.exec(clause);
    if (before?.[1]) categories.push(...categoriesOf(before[1]));
    const wordMatch = LICENCE_WORD.exec(clause);
    let rest: string | undefined;
    if (wordMatch) rest = clause.slice(wordMatch.index + wordMatch[0].length);
    else if (inSection || licenceContext) rest = clause;
    if (rest === undefined) continue;
    // Words such as "obtenu", "valide" or a parenthesis may sit between "permis" and the letters.
    const list = CATEGORY_LIST.exec(rest.replace(/^\s*(?:obtenu|valide|valid|held|:|\()\s*/i, ''));
    if (!list?.[1]) {
      if (!hasWord) licenceContext = false;
      continue;
    }
    categories.push(...categoriesOf(list[1]));
    // A clause with no category after the licence words ends the list.
    if (!inSection && !hasWord && list[1].trim() === '') licenceContext = false;
  }
  return [...new Set(categories)];
}

function categoriesOf(list: string): string[] {
  return list
    .split(/[\s,;/+&–-]+|\bet\b|\band\b|\bou\b|\bor\b/i)
    .map((token) => token.trim().toUpperCase())
    .filter((category) => ORDER.includes(category));
}
