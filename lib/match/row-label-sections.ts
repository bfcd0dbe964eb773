// A Europass CV's "Informations complémentaires" (or any section of other things) is a table whose
// left cells name what the right cells hold: "Certifications<TAB>Habilitation électrique B1V…",
// then "CACES R486…", "SST (Sauveteur Secouriste du Travail)" under it. Read as one "other" section,
// the certificates counted as a mention outside the skills sections. Each labelled row, with the
// unlabelled rows under it, is read as a section of the kind its label names. The Europass 2013
// "Compétences personnelles" table holds its languages first: where "Autre(s) langue(s)" opened a
// languages section, the rows after the grid ("Compétences liées à l'emploi<TAB>Brasage…") are
// still the skills they name.
import { matchHeading } from '../parse/split-sections';
import type { CvSection, SectionKind, TextLine } from '../types';

/** The kinds a row label may give: those read for skills in their own right. */
const LABEL_KINDS = new Set<SectionKind>(['skills', 'softSkills', 'certifications', 'licences', 'languages', 'interests']);

export function sectionsOfRowLabels(section: CvSection): CvSection[] {
  if (section.kind === 'languages') return languagesThenRows(section);
  if (section.kind !== 'other') return [section];
  const parts: CvSection[] = [{ ...section, lines: [] }];
  for (const line of section.lines) {
    const [label, ...cells] = line.text.split('\t');
    const heading = cells.length > 0 && label ? matchHeading(label.trim()) : undefined;
    if (heading?.whole && LABEL_KINDS.has(heading.kind)) {
      const content: TextLine = { ...line, text: cells.join('\t').trim() };
      parts.push({ ...section, kind: heading.kind, heading: label!.trim(), lines: content.text === '' ? [] : [content] });
    } else if (cells.length > 0 && parts.length > 1) {
      // Another row's label ends the labelled run.
      parts.push({ ...section, lines: [line] });
    } else {
      parts[parts.length - 1]!.lines.push(line);
    }
  }
  return parts.filter((part) => part.lines.length > 0);
}

/** A languages section ends at the first row labelled with another heading ("Compétences en
 *  communication", "Compétences liées à l'emploi"): those rows are read as the table's other rows. */
function languagesThenRows(section: CvSection): CvSection[] {
  const end = section.lines.findIndex((line) => {
    const [label, ...cells] = line.text.split('\t');
    const heading = cells.length > 0 && label ? matchHeading(label.trim()) : undefined;
    return heading !== undefined && heading.kind !== 'languages';
  });
  if (end <= 0) return [section];
  return [{ ...section, lines: section.lines.slice(0, end) }, ...sectionsOfRowLabels({ ...section, kind: 'other', heading: null, lines: section.lines.slice(end) })];
}
