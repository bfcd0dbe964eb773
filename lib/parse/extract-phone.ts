// Finds the candidate's phone number with libphonenumber-js (France by default) and gives it in
// E.164. Mobile numbers are preferred over landlines, header numbers over later ones.
import { findNumbers, type CountryCode } from 'libphonenumber-js/max';
import type { Suggestion, TextLine } from '../types';

export function extractPhone(lines: TextLine[], defaultCountry: CountryCode = 'FR'): Suggestion | undefined {
  let best: { suggestion: Suggestion; score: number } | undefined;
  lines.forEach((line, index) => {
    // Dates such as "2016 - 2018" are not phone numbers; libphonenumber already refuses most.
    // POSSIBLE leniency: numbers reserved for fiction (UK 07700 900xxx) are written like real
    // ones and must be found too; validity then sets the confidence.
    const options = { defaultCountry, v2: true, leniency: 'POSSIBLE' } as { defaultCountry: CountryCode; v2: true };
    for (const found of findNumbers(line.text, options)) {
      const number = found.number;
      const valid = number.isValid();
      if (!valid && !number.isPossible()) continue;
      const type = number.getType();
      const mobile = type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
      const score = (valid ? 1 : 0) + (mobile ? 2 : 1) - index / Math.max(lines.length, 1);
      const snippet = line.text.slice(found.startsAt, found.endsAt);
      const explicitPrefix = /^\s*(\+|00)/.test(snippet) || /t[ée]l|phone|mobile|portable|\u260e|\u2706/i.test(line.text);
      const confidence = !valid ? 0.8 : explicitPrefix || mobile ? 0.97 : 0.9;
      if (!best || score > best.score) {
        best = { suggestion: { value: number.number, confidence, evidence: { text: snippet, page: line.page } }, score };
      }
    }
  });
  return best?.suggestion;
}
