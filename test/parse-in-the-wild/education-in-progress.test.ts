// A diploma being prepared says so after its name: "BAC PRO Commerce en cours", "BTS MCO (en
// cours)", "BSc Nursing (in progress)". The status is no part of the diploma's name (the
// evidence keeps it for the counsellor), however it is written.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const educationOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Inès Belkacem\n07 81 22 33 44\nFORMATION\n${section}`), 'docx'), { referenceDate: today })
    .education.map(({ degree, school, end, evidence }) => ({ degree, school, end, evidence: evidence.text.split('\n')[0] }));

describe('a diploma in progress', () => {
  it('drops "en cours" after the diploma and keeps it in the evidence', () => {
    expect(educationOf('BAC PRO Métiers du commerce et de la vente en cours\nLycée Déodat de Séverac, Toulouse')).toEqual([
      { degree: 'BAC PRO Métiers du commerce et de la vente', school: 'Lycée Déodat de Séverac', end: null, evidence: 'BAC PRO Métiers du commerce et de la vente en cours' },
    ]);
  });

  it('drops the status in brackets or with "d’obtention", in French and English', () => {
    expect(educationOf('BTS MCO (en cours)').map(({ degree }) => degree)).toEqual(['BTS MCO']);
    expect(educationOf('CAP Cuisine en cours d’obtention – CFA de Blois').map(({ degree, school }) => ({ degree, school }))).toEqual([{ degree: 'CAP Cuisine', school: 'CFA de Blois' }]);
    expect(educationOf('BSc Nursing (in progress)\nUniversity of Leeds').map(({ degree }) => degree)).toEqual(['BSc Nursing']);
  });
});
