// A UK layout: the employer (and its town) on the date line, the job title on the short line under
// it. "Cheshire Motor Group – Volkswagen Warrington   March 2021 – Present" / "Sales Executive".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Daniel Hughes\ndaniel.hughes@example.com\n07700 900123\nCAREER HISTORY\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('the employer on the date line, the title under it', () => {
  it('reads the line under the dates as the title when the date line names no job', () => {
    expect(
      experiencesOf(`Northway Cars Ltd, Widnes\tJune 2017 – February 2021
Used Car Sales Executive
Sold 8–12 used cars a month from a forecourt of about 80 vehicles
Halfords, Warrington\tSeptember 2014 – May 2017
Retail Assistant
Served customers on the tills and fitted bulbs and wiper blades`),
    ).toEqual([
      { title: 'Used Car Sales Executive', employer: 'Northway Cars Ltd', start: '2017-06', end: '2021-02' },
      { title: 'Retail Assistant', employer: 'Halfords', start: '2014-09', end: '2017-05' },
    ]);
  });

  it('keeps the title on the date line when it names one, and the employer under it', () => {
    expect(experiencesOf('Sales Executive\tMarch 2021 – Present\nCheshire Motor Group, Warrington\nGreet customers and arrange test drives')).toEqual([
      { title: 'Sales Executive', employer: 'Cheshire Motor Group', start: '2021-03', end: 'present' },
    ]);
  });
});
