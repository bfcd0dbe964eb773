// Finds the candidate's phone number with libphonenumber-js (France by default) and gives it in
// E.164. Mobile numbers are preferred over landlines, header numbers over later ones.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import type { Suggestion, TextLine } from '../types';

export function extractPhone(lines: TextLine[], defaultCountry: CountryCode = 'FR'): Suggestion | undefined {
  let best: { suggestion: Suggestion; score: number } | undefined;
  lines.forEach((line, index) => {
    // Dates such as "2016 - 2018" are not phone numbers; libphonenumber already refuses most.
    for (const found of findPhoneNumbersInText(line.text, { defaultCountry })) {
      const number = found.number;
      if (!number.isValid()) continue;
      const type = number.getType();
      const mobile = type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
      const score = (mobile ? 2 : 1) - index / Math.max(lines.length, 1);
      const snippet = line.text.slice(found.startsAt, found.endsAt);
      const explicitPrefix = /^\s*(\+|00)/.test(snippet) || /t[ée]l|phone|mobile|portable|\u260e|\u2706/i.test(line.text);
      const confidence = explicitPrefix || mobile ? 0.97 : 0.9;
      if (!best || score > best.score) {
        best = { suggestion: { value: number.number, confidence, evidence: { text: snippet, page: line.page } }, score };
      }
    }
  });
  return best?.suggestion;
}
