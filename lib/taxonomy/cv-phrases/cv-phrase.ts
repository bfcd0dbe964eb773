// One ESCO skill concept and how job seekers write it on a CV, in French and British English:
// nouns of action, trade jargon and shorthand that ESCO's own labels do not say ("Plonge" for
// "laver la vaisselle", "Tills" for "operate cash register"). Added to the concept as hidden labels.

export interface CvPhrase {
  /** ESCO skill URI. */
  id: string;
  fr?: string[];
  en?: string[];
}

export const SKILL = 'http://data.europa.eu/esco/skill/';
