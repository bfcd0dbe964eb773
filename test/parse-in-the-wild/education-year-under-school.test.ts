// Diplomas set on three lines, the year last: "Diplôme d'État…" / "IFAP de Lyon" / "2018". The
// year under an entry is that entry's, not the next diploma's; a CV that puts the year above its
// diplomas keeps that reading.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const educationOf = (heading: string, section: string) =>
  parseProfile(documentOf(plainLines(`Camille Nguyen\n06 11 22 33 44\n${heading}\n${section}`), 'docx'), { referenceDate: today })
    .education.map(({ degree, school, end }) => ({ degree, school, end }));

describe('the year under a diploma', () => {
  it('gives the year under the school to that diploma, and the next year to the next one', () => {
    expect(educationOf('Formation', "Diplôme d'État d'Auxiliaire de Puériculture\nIFAP de Lyon\n2018\nCAP Accompagnant Éducatif Petite Enfance\n2016")).toEqual([
      { degree: "Diplôme d'État d'Auxiliaire de Puériculture", school: 'IFAP de Lyon', end: '2018' },
      { degree: 'CAP Accompagnant Éducatif Petite Enfance', school: null, end: '2016' },
    ]);
  });

  it('reads an English period under the university ("Sep 13 - Jun 16")', () => {
    expect(educationOf('EDUCATION', 'BA (Hons) Business Management\nUniversity of Leeds\nSep 13 - Jun 16\nA-Levels: Maths (A), Economics (B)\nLeeds City College\n2011 - 2013')).toEqual([
      { degree: 'BA (Hons) Business Management', school: 'University of Leeds', end: '2016' },
      { degree: 'A-Levels: Maths (A), Economics (B)', school: 'Leeds City College', end: '2013' },
    ]);
  });

  it('keeps the year above the diploma when the CV puts it there', () => {
    expect(educationOf('Formation', '2018\nBTS Comptabilité et gestion\nLycée La Martinière, Lyon\n2016\nBac STMG\nLycée Ampère, Lyon')).toEqual([
      { degree: 'BTS Comptabilité et gestion', school: 'Lycée La Martinière', end: '2018' },
      { degree: 'Bac STMG', school: 'Lycée Ampère', end: '2016' },
    ]);
  });
});
