// Month names and "until now" words CVs use, French and English, folded (no accents).

/** Month number by name or abbreviation. */
export const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1,
  fevrier: 2, fevr: 2, fev: 2, february: 2, feb: 2, febr: 2,
  mars: 3, mar: 3, march: 3,
  avril: 4, avr: 4, april: 4, apr: 4,
  mai: 5, may: 5,
  juin: 6, june: 6, jun: 6,
  juillet: 7, juil: 7, july: 7, jul: 7,
  aout: 8, august: 8, aug: 8,
  septembre: 9, sept: 9, sep: 9, september: 9,
  octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11,
  decembre: 12, dec: 12, december: 12,
};

/** Words for an ongoing period: the end of "Janv. 2019 – aujourd'hui". */
export const PRESENT_WORDS = [
  "aujourd'hui", 'aujourd hui', 'auj', 'a ce jour', 'ce jour', 'a present', 'present', 'presente', 'actuellement', 'actuel', 'en cours',
  'maintenant', 'nos jours', 'en poste', 'poste actuel', 'now', 'current', 'currently', 'today', 'to date', 'date', 'ongoing', 'till date', 'till now',
];

/** Words that open a period still going on: "depuis 2021", "since March 2020". */
export const SINCE_WORDS = ['depuis', 'since', 'des', 'from'];

/** Words between the two ends of a period. */
export const RANGE_SEPARATORS = ['-', '–', '—', '→', '->', '>', '>>', '»', '➔', '➜', '➞', '➝', '➡', '➤', '⇒', '=>', '►', '▶', 'à', 'a', 'au', 'to', 'until', 'till', "jusqu'a", "jusqu'en", "jusqu'au", '/', 'et', 'and'];

/** Seasons, and a year's start or end, give only a year: "Été 2023", "Summer 2019", "fin 2020". */
export const SEASONS = [
  // "Saison d'hiver 2016", "saison estivale 2019": the season named with "saison" (a pattern, read
  // before "saison" alone, which left "Saison d'" before the year and lost the job).
  String.raw`saisons?\s+(?:d['’]\s*(?:ete|hiver)|estivales?|hivernales?|ete|hiver)`,
  'etes', 'ete', 'summers', 'summer', 'hiver', 'winter', 'printemps', 'spring', 'automne', 'autumn', 'fall', 'saisons', 'saison',
  'debut', 'fin', 'courant', 'early', 'late', 'mid'];
