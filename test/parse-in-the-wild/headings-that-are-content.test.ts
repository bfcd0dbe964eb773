// Lines in capitals that start with a heading word but are content: "CACES 1, 3, 5", "PERMIS B".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('content lines in capitals that begin with a heading word', () => {
  it('keeps "CACES 1, 3, 5" under CERTIFICATIONS as CACES certificates', () => {
    const profile = parse(`Thomas Leroy
Cariste
06 12 34 56 78
CERTIFICATIONS
CACES 1, 3, 5
SST
LANGUES
Anglais : notions`);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(
      expect.arrayContaining(['CACES cat. 1', 'CACES cat. 3', 'CACES cat. 5', 'SST']),
    );
  });

  it('keeps "PERMIS B" in the header as the B licence', () => {
    const profile = parse(`Thomas Leroy
Cariste
06 12 34 56 78
PERMIS B
EXPÉRIENCE
Cariste, Geodis, Lille, 2019 - 2024`);
    expect(profile.drivingLicences).toEqual(['B']);
  });

  it('does not join a certificate in capitals ("SST") to the heading above it', () => {
    const profile = parse(`Thomas Leroy
06 12 34 56 78
CERTIFICATIONS
SST
HACCP`);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(expect.arrayContaining(['SST', 'HACCP']));
  });
});
