// Hand-built ParsedProfile objects, shaped like the parse stage's output, for match-stage tests.
import { markStatusLines } from '../../lib/parse/mark-status-lines';
import type { ParsedProfile, SectionKind, TextLine } from '../../lib/types';

export function line(text: string, page = 1): TextLine {
  return { text, page };
}

export function profile(
  language: 'fr' | 'en',
  options: {
    jobTitle?: string;
    experienceTitles?: string[];
    sections: [SectionKind, string[]][];
  },
): ParsedProfile {
  const fields: ParsedProfile['fields'] = {};
  if (options.jobTitle) {
    fields.jobTitle = { value: options.jobTitle, confidence: 0.9, evidence: { text: options.jobTitle, page: 1 } };
  }
  return {
    language,
    fields,
    experiences: (options.experienceTitles ?? []).map((title) => ({
      title,
      employer: null,
      start: null,
      end: null,
      evidence: { text: title, page: 1 },
    })),
    education: [],
    languages: [],
    drivingLicences: [],
    certifications: [],
    warnings: [],
    // With the parse stage's marks on them (the status line under an item).
    sections: markStatusLines(
      options.sections.map(([kind, lines], index) => ({
        kind,
        heading: index === 0 && kind === 'header' ? null : kind,
        lines: lines.map((text) => line(text, text.startsWith('[p2] ') ? 2 : 1)).map((l) => ({ ...l, text: l.text.replace('[p2] ', '') })),
      })),
    ),
  };
}
