// A heading that joins the languages with computer skills ("LANGUES ET INFORMATIQUE", "Languages &
// IT") makes one languages section, which is not read for skills: its software ("Anglais : B1 ·
// Word, Excel, logiciels de télégestion") was lost. Its segments that name no language are read as
// a skills section of their own; the language segments stay with the languages field.
import { LANGUAGE_NAMES } from '../parse/language-vocabulary';
import { foldText } from '../taxonomy/label-words';
import type { CvSection, TextLine } from '../types';

const TOOLS_IN_HEADING = /\b(?:informatique|bureautique|logiciels?|outils|numerique|it|computer|software|digital|tools|ict)\b/;
/** Between the items of a line: a middle dot, a bullet, a bar, a semicolon. */
const SEGMENT_BREAK = /\s*[·•|;]\s*/;

/** The computing part of a languages section whose heading names computing too, as a skills section. */
export function toolsBesideLanguages(section: CvSection): CvSection | undefined {
  if (section.kind !== 'languages' || section.heading === null || !TOOLS_IN_HEADING.test(foldText(section.heading))) return undefined;
  const lines: TextLine[] = [];
  for (const line of section.lines) {
    const tools = line.text.split(SEGMENT_BREAK).filter((segment) => segment.trim() !== '' && !namesLanguage(segment));
    if (tools.length > 0) lines.push({ ...line, text: tools.join(' · ') });
  }
  return lines.length === 0 ? undefined : { ...section, kind: 'skills', lines };
}

function namesLanguage(segment: string): boolean {
  return foldText(segment)
    .split(/[^a-z]+/)
    .some((word) => word in LANGUAGE_NAMES);
}
