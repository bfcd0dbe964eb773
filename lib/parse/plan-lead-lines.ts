// A plan lead on a line of its own ("Formations envisagées :", "À passer :", "Planned training:",
// "FORMATIONS PRÉVUES") and the lines under it, up to the next lead ("Acquis :") or the end of
// the section: what is listed there is not held yet, so no certificate or licence is read from it.
// The skill linker reads the same leads for its plan hedge (lib/match/link-skills.ts).
import type { TextLine } from '../types';
import { foldText } from './fold-text';
import { isNotHeld } from './planned-markers';
import { announcesPlannedTraining } from './planned-training-heading';

const LEAD_WORDS = 6;
const TRAINING_WORD = /(?:^|\s)(?:formations?|training|courses?|certifications?)(?:\s|$)/;

export function linesUnderPlanLead(lines: TextLine[]): Set<TextLine> {
  const covered = new Set<TextLine>();
  let planned = false;
  for (const line of lines) {
    const text = line.text.trim();
    const words = text.split(/\s+/).length;
    const folded = foldText(text).replace(/[^\p{L}\p{N}'\- ]+/gu, ' ').replace(/\s+/g, ' ').trim();
    const plannedWords = isNotHeld(text) || announcesPlannedTraining(folded);
    if (/[:：]$/.test(text) && words <= LEAD_WORDS) {
      planned = plannedWords;
      continue;
    }
    // A plan heading left in the section may go without a colon ("FORMATIONS PRÉVUES"); an item
    // with its own status ("CACES envisagé") leads nothing.
    if (words <= 3 && TRAINING_WORD.test(folded) && announcesPlannedTraining(folded)) {
      planned = true;
      continue;
    }
    if (planned) covered.add(line);
  }
  return covered;
}
