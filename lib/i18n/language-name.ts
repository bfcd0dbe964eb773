// A language's name for people, from its code: the browser's own language data (Intl), and our
// names for the codes it does not know. The French creoles of Réunion, the Antilles and Guyane have
// ISO 639-3 codes only (rcf, gcf, gcr) and "Créole" alone is ISO 639-2's French-based creole (cpf);
// Intl names none of them, so the review screen showed "rcf" and a form's "Créole" went unticked.

const NAMES: Record<string, { fr: string; en: string; also: string[] }> = {
  rcf: { fr: 'créole réunionnais', en: 'Réunion Creole', also: ['creole', 'creole de la reunion', 'kreol reyone'] },
  gcf: { fr: 'créole antillais', en: 'Antillean Creole', also: ['creole', 'creole guadeloupeen', 'creole martiniquais', 'guadeloupean creole', 'martinican creole'] },
  gcr: { fr: 'créole guyanais', en: 'Guianese Creole', also: ['creole', 'french guianese creole'] },
  cpf: { fr: 'créole', en: 'French-based creole', also: ['creole'] },
};

/** The name of a language code in French or English ("anglais", "créole réunionnais"), as Intl
 *  gives it when it knows the code, else ours; the code itself when nobody knows it. */
export function languageName(code: string, locale: string): string {
  const iso = code.toLowerCase();
  try {
    const name = new Intl.DisplayNames([locale || 'fr'], { type: 'language' }).of(iso);
    if (name && name.toLowerCase() !== iso) return name;
  } catch {
    // an unknown locale or code: ours below
  }
  const ours = NAMES[iso];
  if (!ours) return code;
  return locale.toLowerCase().startsWith('en') ? ours.en : ours.fr;
}

/** The name as a list or a sentence starts it: "Anglais", "Créole réunionnais". */
export function capitalisedLanguageName(code: string, locale: string): string {
  const name = languageName(code, locale);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Other names forms use for a language Intl does not know ("créole réunionnais", "creole"). */
export function extraLanguageNames(code: string): string[] {
  const ours = NAMES[code.toLowerCase()];
  return ours ? [ours.fr, ours.en, ...ours.also] : [];
}
