// The language grid of a Europass CV: its column heads ("Comprendre · Parler · Écrire", "Écouter ·
// Lire · Prendre part à une conversation · S'exprimer oralement en continu", "Listening · Reading ·
// Spoken interaction…") and level cells. They describe language levels, which the languages field
// holds; read as skills they give "écouter activement" or "prendre part à des événements".

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
