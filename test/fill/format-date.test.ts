// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeControl } from '../../lib/fill/describe-control';
import type { Control } from '../../lib/fill/find-controls';
import { dateForControl, parseCvDate } from '../../lib/fill/format-date';

function dateIn(html: string, value: string): string | null {
  document.body.innerHTML = html;
  const control = document.querySelector('input, select') as Control;
  const date = parseCvDate(value);
  if (!date) throw new Error(`not a CV date: ${value}`);
  return dateForControl(control, describeControl(control), date);
}

describe('dateForControl', () => {
  it('writes a month input as YYYY-MM and a date input on the 1st', () => {
    expect(dateIn('<label for="d">Début</label><input id="d" type="month">', '2019-01')).toBe('2019-01');
    expect(dateIn('<label for="d">Date de début</label><input id="d" type="date">', '2016-03')).toBe('2016-03-01');
  });

  it('follows the format a text field shows in its placeholder or label', () => {
    expect(dateIn('<label>Début (MM/AAAA) <input placeholder="MM/AAAA"></label>', '2019-01')).toBe('01/2019');
    expect(dateIn('<label for="d">Start date (mm/yyyy)</label><input id="d">', '2018-12')).toBe('12/2018');
    expect(dateIn('<label for="d">Date de fin</label><input id="d" placeholder="jj/mm/aaaa">', '2018-12')).toBe('01/12/2018');
    expect(dateIn('<label for="d">Depuis</label><input id="d" placeholder="2020-06">', '2019-01')).toBe('2019-01');
  });

  it('obeys a pattern or maxlength the markup declares, and writes the year alone in a year field', () => {
    expect(dateIn('<label>Fin <input pattern="(0[1-9]|1[0-2])/[0-9]{4}"></label>', '2021-05')).toBe('05/2021');
    expect(dateIn('<label>Année d\'obtention <input maxlength="4" inputmode="numeric"></label>', '2010')).toBe('2010');
    expect(dateIn('<label>Année d\'obtention <input></label>', '2015-06')).toBe('2015');
    expect(dateIn('<label for="y">Year</label><input id="y" type="number">', '2022')).toBe('2022');
  });

  it('never invents a month the CV does not give', () => {
    expect(dateIn('<label>Début (MM/AAAA) <input placeholder="MM/AAAA"></label>', '2015')).toBeNull();
    expect(dateIn('<label for="d">Début</label><input id="d" type="month">', '2015')).toBeNull();
  });

  it('picks the option of split month and year selects', () => {
    const years = '<label for="y">Année de début</label><select id="y"><option value="">Année</option><option>2020</option><option>2019</option><option>2018</option></select>';
    expect(dateIn(years, '2019-01')).toBe('2019');
    const months = '<label for="m">Mois de début</label><select id="m"><option value="">Mois</option>' +
      ['Janvier', 'Février', 'Mars', 'Avril'].map((name, index) => `<option value="${index + 1}">${name}</option>`).join('') + '</select>';
    expect(dateIn(months, '2019-03')).toBe('3');
  });

  it('reads only real CV dates', () => {
    expect(parseCvDate('present')).toBeNull();
    expect(parseCvDate(null)).toBeNull();
    expect(parseCvDate('2019-07')).toEqual({ year: 2019, month: 7 });
    expect(parseCvDate('2019')).toEqual({ year: 2019, month: null });
  });
});
