// The French stemmer strips "-iste", "-isme" and "-ite" alike, so "graphiste" (a trade), "graphisme"
// (its craft) and "graphite" (a mineral) share one key. An "-iste" is the one who practises an
// "-isme"; an "-ite" noun is something else (a mineral, an inflammation: "graphite", "bronchite").
// A CV word and a one-word label that share a key only through that confusion are not one word.

const AGENT_OR_CRAFT = /(?:iste|isme)s?$/;
const OTHER_NOUN = /ites?$/;

/** True when the two folded words share a stem only because "-iste"/"-isme" and "-ite" were both
 *  stripped ("graphiste" / "graphite"). */
export function isFalseWordFamily(cvWord: string, labelWord: string): boolean {
  return (AGENT_OR_CRAFT.test(cvWord) && OTHER_NOUN.test(labelWord)) || (OTHER_NOUN.test(cvWord) && AGENT_OR_CRAFT.test(labelWord));
}
