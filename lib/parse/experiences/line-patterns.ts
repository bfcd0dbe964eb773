// Patterns several steps of the experience reader test a header line against: a year, a dated line
// that is no job, a placement named as the job. Shared so that every step reads them alike.

/** The words of a dated note that is no job: "Permis B depuis 2010", "Disponible de mars à juin
 *  2026", "Née le …". Whole words: "Antoi|ne Le|roy" is no "née le", "New|born Care Ltd" no "born". */
const NOTE_WORDS = String.raw`(?:permis|driving licen[cs]e|disponib\p{L}*|available|availability|n[ée]e?\s+le|born)(?![\p{L}\p{N}])`;
/** A dated header line holding such a note. */
export const NOT_A_JOB = new RegExp(String.raw`\b${NOTE_WORDS}`, 'iu');
/** The same, opening the line: a note even in an experience section ("Permis B depuis 2010" under
 *  the last job); inside a line it may be a job's ("Chauffeur (permis C) 2015 – 2020"). */
export const NOTE_NOT_A_JOB = new RegExp(String.raw`^[\s•\-–]*${NOTE_WORDS}`, 'iu');
export const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
/** Contracts that say what was done when nothing else does: a placement, volunteering. */
const PLACEMENT_KINDS = String.raw`stage|alternance|apprentissage|b[ée]n[ée]volat|service\s+civique|volontariat|job\s+(?:d['’][ée]t[ée]|[ée]tudiant)|internship|volunteer(?:ing)?|work\s+experience|placement`;
/** The placement alone ("Stage – Leroy Merlin, Lyon"). */
export const ROLE_CONTRACT = new RegExp(`^(?:${PLACEMENT_KINDS})$`, 'iu');
/** A title opening with one ("Stage de 3e", "Job d'été"). */
export const PLACEMENT = new RegExp(`^(?:${PLACEMENT_KINDS})(?!\\p{L})`, 'iu');
