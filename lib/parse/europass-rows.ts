// The former Europass CV (still common in France) is a two-column table: a label cell ("Dates",
// "Fonction ou poste occupé", "Nom et adresse de l'employeur") beside each value, which the DOCX
// and PDF readers give as "label<TAB>value". Read as they are, the labels became values (every job
// titled "Dates"). Each entry row keeps its value only, and within an entry the title and the
// employer come right after the dates, before the activities, as the entry steps expect.
import type { TextLine } from '../types';
import { foldText } from './fold-text';

type EntryRole = 'dates' | 'title' | 'employer' | 'details';

const ENTRY_LABELS: [RegExp, EntryRole][] = [
  [/^dates?$/, 'dates'],
  [/^(fonction ou poste occupe|poste occupe|fonction|occupation or position held|position held)$/, 'title'],
  [/^(intitule du certificat ou diplome delivre|intitule du diplome|diplome obtenu|title of qualification awarded|qualification awarded)$/, 'title'],
  [/^(nom et adresse de l'?employeur|employeur|name and address of employer|employer)$/, 'employer'],
  [/^(nom et type de l'?etablissement( d'?enseignement( ou de formation)?)?|etablissement|name and type of organisation providing education and training|organisation providing education and training)$/, 'employer'],
  [/^(principales activites et responsabilites|activites et responsabilites|type ou secteur d'?activite|secteur d'?activite|principales matieres\/competences professionnelles couvertes|niveau dans la classification nationale ou internationale|main activities and responsibilities|type of business or sector|principal subjects\/occupational skills covered|level in national or international classification)$/, 'details'],
];

function roleOf(label: string): EntryRole | undefined {
  const folded = foldText(label).replace(/[’]/g, "'").replace(/\s*[:：]\s*$/, '').replace(/\s+/g, ' ').trim();
  return ENTRY_LABELS.find(([pattern]) => pattern.test(folded))?.[1];
}

/** The personal rows of the same table: "Nom", "Adresse", "Langue(s) maternelle(s)"… ("Autre(s)
 *  langue(s)" heads lines that each name a language and its level: they are read as they are). */
const PERSONAL_LABEL = /^(nom|prenoms?|nom\s*\/\s*prenoms?|nom et prenoms?|adresses?|telephones?|portable|telecopie|courrier electronique|e-?mail|nationalite|date de naissance|sexe|langues?\(?s?\)? maternelles?\(?s?\)?)$/;

/**
 * A Europass CV copied out of its table gives each label on a line of its own, its value on the
 * next ("Dates" / "Septembre 2020 – aujourd'hui" / "Fonction ou poste occupé" / "Aide-soignante"):
 * the two lines are put back as one row, "label<TAB>value", as the table gives them.
 */
function joinLabelLines(lines: TextLine[]): TextLine[] {
  const labelOf = (line: TextLine | undefined) => {
    if (!line || line.text.includes('\t')) return undefined;
    const folded = foldText(line.text).replace(/\s*[:：]\s*$/, '').replace(/\s+/g, ' ').trim();
    return roleOf(line.text) ?? (PERSONAL_LABEL.test(folded) ? 'personal' : undefined);
  };
  const alone = lines.map(labelOf);
  if (!alone.includes('dates') || !alone.includes('title')) return lines;
  const result: TextLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const value = lines[index + 1];
    if (alone[index] !== undefined && value && alone[index + 1] === undefined && value.page === line.page) {
      result.push({ ...line, text: `${line.text.trim()}\t${value.text.trim()}` });
      index++;
      continue;
    }
    result.push(line);
  }
  return result;
}

export function unlabelEuropassRows(input: TextLine[]): TextLine[] {
  const lines = joinLabelLines(input);
  const read = lines.map((line) => {
    const [label = '', ...cells] = line.text.split('\t');
    const role = cells.length > 0 ? roleOf(label) : undefined;
    const value = cells.join('\t').trim();
    return role && value ? { line: { ...line, text: value }, role } : { line, role: undefined };
  });
  // Only a CV that labels its entries this way (a dates row and a title row) is rewritten.
  if (!read.some((row) => row.role === 'dates') || !read.some((row) => row.role === 'title')) return lines;
  const result: TextLine[] = [];
  for (let index = 0; index < read.length; ) {
    if (read[index]!.role !== 'dates') {
      result.push(read[index]!.line);
      index++;
      continue;
    }
    // One entry: its dates row and the labelled rows up to the next dates row or unlabelled line.
    let end = index + 1;
    while (end < read.length && read[end]!.role !== undefined && read[end]!.role !== 'dates') end++;
    const entry = read.slice(index, end);
    const order: EntryRole[] = ['dates', 'title', 'employer', 'details'];
    for (const role of order) for (const row of entry) if (row.role === role) result.push(row.line);
    index = end;
  }
  return result;
}
