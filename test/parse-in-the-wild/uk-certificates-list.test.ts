// A UK "Certificates" list: the paediatric first aid certificate given with its length, a forklift
// ticket above a card that has expired, and a grid of two certificates a row. The first was taken
// for a short training ("(12 hours)"), the second for not held (the next item's "expired" read as
// its status), and the second certificate of a grid row was dropped beside a known one.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const certificationsOf = (lines: string[]) =>
  parseProfile(documentOf(plainLines(['Priya Sharma', '+44 7911 556302', 'priya.sharma@gmail.com', 'CERTIFICATES', ...lines].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).certifications.map(({ label }) => label);

describe('a UK certificates list', () => {
  it('reads the paediatric first aid certificate, the forklift ticket, and leaves out the expired card', () => {
    expect(certificationsOf([
      '- Paediatric First Aid (12 hours) – 2023',
      '- Counterbalance & Reach Truck (RTITB) – renewed 2023',
      '- CSCS Green Card (Labourer) – expired 2022',
      '- Level 2 Health & Safety in the Workplace',
    ])).toEqual(['Paediatric First Aid', 'Counterbalance & Reach Truck (RTITB)', 'Level 2 Health & Safety in the Workplace']);
  });

  it('still reads a status line under an item as its status', () => {
    expect(certificationsOf(['- CACES R489 cat. 3', '- not renewed', '- SST'])).toEqual(['SST']);
  });

  it('reads both certificates of a grid row, not the validity beside one', () => {
    expect(certificationsOf(['Emergency First Aid at Work (2024)\tFood Hygiene Level 2', 'Driver CPC\tDriver Qualification Card valid until 09/2028'])).toEqual([
      'Emergency First Aid at Work',
      'Food Hygiene Level 2',
      'Driver CPC',
    ]);
  });
});
