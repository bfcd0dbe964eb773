// "Formations" lists that mix diplomas and short trainings: a module or a training under a diploma
// is an entry of its own, never the school of the diploma above it.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const educationOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Nadia Benali\n06 22 33 44 55\nFORMATIONS\n${section}`), 'docx'), { referenceDate: today })
    .education.map(({ degree, school, end }) => ({ degree, school, end }));

describe('trainings among diplomas', () => {
  it('gives no school to a diploma from the module or training listed under it', () => {
    expect(
      educationOf(`2014 : BTS Assistant de manager – Lycée Ampère, Lyon
2012 : Baccalauréat STMG
Module « Paie et déclarations sociales » – Greta Lyon (2020)
2010 : Brevet des collèges
Formation Gestes et postures – AFPA Vénissieux`),
    ).toEqual([
      { degree: 'BTS Assistant de manager', school: 'Lycée Ampère', end: '2014' },
      { degree: 'Baccalauréat STMG', school: null, end: '2012' },
      { degree: 'Brevet des collèges', school: null, end: '2010' },
    ]);
  });

  it('still reads the school on the line under a diploma', () => {
    expect(educationOf('CAP Cuisine\nCFA Médéric, Paris – 2016')).toEqual([{ degree: 'CAP Cuisine', school: 'CFA Médéric', end: '2016' }]);
  });
});
