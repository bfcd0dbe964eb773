// Sidebars and narrow columns put a language's level on the line under its name: "Anglais" then
// "Notions", "English" then "B2 – professional". Under a name that said no level, a short line that
// is only a level (a CEFR level, a level word, "langue maternelle") is that language's level.
import { foldKeepingLength } from './fold-text';
import { stripBullet } from './line-style';

/** Longer than this, a line is a sentence, not a level. */
const MAX_LEVEL_LINE = 40;

/** The level a line gives alone, with its text, or null. `levelOf` and `mentionsLanguage` come from
 *  the language reader, so a level here means what it means on the name's own line. */
export function levelLine(
  text: string,
  levelOf: (folded: string) => { level: string | null },
  mentionsLanguage: (folded: string) => boolean,
): { level: string; text: string } | null {
  const line = stripBullet(text).trim();
  if (line === '' || line.length > MAX_LEVEL_LINE) return null;
  const folded = foldKeepingLength(line);
  // A heading, a label ("Permis B") or a date is not a level; another language is its own line.
  if (mentionsLanguage(folded) || /[:：]\s*\S/.test(folded) && !/^\s*niveau\s*[:：]/.test(folded)) return null;
  const { level } = levelOf(folded);
  return level === null ? null : { level, text: line.replace(/(?<![\s.;,])[\s.;,]+$/, '') };
}
