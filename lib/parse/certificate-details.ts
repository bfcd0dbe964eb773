// The lines under a certificate that only date or source it, as job sites export them: "Juin 2021
// à Juin 2024" (Indeed), "AMF · Délivré en mars 2018", "Issued Jan 2022 · No expiration date"
// (LinkedIn), "Card no. 123456". They belong to the certificate above, never a certificate of their own.
import { findDateRanges } from './parse-dates';

/** The note opens the line, or follows the issuer and a middle dot ("AMF · Délivré en mars 2018"). */
const ISSUE_NOTE = /^(?:[^·•|]{1,60}\s[·•|]\s*)?(?:d[ée]livr[ée]e?s?|issued|expir(?:e|es|ed|ation|e\s+le)|no expiration|sans date d['’]expiration|credential id|id de la certification|(?:card|licen[cs]e|registration|membership)\s+(?:no\.?|number|n°)|(?:num[ée]ro|n°)\s+de\s+(?:carte|licence|dipl[ôo]me))(?!\p{L})/iu;

export function isCertificateDetail(text: string): boolean {
  const trimmed = text.trim();
  if (ISSUE_NOTE.test(trimmed)) return true;
  // Only a date or a period, with nothing left that could name a certificate.
  const ranges = findDateRanges(trimmed);
  if (ranges.length === 0) return false;
  let rest = trimmed;
  for (const range of [...ranges].reverse()) rest = rest.slice(0, range.startsAt) + rest.slice(range.endsAt);
  // Letters about a digit name a certificate too: "H0B0 – 2022".
  return !/\p{L}{2}|\p{L}\d\p{L}/u.test(rest.replace(/\b(?:depuis|since|from|de|du|au|à|a|to|until|jusqu['’]?en|valable|valid)\b/giu, ''));
}
