import { describe, expect, it } from 'vitest';
import { markStatusLines } from '../../lib/parse/mark-status-lines';
import type { CvSection, TextLine } from '../../lib/types';

const lines = (...texts: [string, number?][]): TextLine[] => texts.map(([text, page = 1]) => ({ text, page }));

describe('markStatusLines', () => {
  it('marks each line above a short line (a possible status), on the same page, never a long one or one with its own status', () => {
    const section: CvSection = {
      kind: 'certifications',
      heading: 'Habilitations',
      lines: lines(
        ['CACES R490 grue auxiliaire'],
        ['– formation prévue en 2027'],
        ['SST'],
        ['PSC1 – échoué à l’examen'],
        ['Permis bateau côtier'],
        ['(en cours d’obtention)', 2],
        ['Habilitation électrique B1V, BR et H0 obtenue en 2019 auprès de l’APAVE'],
      ),
    };
    const [marked] = markStatusLines([section]);
    expect(marked!.lines.map((line) => line.statusBelow ?? null)).toEqual([
      '– formation prévue en 2027',
      // A short item has the shape too: its words ("SST") give no status, which the readers see.
      'SST',
      // "PSC1 – échoué à l'examen" is an item of its own, with its own status.
      null,
      'Permis bateau côtier',
      // The line below is on the next page: not this item's status.
      null,
      null,
      null,
    ]);
  });
});
