// Words that say a licence or a certificate is not held: only planned or being prepared ("Permis C
// en cours d'obtention", "CACES R489 envisagé", "FIMO (in progress)", "exam booked"), or held once
// and no longer ("CACES R489 expiré", "non renouvelé", "lapsed", "suspendu"), or never obtained.
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
    String.raw`a (?:passer|venir|obtenir)`,
    String.raw`envisage(?:e|es|s)?`,
    String.raw`prevu(?:e|es|s)?`,
    String.raw`souhaite(?:e|es|s)?`,
    String.raw`(?:^|\s)(?:en\s+)?projet\s*:`,
    String.raw`\ben projet\b`,
    String.raw`(?:^|\s)(?:je\s+)?prepar(?:er|e)\s+(?:le|la|les|un|une|au|mon|ma)\b`,
    String.raw`(?:^|\s)code (?:de la route )?(?:obtenu|en poche|seul)`,
    // Asked for and not granted yet: "formation demandée à l'employeur", "financement demandé à
    // France Travail". The participle, not the noun ("à la demande de l'employeur").
    String.raw`\bdemandees?\b`,
    // Applied for, not admitted yet: "candidature déposée pour la rentrée", a VAE's "dossier de
    // recevabilité déposé".
    String.raw`\bcandidature (?:envoyee|deposee|transmise|en cours|acceptee pour)\b`,
    String.raw`\bdossier de recevabilite\b`,
    String.raw`\b(?:formation|financement|session|stage|prise en charge|inscription)\s+demande\b`,
    String.raw`\bplanned\b`,
    String.raw`\bplan(?:ning)? to\b`,
  ].join('|'),
);

/** A line that opens with "Projet" names what is only intended: "Projet Licence pro … par VAE",
 *  "Projet CACES R489". Not a student's project ("Projet tutoré", "Projet de fin d'études"). */
const PROJECT_LEAD = /^projet\s+(?!tutore|de fin|professionnel\b|personnel\b)/;

/** The line is an entry of its own, for a thing only intended (PROJECT_LEAD). */
export function opensWithProject(text: string): boolean {
  return PROJECT_LEAD.test(foldText(text).trim());
}

/** Being prepared: studied for now when a diploma says it ("Bac pro Commerce en préparation"),
 *  not held yet when a licence or a certificate does. */
const PREPARING = /en preparation/;

/** Booked or applied for: not held until it is passed. */
const BOOKED = new RegExp(
  [
    String.raw`\bbooked\b`,
    String.raw`\bscheduled (?:for|in|on)\b`,
    String.raw`\bregistered (?:for|on)\b`,
    String.raw`\benrolled (?:on|in|for)\b`,
    String.raw`\binscrite?s? (?:a|au|aux|en|pour)\b`,
    String.raw`\bdossier (?:envoye|depose|transmis)\b`,
  ].join('|'),
);

/** Held once and no longer, or never obtained. Checked on the text before folding accents: French
 *  "expiré" (it has expired) is not "expire en 2028" (it runs until then). */
const LAPSED = new RegExp(
  String.raw`(?<!\p{L})(?:` +
    [
      String.raw`expirée?s?`,
      String.raw`expired`,
      String.raw`p[ée]rim[ée]e?s?`,
      String.raw`(?:non|pas|jamais) (?:renouvel[ée]e?s?|recycl[ée]e?s?|obtenue?s?|valid[ée]e?s?|maintenue?s?|termin[ée]e?s?|achev[ée]e?s?)`,
      String.raw`(?:n'|n’)?(?:est|sont)? ?plus (?:valides?|valables?)`,
      String.raw`[ée]chue?s?`,
      String.raw`[ée]chou[ée]e?s?`,
      // Suspended or withdrawn: not held now.
      String.raw`suspendue?s?|annul[ée]e?s?|retir[ée]e?s?|invalid[ée]e?s?`,
      String.raw`lapsed|not renewed|not (?:completed|finished|maintained)|never completed|no longer valid|out of date|not held|not obtained|never obtained|failed|suspended|revoked|disqualified`,
    ].join('|') +
    String.raw`)(?!\p{L})`,
  'iu',
);

/** A licence or certificate that is not held: planned, being obtained, booked, lapsed. */
export function isNotHeld(text: string): boolean {
  const folded = foldText(text);
  return PROJECT.test(folded) || PROJECT_LEAD.test(folded.trim()) || PREPARING.test(folded) || IN_PROGRESS.test(folded) || BOOKED.test(folded) || LAPSED.test(text);
}

/** Training only intended or being prepared: "Formations en préparation" announces no training done. */
export function isProject(text: string): boolean {
  const folded = foldText(text);
  return PROJECT.test(folded) || PROJECT_LEAD.test(folded.trim()) || PREPARING.test(folded);
}

/** A diploma only intended. A diploma in progress is listed, with the year it should end; so is
 *  one "en préparation", which a pupil or a student writes of the diploma of the current year. */
export function isDiplomaProject(text: string): boolean {
  return PROJECT.test(foldText(text)) || opensWithProject(text);
}
