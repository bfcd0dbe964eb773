// The language grid of a Europass CV: its column heads ("Comprendre · Parler · Écrire", "Écouter ·
// Lire · Prendre part à une conversation · S'exprimer oralement en continu", "Listening · Reading ·
// Spoken interaction…") and level cells. They describe language levels, which the languages field
// holds; read as skills they give "écouter activement" or "prendre part à des événements".
// So is its digital competence grid written out: "Traitement de l'information : utilisateur
// élémentaire – Communication : utilisateur indépendant – Création de contenu : …" rates the
// person's computer use on a fixed scale; read as skills it gave "structurer l'information" and
// "effectuer un travail de rédaction".

const GRID_TERMS = [
  'comprendre',
  'parler',
  'écrire',
  'écouter',
  'lire',
  'prendre part à une conversation',
  "s'exprimer oralement en continu",
  'production orale',
  'interaction orale',
  'understanding',
  'speaking',
  'writing',
  'listening',
  'reading',
  'spoken interaction',
  'spoken production',
].map((term) => new RegExp(`(?<!\\p{L})${term}(?!\\p{L})`, 'gu'));

/** A line made of the grid's column heads: three or more of them, and little else ("Lire et
 *  comprendre des plans, écrire des rapports" is a skill line). */
export function isLanguageGridLine(text: string): boolean {
  let rest = text.toLowerCase().replace(/’/g, "'");
  let terms = 0;
  for (const term of GRID_TERMS) {
    const without = rest.replace(term, ' ');
    if (without !== rest) terms += 1;
    rest = without;
  }
  const otherWords = rest.split(/[^\p{L}]+/u).filter((word) => word.length > 2);
  return terms >= 3 && otherWords.length <= 2;
}

/** A rating of Europass's digital grid: "utilisateur élémentaire", "Independent user". */
const DIGITAL_RATING = /(?<!\p{L})(?:utilisat(?:eur|rice)\s+(?:[ée]l[ée]mentaire|ind[ée]pendante?|exp[ée]riment[ée]e?|avanc[ée]e?)|(?:basic|independent|proficient)\s+user)(?!\p{L})/giu;

/** A line of the digital grid written out: two of its ratings or more. */
export function isDigitalGridLine(text: string): boolean {
  return (text.match(DIGITAL_RATING)?.length ?? 0) >= 2;
}
