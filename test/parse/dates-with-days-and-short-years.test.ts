// Periods written with a day ("1er mars 2021") or a two-digit end year ("2018–19"), and the
// numbers after a year that are no end year: a duration, a phone number, an earlier year.
import { describe, expect, it } from 'vitest';
import { findDateRanges } from '../../lib/parse/parse-dates';
import { withoutDates } from '../../lib/parse/entry-parts';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from './build-lines';

const today = new Date('2026-03-15');
const periodsOf = (text: string) => findDateRanges(text, today).map(({ start, end }) => [start, end]);

describe('periods with a day or a two-digit end year', () => {
  it('reads the month of a dated day, with or without its year', () => {
    expect(periodsOf('du 1er mars au 31 août 2021')).toEqual([['2021-03', '2021-08']]);
    expect(periodsOf('12 mars 2020 - 3 avril 2021')).toEqual([['2020-03', '2021-04']]);
    expect(periodsOf("Depuis l'été 2020")).toEqual([['2020', 'present']]);
  });

  it('reads "2010 - 15", "2019-20" and "1999/00" as periods', () => {
    expect(periodsOf('2010 - 15')).toEqual([['2010', '2015']]);
    expect(periodsOf('2019-20 Vendeuse')).toEqual([['2019', '2020']]);
    expect(periodsOf('1999/00')).toEqual([['1999', '2000']]);
  });

  it('takes no duration, phone number, earlier year or month for a two-digit end year', () => {
    expect(periodsOf('2018 - 25 ans')).toEqual([['2018', '2018']]);
    expect(periodsOf('2018 – 06 12 34 56 78')).toEqual([['2018', '2018']]);
    expect(periodsOf('2020 - 19')).toEqual([['2020', '2020']]);
    expect(periodsOf('2019 - 03/2020')).toEqual([['2019', '2020-03']]);
    expect(periodsOf('2011-12')).toEqual([['2011-12', '2011-12']]);
  });
});

describe('a contract and its length in brackets on a date line', () => {
  it('leaves no half bracket behind', () => {
    const line = 'Mars 2019 – Août 2019 (CDD 6 mois)';
    expect(withoutDates(line, findDateRanges(line, today)[0])).toBe('');
    const withTown = 'Vendeuse (Lille, 6 mois) 2019';
    expect(withoutDates(withTown, findDateRanges(withTown, today)[0])).not.toMatch(/[()]/);
  });
});

describe('"En poste depuis" under a job header', () => {
  it('reads the period and leaves the header whole', () => {
    for (const dates of ['En poste depuis janvier 2023', 'Actuellement en poste depuis janvier 2023', 'In post since January 2023']) {
      const [job] = parseProfile(documentOf(plainLines(`Sophie Martin\n06 12 34 56 78\nEXPÉRIENCES PROFESSIONNELLES\nVendeuse – Kiabi, Lille\n${dates}\nConseil client`), 'docx'), { referenceDate: new Date('2026-03-15') }).experiences;
      expect([job?.title, job?.employer, job?.location, job?.start, job?.end]).toEqual(['Vendeuse', 'Kiabi', 'Lille', '2023-01', 'present']);
    }
  });
});
