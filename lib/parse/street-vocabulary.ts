// The words that start a French street name ("12 rue…", "Chemin des…", "Bât. C"), for the address
// line (extract-location.ts) and for the town read before a four-digit postcode, which never starts
// with one (four-digit-postcode.ts).
export const STREET_WORDS = String.raw`rue|avenue|av\.?|bd|boulevard|all[ée]e|chemin|ch\.|impasse|imp\.|place|pl\.|route|rte|quai|cours|square|r[ée]sidence|lotissement|lot\.|hameau|voie|sentier|passage|cit[ée]|rond-point|esplanade|parvis|faubourg|fbg|lieu-dit|domaine|villa|clos|mont[ée]e|traverse|promenade|chauss[ée]e|b[âa]timent|b[âa]t\.|appartement|apt|r[ée]s\.`;
