import type { ReadDocument } from '../types';

// Bidirectional overrides and isolates (a "gpj.exe" that displays as "exe.jpg"), other invisible
// format characters and C0 controls have no place in a profile value: whatever the reader, they are
// removed before parsing, so no suggestion or evidence can carry them. Tabs separate cells and stay.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

export function stripControlCharacters(document: ReadDocument): ReadDocument {
  return {
    ...document,
    lines: document.lines
      .map((line) => ({ ...line, text: line.text.replace(CONTROL_CHARACTERS, '') }))
      .filter((line) => line.text.trim() !== ''),
  };
}
