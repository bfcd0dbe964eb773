// Interim work as job seekers write it: the status and agencies on the dated line with the trades
// under it, or a trade followed by "en intérim" and the agencies in brackets. The agency is the
// employer and the trade the title; the status is neither.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Kévin Dubois\n06 12 34 56 78\nEXPÉRIENCES\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('interim missions', () => {
  it('reads "Missions intérim (Adecco, Randstad) — 2018 à 2021" over the trades', () => {
    expect(experiencesOf('Missions intérim (Adecco, Randstad) — 2018 à 2021\nManutentionnaire, cariste, agent de quai')).toEqual([
      { title: 'Manutentionnaire', employer: 'Adecco, Randstad', start: '2018', end: '2021' },
    ]);
    expect(experiencesOf('Intérim (Manpower) 2016 - 2019\nPréparatrice de commandes')).toEqual([
      { title: 'Préparatrice de commandes', employer: 'Manpower', start: '2016', end: '2019' },
    ]);
  });

  it('reads "Chauffeur PL en intérim (Manpower, Adecco)": the trade and its agencies', () => {
    expect(experiencesOf('2017-2020 : Chauffeur PL en intérim (Manpower, Adecco)')).toEqual([
      { title: 'Chauffeur PL', employer: 'Manpower, Adecco', start: '2017', end: '2020' },
    ]);
    expect(experiencesOf('2017-2020 : Cariste intérimaire (Synergie)')).toEqual([{ title: 'Cariste', employer: 'Synergie', start: '2017', end: '2020' }]);
  });

  it('reads the agency in a bracket with the status: "Chauffeur PL (intérim Manpower)"', () => {
    expect(experiencesOf('2017-2020 : Chauffeur PL (intérim Manpower)')).toEqual([{ title: 'Chauffeur PL', employer: 'Manpower', start: '2017', end: '2020' }]);
    expect(experiencesOf('2017-2020 : Agent de tri (Randstad - intérim)')).toEqual([{ title: 'Agent de tri', employer: 'Randstad', start: '2017', end: '2020' }]);
  });

  it('leaves a trade without agency as it was', () => {
    expect(experiencesOf('2017-2020 : Cariste en intérim')).toEqual([{ title: 'Cariste en intérim', employer: null, start: '2017', end: '2020' }]);
  });
});
