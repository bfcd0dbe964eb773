// The place a headline adds after the job: "Cariste en entrepôt", "Aide-soignante en EHPAD",
// "Magasinier en grande distribution", "Cleaner in a hospital". Occupations are not named after
// the place, so its words lowered the match ("cariste" 0.54) or found an occupation that shares
// them ("directeur de grand magasin"). The title without the place is read too; the whole title
// still wins where the place is part of the occupation's name ("Agent de sécurité en magasin").
// A sector that defines the job ("en restauration rapide", "en comptabilité") is no place.

const FRENCH_PLACE =
  /\s+(?:en|dans|au\s+sein\s+d['’]|au\s+sein\s+de|chez)\s+(?:(?:un|une|le|la|les|l['’]|des|d['’]|de)\s*)?(?:milieu\s+\S+|entrep[ôo]ts?|ehpad|ehpa|maisons?\s+de\s+retraite|r[ée]sidences?|cr[èe]ches?|multi-accueil|h[ôo]pital|h[ôo]pitaux|centres?\s+hospitaliers?|cliniques?|cabinets?|magasins?|grandes?\s+distribution|grandes?\s+surfaces?|supermarch[ée]s?|hypermarch[ée]s?|usines?|ateliers?|chantiers?|[ée]coles?|coll[èe]ges?|lyc[ée]es?|agences?|entreprises?|bureaux?|h[ôo]tels?|restaurants?|collectivit[ée]s?|structures?|foyers?|plateformes?|mairies?|PME|TPE)(?![\p{L}\d])[^]*$/iu;
const ENGLISH_PLACE =
  /\s+(?:in|at|within)\s+(?:(?:a|an|the)\s+)?(?:(?:busy|large|small|local|private|public|nhs|high-street|fast-paced)\s+)*(?:hospitals?|nursing\s+homes?|care\s+homes?|residential\s+homes?|warehouses?|factor(?:y|ies)|schools?|restaurants?|shops?|stores?|supermarkets?|offices?|hotels?|nurser(?:y|ies)|clinics?|practices?|kitchens?|distribution\s+centres?)(?![\p{L}\d])[^]*$/iu;

/** The title without the place after it, or undefined when it names none. */
export function withoutWorkplace(title: string): string | undefined {
  for (const place of [FRENCH_PLACE, ENGLISH_PLACE]) {
    const match = place.exec(title);
    if (match && match.index > 0) {
      const job = title.slice(0, match.index).trim();
      if (/\p{L}{2}/u.test(job)) return job;
    }
  }
  return undefined;
}
