// A Europass CV's "Informations complémentaires" (or any section of other things) is a table whose
// left cells name what the right cells hold: "Certifications<TAB>Habilitation électrique B1V…",
// then "CACES R486…", "SST (Sauveteur Secouriste du Travail)" under it. Read as one "other" section,
// the certificates counted as a mention outside the skills sections. Each labelled row, with the
// unlabelled rows under it, is read as a section of the kind its label names.
import { matchHeading } from '../parse/split-sections';
import type { CvSection, SectionKind, TextLine } from '../types';

/** The kinds a row label may give: those read for skills in their own right. */
const LABEL_KINDS = new Set<SectionKind>(['skills', 'softSkills', 'certifications', 'licences', 'languages', 'interests']);

export function sectionsOfRowLabels(section: CvSection): CvSection[] {
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
