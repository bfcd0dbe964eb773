// Choices offered by the selects and checkboxes of the profile page.

export interface Option {
  value: string;
  label: string;
}

/** Values are ISO 639-1 codes; labels are what a French job seeker reads. */
export const languageOptions: Option[] = [
  { value: 'fr', label: 'Français' },
  { value: 'en', label: 'Anglais' },
  { value: 'es', label: 'Espagnol' },
  { value: 'de', label: 'Allemand' },
  { value: 'it', label: 'Italien' },
  { value: 'pt', label: 'Portugais' },
  { value: 'nl', label: 'Néerlandais' },
  { value: 'ar', label: 'Arabe' },
  { value: 'zh', label: 'Chinois' },
  { value: 'ja', label: 'Japonais' },
  { value: 'ru', label: 'Russe' },
  { value: 'uk', label: 'Ukrainien' },
  { value: 'pl', label: 'Polonais' },
  { value: 'ro', label: 'Roumain' },
  { value: 'tr', label: 'Turc' },
  { value: 'vi', label: 'Vietnamien' },
  { value: 'wo', label: 'Wolof' },
  { value: 'sw', label: 'Swahili' },
];

export const levelOptions: Option[] = [
  { value: 'A1', label: 'A1 — Débutant' },
  { value: 'A2', label: 'A2 — Élémentaire' },
  { value: 'B1', label: 'B1 — Intermédiaire' },
  { value: 'B2', label: 'B2 — Intermédiaire avancé' },
  { value: 'C1', label: 'C1 — Avancé' },
  { value: 'C2', label: 'C2 — Maîtrise' },
  { value: 'maternelle', label: 'Langue maternelle' },
];

/** French driving licence categories; the value is the category code printed on the licence. */
export const licenceOptions: Option[] = [
  { value: 'AM', label: 'AM (cyclomoteur)' },
  { value: 'A1', label: 'A1 (moto légère)' },
  { value: 'A2', label: 'A2 (moto intermédiaire)' },
  { value: 'A', label: 'A (moto)' },
  { value: 'B', label: 'B (voiture)' },
  { value: 'BE', label: 'BE (voiture et remorque)' },
  { value: 'C1', label: 'C1 (camion léger)' },
  { value: 'C1E', label: 'C1E' },
  { value: 'C', label: 'C (poids lourd)' },
  { value: 'CE', label: 'CE (poids lourd et remorque)' },
  { value: 'D1', label: 'D1 (minibus)' },
  { value: 'D1E', label: 'D1E' },
  { value: 'D', label: 'D (autocar, autobus)' },
  { value: 'DE', label: 'DE' },
];
