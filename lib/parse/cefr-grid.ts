// The Europass self-assessment grid under a language's name: "LISTENING C1 READING C1 WRITING B2" /
// "SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1", in French "Compréhension orale B2 Lecture C1
// Production orale B2 Interaction orale B2 Écriture B1" (the older grid: "Écouter", "Lire",
// "Prendre part à une conversation", "S'exprimer oralement en continu", "Écrire"). A line made only
// of these skill names and CEFR levels gives the levels of the language named above it.
import { foldText } from './fold-text';

const SKILLS = [
  'spoken production', 'spoken interaction', 'listening', 'reading', 'writing', 'understanding', 'speaking',
  'comprehension orale', 'comprehension ecrite', 'production orale', 'interaction orale', 'production ecrite',
  'prendre part a une conversation', "s'exprimer oralement en continu", 'comprehension', 'expression orale',
  'expression ecrite', 'lecture', 'ecriture', 'ecouter', 'lire', 'ecrire', 'parler',
].sort((a, b) => b.length - a.length);
const SKILL = new RegExp(`(?<![a-z])(?:${SKILLS.join('|')})(?![a-z])`, 'g');
const LEVEL = /(?<![a-z0-9])[abc][12](?![0-9])/g;

/** The CEFR levels of a grid line, or null when the line is not one (at least one skill named
 *  with its level, and nothing else but separators). */
export function gridLevels(text: string): string[] | null {
  const folded = foldText(text);
  const skills = folded.match(SKILL)?.length ?? 0;
  const levels = (folded.match(LEVEL) ?? []).map((level) => level.toUpperCase());
  if (skills === 0 || levels.length === 0 || levels.length > skills) return null;
  const rest = folded.replace(SKILL, ' ').replace(LEVEL, ' ');
  return /^[\s:|·•,;/()–—-]*$/.test(rest) ? levels : null;
}
