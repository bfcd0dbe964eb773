// "WASSCE (West African Senior School Certificate) – Government College Umuahia, Nigeria – 2012" in
// an education section is the candidate's school diploma, but its name says "Certificate": it was
// listed among the certifications. And a childminder's approval listed under a diploma ("Agrément
// d'assistante maternelle pour 4 enfants – PMI du Rhône") was taken for that diploma's school.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const profileOf = (heading: string, lines: string[]) =>
  parseProfile(documentOf(plainLines(['Chidi Okafor', 'Senior Care Worker', 'chidi.okafor@gmail.com', heading, ...lines].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') });

describe('school certificates and approvals in an education section', () => {
  it('a school-leaving certificate is a diploma, not a certification', () => {
    const profile = profileOf('EDUCATION & TRAINING', [
      'Level 3 Diploma in Adult Care – Birmingham Metropolitan College – 2021',
      'WASSCE (West African Senior School Certificate) – Government College Umuahia, Nigeria – 2012',
    ]);
    expect(profile.education.map((entry) => [entry.degree, entry.school, entry.end])).toEqual([
      ['Level 3 Diploma in Adult Care', 'Birmingham Metropolitan College', '2021'],
      ['WASSCE (West African Senior School Certificate)', 'Government College Umuahia', '2012'],
    ]);
    expect(profile.certifications).toEqual([]);
  });

  it('an approval under a diploma is no school of it', () => {
    const profile = profileOf('DIPLÔMES ET AGRÉMENTS', [
      'CAP Accompagnant éducatif petite enfance – 2015 (VAE)',
      "Agrément d'assistante maternelle pour 4 enfants – PMI du Rhône – renouvelé en 2021",
    ]);
    expect(profile.education.map((entry) => [entry.degree, entry.school, entry.end])).toEqual([
      ['CAP Accompagnant éducatif petite enfance', null, '2015'],
    ]);
  });
});
