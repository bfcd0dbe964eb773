// Kinds of one trade word listed after it ("Soudure TIG, MIG, MAG et à l'arc", "Soudure
// TIG/MIG/MAG", "Peinture au pistolet et au rouleau") or, in English, before it ("TIG, MIG and arc
// welding"): each kind is the trade word's, "MIG" alone says nothing. A kind is an acronym (the
// process, the standard) or a short phrase with "à", "au", "en", "par" (the means); a list of
// anything else ("Accueil, vente et encaissement") is no list of kinds.

const ITEM_SEPARATOR = /\s*[,/]\s*|\s+(?:et|and|ou|or|&)\s+/iu;
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/u;
const MEANS = /^(?:[àa]|au|aux|en|par)\s+(?:\S+\s+){0,3}\S+$/iu;
/** The trade word and its first kind: "Soudure TIG", "Peinture au pistolet". */
const HEAD_THEN_KIND = /^(\p{L}[\p{L}'’-]{3,})\s+(\S.*)$/u;
/** The last item of an English list: its kind and the trade word ("arc welding"). */
const KIND_THEN_HEAD = /^(\S+)\s+(\p{L}{4,})$/u;

const isKind = (text: string): boolean => ACRONYM.test(text) || MEANS.test(text);

/** The phrases the kinds stand for, beyond the first one (read as written already). */
export function kindsOfOneHead(text: string): string[] {
  const items = text.split(ITEM_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
  if (items.length < 2 || items.length > 8) return [];
  const first = HEAD_THEN_KIND.exec(items[0]!);
  // The first kind tells the list's shape: all acronyms, or all means ("au pistolet", "au rouleau").
  if (first && isKind(first[2]!) && items.slice(1).every((item) => (ACRONYM.test(first[2]!) ? ACRONYM.test(item) || MEANS.test(item) : MEANS.test(item)))) {
    return items.slice(1).map((kind) => `${first[1]} ${kind}`);
  }
  const last = KIND_THEN_HEAD.exec(items[items.length - 1]!);
  if (last && items.slice(0, -1).every((item) => ACRONYM.test(item))) {
    return items.slice(0, -1).map((kind) => `${kind} ${last[2]}`);
  }
  return [];
}
