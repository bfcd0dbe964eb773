// How long a job lasted, as its header says when its dates do not: "2018 : Vendeur – Kiabi (3 mois)",
// "Été 2021 – Saisonnier agricole (CDD 6 semaines)". A year alone cannot tell a three-month job
// from a whole year's; the length, kept as written, can. Only in brackets or after a dash, so that
// an age ("enfants de 3 à 6 ans") or a sentence's figure is not taken for it.
const NUMBER = String.raw`\d{1,2}(?:[.,]5)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
const UNIT = String.raw`mois|semaines?|jours?|ans?|ann[ée]es?|months?|weeks?|days?|years?`;
const CONTRACT = String.raw`(?:(?:CDD|CDI|int[ée]rim|mission|contrat|stage|saisonnier|saison|temporary|contract|fixed[- ]term)\s*(?:de\s+|of\s+)?)?`;
const DURATION = new RegExp(String.raw`(?:\(\s*${CONTRACT}|[–—-]\s+${CONTRACT})((?:${NUMBER})\s*(?:${UNIT}))\s*(?:\)|$|[,;])`, 'iu');

export function writtenDuration(header: string): string | null {
  const match = DURATION.exec(header);
  return match ? match[1]!.replace(/\s+/g, ' ') : null;
}

/** A part or a line that gives nothing but a length, where a job's dates would stand: "2 ans" in the
 *  dates column, "Greggs, Leeds | 2 years", "(6 mois)", "Durée : 3 mois". Years count here: alone
 *  in the place of the dates, "2 ans" can only be how long the job lasted. */
const LENGTH_ONLY = new RegExp(String.raw`^\(?\s*(?:(?:dur[ée]e|duration|length)\s*:\s*)?${CONTRACT}((?:${NUMBER})\s*(?:${UNIT}))\s*\)?$`, 'iu');

export function lengthOnly(text: string): string | null {
  const match = LENGTH_ONLY.exec(text.trim());
  return match ? match[1]!.replace(/\s+/g, ' ') : null;
}

/** A line that only says how long, in one or two units: LinkedIn's time at a company under its name
 *  when several positions follow ("8 years 1 month", "6 ans 3 mois", "1 an"). */
const LENGTH_LINE = new RegExp(String.raw`^\(?\s*(?:${NUMBER})\s*(?:${UNIT})(?:,?\s+(?:et\s+|and\s+)?(?:${NUMBER})\s*(?:${UNIT}))?\s*\)?$`, 'iu');

export function isLengthLine(text: string): boolean {
  return LENGTH_LINE.test(text.trim());
}
