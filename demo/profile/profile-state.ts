// The profile as the page's framework state. Keys equal the `name` of the matching form field, so
// tests can compare the DOM and the state field by field.

export type Civility = '' | 'madame' | 'monsieur' | 'non-precise';

export interface LanguageEntry {
  /** ISO 639-1 code, e.g. "en". */
  langue: string;
  /** "A1" … "C2", "maternelle", or "" when not chosen. */
  niveau: string;
}

export interface TrainingEntry {
  diplome: string;
  etablissement: string;
  /** Year the diploma was obtained, "AAAA". */
  annee: string;
}

export interface ExperienceEntry {
  poste: string;
  employeur: string;
  /** "AAAA-MM", the value of an <input type="month">. */
  debut: string;
  /** "AAAA-MM", or "" when the job is the current one. */
  fin: string;
  posteActuel: boolean;
}

export interface Profile {
  civilite: Civility;
  nom: string;
  prenom: string;
  courriel: string;
  telephone: string;
  adresse: string;
  codePostal: string;
  ville: string;
  metier: string;
  competences: string[];
  savoirEtre: string[];
  langues: LanguageEntry[];
  permis: string[];
  habilitations: string[];
  formations: TrainingEntry[];
  experiences: ExperienceEntry[];
  presentation: string;
  /** Name of the file chosen in "Déposer votre CV", or "". */
  cv: string;
}

export const emptyProfile: Profile = {
  civilite: '',
  nom: '',
  prenom: '',
  courriel: '',
  telephone: '',
  adresse: '',
  codePostal: '',
  ville: '',
  metier: '',
  competences: [],
  savoirEtre: [],
  langues: [],
  permis: [],
  habilitations: [],
  formations: [],
  experiences: [],
  presentation: '',
  cv: '',
};

export const emptyLanguage: LanguageEntry = { langue: '', niveau: '' };
export const emptyTraining: TrainingEntry = { diplome: '', etablissement: '', annee: '' };
export const emptyExperience: ExperienceEntry = {
  poste: '',
  employeur: '',
  debut: '',
  fin: '',
  posteActuel: false,
};

/** Replaces the entry at `index` with a patched copy: the state is never mutated in place. */
export function patchEntry<T>(entries: readonly T[], index: number, patch: Partial<T>): T[] {
  return entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry));
}

export function withoutEntry<T>(entries: readonly T[], index: number): T[] {
  return entries.filter((_, i) => i !== index);
}
