// Finds the candidate's e-mail address. The first address of the CV wins: it sits in the header,
// while later ones tend to belong to referees or employers.
import type { Suggestion, TextLine } from '../types';

const EMAIL = /[A-Za-z0-9._%+-]+(?:\s?@\s?)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

export function extractEmail(lines: TextLine[]): Suggestion | undefined {
  for (const line of lines) {
    const match = EMAIL.exec(line.text);
    if (!match) continue;
    const value = match[0].replace(/\s/g, '').toLowerCase();
    return { value, confidence: 0.98, evidence: { text: match[0], page: line.page } };
  }
  return undefined;
}
