// "Formations envisagées :", "Projet de formation", "Planned training:" start with a section
// word but announce training to come: no education obtained. Such a line opens no section, so the
// items under it stay in the section they are written in (mostly the skills), where the skill
// linker reads the plan lead (lib/match/link-skills.ts, lib/match/detect-hedging.ts).
import { isProject } from './planned-markers';

/** Folded heading words that say the training is still to come. */
const PLANNED_TRAINING = /(?:^|\s)(?:projet|plan|programme) de formations?(?:\s|$)|(?:^|\s)a venir(?:\s|$)|(?:^|\s)(?:planned|upcoming|future|intended|scheduled)(?:\s|$)|(?:^|\s)training plan(?:\s|$)/;

/** `words`: the line's heading words, folded (sections/heading-words.ts' headingText). */
export function announcesPlannedTraining(words: string): boolean {
  return isProject(words) || PLANNED_TRAINING.test(words);
}
