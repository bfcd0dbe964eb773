// Trade headlines carry the process or the licence after the job: "Soudeur MIG MAG", "Cariste
// CACES 3", "Tourneur CN", "Welder MIG". Such an acronym is in no occupation label and pulled the
// title's match below the threshold. A trade word with such acronyms is also read without them
// (occupation acronyms, "AS", "ASH", are spelled out before this and are no longer acronyms here).

/** An acronym and the class or number that may follow it ("CACES 3", "R489", "SSIAP 1"). */
const ACRONYM = /(?<![\p{L}\d])\p{Lu}[\p{Lu}\d]{1,5}(?:\s*[/+-]\s*\p{Lu}[\p{Lu}\d]{1,5})*(?:\s+(?:cat\.?\s*)?\d{1,3}[a-z]?)?(?![\p{L}\d])/gu;

/** Heads that say no job by themselves: "Agent AFIS", "Responsable RSE" are the acronym's job. */
const GENERIC_HEAD = /^(?:agent|agente|responsable|directeur|directrice|chef|cheffe|technicien|technicienne|op[ée]rateur|op[ée]ratrice|employ[ée]e?|assistant|assistante|ing[ée]nieur|ing[ée]nieure|charg[ée]e?|conseill[eè]re?|manager|officer|operator|engineer|worker|technician|assistant|specialist|consultant)$/iu;

/** The title without its acronyms, or undefined when it has none or no job is left. */
export function withoutProcessAcronyms(title: string): string | undefined {
  const job = title.replace(ACRONYM, ' ').replace(/\s+/g, ' ').trim();
  // A trade word alone ("Soudeur", "Cariste"): in a longer title the acronym often names the
  // occupation's field ("Patronnier CAO/DAO", "Responsable d'antenne HLM"), which labels say.
  if (job === title.trim() || !/^\p{L}[\p{L}-]{2,}$/u.test(job) || GENERIC_HEAD.test(job)) return undefined;
  return job;
}
