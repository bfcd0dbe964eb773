// French ways of dating a job beyond the usual "2019 – 2021": "en poste", a full day
// ("1er mars 2021 – 31 août 2021"), "Depuis le 1er mars 2021".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const periodsOf = (dateLine: string) =>
  parseProfile(documentOf(plainLines(`Julie Morel
06 12 34 56 78
EXPÉRIENCE PROFESSIONNELLE
${dateLine}
Agent d'accueil
Mairie de Lens`), 'docx'), { referenceDate: today }).experiences.map(({ title, start, end }) => ({ title, start, end }));

describe('French date phrases of a job', () => {
  it('reads "2019 - en poste" as a job still held', () => {
    expect(periodsOf('2019 - en poste')).toEqual([{ title: "Agent d'accueil", start: '2019', end: 'present' }]);
  });

  it('reads "Depuis le 1er mars 2021" as a job still held', () => {
    expect(periodsOf('Depuis le 1er mars 2021')).toEqual([{ title: "Agent d'accueil", start: '2021-03', end: 'present' }]);
  });

  it('reads "1er mars 2021 – 31 août 2021" as one period from March to August', () => {
    expect(periodsOf('1er mars 2021 – 31 août 2021')).toEqual([{ title: "Agent d'accueil", start: '2021-03', end: '2021-08' }]);
  });

  it('reads "Octobre 2020 - à ce jour", "2019 – auj." and "de 2015 à 2018" (sound today)', () => {
    expect(periodsOf('Octobre 2020 - à ce jour')).toEqual([{ title: "Agent d'accueil", start: '2020-10', end: 'present' }]);
    expect(periodsOf('2019 – auj.')).toEqual([{ title: "Agent d'accueil", start: '2019', end: 'present' }]);
    expect(periodsOf('de 2015 à 2018')).toEqual([{ title: "Agent d'accueil", start: '2015', end: '2018' }]);
  });
});
