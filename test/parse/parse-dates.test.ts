import { describe, expect, it } from 'vitest';
import { findDateRanges } from '../../lib/parse/parse-dates';

const today = new Date('2026-03-15');
const periods = (text: string) => findDateRanges(text, today).map((range) => [range.start, range.end]);

describe('findDateRanges', () => {
  it.each([
    ["Janv. 2019 – aujourd'hui", [['2019-01', 'present']]],
    ['depuis 2021', [['2021', 'present']]],
    ['Depuis mars 2021 Auxiliaire de vie', [['2021-03', 'present']]],
    ['2016 - 2018', [['2016', '2018']]],
    ['01/2016 – ce jour', [['2016-01', 'present']]],
    ['Juin 2018 → Août 2020', [['2018-06', '2020-08']]],
    ['Avr. – Juin 2019', [['2019-04', '2019-06']]],
    ['Jun 2021 – Present', [['2021-06', 'present']]],
    ['mars 2020 à juillet 2021', [['2020-03', '2021-07']]],
    ['November 2017 to Present', [['2017-11', 'present']]],
    ['du 01/09/2020 au 30/06/2021', [['2020-09', '2021-06']]],
    ["Jan '19 – Mar '20", [['2019-01', '2020-03']]],
    // The dash lost in a scan, or the end in a cell of its own: two months of years in order.
    ['Infirmière\tSept. 2015 Déc. 2018', [['2015-09', '2018-12']]],
    ['Juil. 2014\tFévr. 2016', [['2014-07', '2016-02']]],
    ['Mars 2019 Janvier 2018', [['2019-03', '2019-03'], ['2018-01', '2018-01']]],
    ['2015 2018', [['2015', '2015'], ['2018', '2018']]],
    ['Été 2023 : Animateur', [['2023', '2023']]],
    ['Sept. 2019 - 2021', [['2019-09', '2021']]],
  ])('reads %s', (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });

  it('reads a single year as a one-year period', () => {
    expect(findDateRanges('2019', today)).toMatchObject([{ start: '2019', end: '2019', single: true }]);
  });

  it('takes no phone number or word for a date', () => {
    expect(periods('Tél. 06 12 34 56 78')).toEqual([]);
    expect(periods('Marché de Noël, mai-juin')).toEqual([]);
  });

  it('finds the main period before a nested one', () => {
    expect(periods("01/2016 – ce jour Électricien N3P2 puis chef d'équipe (depuis 2022)")).toEqual([
      ['2016-01', 'present'],
      ['2022', 'present'],
    ]);
  });
  it('reads a month without year after "Depuis" opening the line as the last such month, and an ellipsis as an open end', () => {
    expect(findDateRanges('Depuis septembre : Agent de propreté', today).map(({ start, end }) => [start, end])).toEqual([['2025-09', 'present']]);
    expect(findDateRanges('- Depuis mars : Vendeuse', today).map(({ start, end }) => [start, end])).toEqual([['2026-03', 'present']]);
    // Inside a sentence a month alone dates nothing.
    expect(findDateRanges('Remplacements ponctuels depuis septembre', today)).toEqual([]);
    expect(findDateRanges('2019 – … Agent de sécurité', today).map(({ start, end }) => [start, end])).toEqual([['2019', 'present']]);
  });
});

// A year's start or end said in words gives the year, as a season does; "En poste depuis" is the
// date's own wording, never a part of the job's header.
describe('a year written with its start or end, and "en poste depuis"', () => {
  it.each([
    ['Depuis fin 2020', [['2020', 'present']]],
    ['Début 2019 – fin 2020', [['2019', '2020']]],
    ['Late 2019 – Present', [['2019', 'present']]],
  ])('"%s" is %j', (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });
});
