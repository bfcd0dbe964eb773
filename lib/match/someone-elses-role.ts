// "Signalement des anomalies au chef d'équipe", "Reporting to the team leader": the role after
// "au" / "to" is the person the candidate reports to, not a role they hold. ESCO's "superviser du
// personnel" keeps "chef d'équipe" among our CV phrasings, for "Chef d'équipe depuis 2022".

/** A role the CV can name someone else by, at the start of the words a skill was read from. */
const ROLE = /^(?:chef|cheffe|responsable|manager|supervisor|superviseur|team\s+leader|head|directeur|directrice|encadrant|encadrante)\b/iu;
/** What comes before a role held by another: "au", "à la", "auprès du", "reporting to the". Not a
 *  bare "to" ("Promoted to team leader") nor "a" ("as a supervisor"). */
const TO_SOMEONE = /(?:^|[\s(])(?:au|aux|à|auprès\s+d[eu]|auprès\s+de\s+la|report(?:s|ed|ing)?\s+to|answerable\s+to|accountable\s+to)\s+(?:(?:la|l['’]|the|my|our|mon|ma|son|sa|notre|leur)\s*)?$/iu;

/** Were these words, at `start` in the phrase, the role of someone the candidate reports to? */
export function isSomeoneElsesRole(text: string, start: number, end: number): boolean {
  return ROLE.test(text.slice(start, end)) && TO_SOMEONE.test(text.slice(0, start));
}
