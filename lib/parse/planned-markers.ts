// Words that say a licence or a certificate is only planned or being prepared, so not held:
// "Permis C en cours d'obtention", "CACES R489 envisagé", "FIMO (in progress)".
// "formation en cours d'emploi" (in-service training) is a way of studying, not a pending result.
import { foldText } from './fold-text';

/** Being obtained now: a licence or certificate not held yet, a diploma still to come. */
const IN_PROGRESS = new RegExp(
  [
    String.raw`en cours(?! d'emploi)(?:\s+d'obtention|\s+de (?:validation|passage|preparation)|\s*\)|\s*$|\s*[,.;:–—-]|\s+\(|\s+\d{4})`,
    String.raw`in progress`,
    String.raw`ongoing`,
    String.raw`currently (?:studying|working towards|training)`,
    String.raw`working towards`,
    String.raw`expected`,
    String.raw`pending`,
    String.raw`en attente`,
  ].join('|'),
);

/** Only intended: nothing is being obtained yet. */
const PROJECT = new RegExp(
  [
    String.raw`en preparation`,
    String.raw`a (?:passer|venir|obtenir)`,
    String.raw`envisage(?:e|es|s)?`,
    String.raw`prevu(?:e|es|s)?`,
    String.raw`souhaite(?:e|es|s)?`,
    String.raw`(?:^|\s)(?:en\s+)?projet\s*:`,
    String.raw`\ben projet\b`,
    String.raw`(?:^|\s)(?:je\s+)?prepar(?:er|e)\s+(?:le|la|les|un|une|au|mon|ma)\b`,
    String.raw`(?:^|\s)code (?:de la route )?(?:obtenu|en poche|seul)`,
    String.raw`\bplanned\b`,
    String.raw`\bplan(?:ning)? to\b`,
  ].join('|'),
);

/** A licence or certificate that is not held: planned or still being obtained. */
export function isPlanned(text: string): boolean {
  const folded = foldText(text);
  return PROJECT.test(folded) || IN_PROGRESS.test(folded);
}

/** A diploma only intended (a diploma in progress is listed, with the year it should end). */
export function isProject(text: string): boolean {
  return PROJECT.test(foldText(text));
}
