// Patterns several steps of the experience reader test a header line against: a year, a dated line
// that is no job, a placement named as the job. Shared so that every step reads them alike.

/** Dated header lines that are no job: "Permis B depuis 2010", "Disponible de mars à juin 2026". */
export const NOT_A_JOB = /permis|driving licen[cs]e|disponib|available|availability|n[ée]e?\s+le|born/i;
export const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
/** Contracts that say what was done when nothing else does: a placement, volunteering. */
const PLACEMENT_KINDS = String.raw`stage|alternance|apprentissage|b[ée]n[ée]volat|service\s+civique|volontariat|job\s+(?:d['’][ée]t[ée]|[ée]tudiant)|internship|volunteer(?:ing)?|work\s+experience|placement`;
/** The placement alone ("Stage – Leroy Merlin, Lyon"). */
export const ROLE_CONTRACT = new RegExp(`^(?:${PLACEMENT_KINDS})$`, 'iu');
/** A title opening with one ("Stage de 3e", "Job d'été"). */
export const PLACEMENT = new RegExp(`^(?:${PLACEMENT_KINDS})(?!\\p{L})`, 'iu');
