// One ESCO occupation and the job titles job seekers write for it on a CV that ESCO's own labels do
// not say ("Agent de service hospitalier", "Téléconseiller", "Care assistant"). Added to the
// concept as hidden labels, each French title in both genders ("Téléconseiller / Téléconseillère").

export interface JobTitlePhrase {
  /** ESCO occupation URI. */
  id: string;
  fr?: string[];
  en?: string[];
}

export const OCCUPATION = 'http://data.europa.eu/esco/occupation/';
