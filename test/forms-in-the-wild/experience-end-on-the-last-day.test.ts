// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * An ATS experience step whose dates are full dates (a date picker, a "jj/mm/aaaa" box, a day list),
 * while a CV gives a month and a year. A job held "02/2020 – 06/2021" ran to the end of June: its
 * end written as the 1st of June cut a month off the job, and the site's duration with it. The
 * start stays the 1st; the end is the month's last day (29 February in a leap year).
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const DAYS = `<option value="">Jour</option>${Array.from({ length: 31 }, (_, i) => `<option value="${i + 1}">${i + 1}</option>`).join('')}`;
const MONTHS = `<option value="">Mois</option>${Array.from({ length: 12 }, (_, i) => `<option value="${i + 1}">${i + 1}</option>`).join('')}`;
const YEARS = `<option value="">Année</option>${Array.from({ length: 30 }, (_, i) => `<option>${2026 - i}</option>`).join('')}`;

const page = `<form><h2>Expérience professionnelle</h2>
  <div class="field"><label for="poste">Intitulé du poste *</label><input id="poste" name="poste" required></div>
  <div class="field"><label for="ent">Entreprise</label><input id="ent" name="ent"></div>
  <div class="field"><label for="debut">Date de début *</label><input type="date" id="debut" name="debut" required></div>
  <div class="field"><label for="fin">Date de fin</label><input type="date" id="fin" name="fin"></div>
</form>`;

describe('the end of a job given as a month', () => {
  it('is the last day of that month in a date picker, the start the 1st', async () => {
    const outcome = await mountAndFill(page, planOf({ experiences: [{ title: 'Vendeuse', employer: 'Kiabi', start: '2020-02', end: '2021-06' }] }));
    expect([field('debut').value, field('fin').value]).toEqual(['2020-02-01', '2021-06-30']);
    await outcome.undo();
    expect(pageState()).toEqual(['poste=', 'ent=', 'debut=', 'fin=']);
  });

  it('counts February of a leap year, and December', async () => {
    await mountAndFill(page, planOf({ experiences: [{ title: 'Vendeuse', employer: 'Kiabi', start: '2019-12', end: '2020-02' }] }));
    expect([field('debut').value, field('fin').value]).toEqual(['2019-12-01', '2020-02-29']);
    document.body.innerHTML = '';
    await mountAndFill(page, planOf({ experiences: [{ title: 'Vendeuse', employer: 'Kiabi', start: '2019-01', end: '2019-12' }] }));
    expect(field('fin').value).toBe('2019-12-31');
  });

  it('is the last day in a "jj/mm/aaaa" box', async () => {
    await mountAndFill(`<form><h2>Expérience professionnelle</h2>
      <label for="poste">Poste occupé</label><input id="poste" name="poste">
      <label for="d">Date de début</label><input id="d" name="d" placeholder="jj/mm/aaaa">
      <label for="f">Date de fin</label><input id="f" name="f" placeholder="jj/mm/aaaa">
    </form>`, planOf({ experiences: [{ title: 'Vendeuse', employer: null, start: '2020-02', end: '2021-04' }] }));
    expect([field('d').value, field('f').value]).toEqual(['01/02/2020', '30/04/2021']);
  });

  it('is the last day in a day list', async () => {
    const parts = (legend: string, prefix: string) => `<fieldset><legend>${legend}</legend><label>Jour <select name="${prefix}j">${DAYS}</select></label><label>Mois <select name="${prefix}m">${MONTHS}</select></label><label>Année <select name="${prefix}a">${YEARS}</select></label></fieldset>`;
    await mountAndFill(`<form><h2>Expérience professionnelle</h2>
      <label for="poste">Poste occupé</label><input id="poste" name="poste">
      ${parts('Date de début', 'd')}${parts('Date de fin', 'f')}
    </form>`, planOf({ experiences: [{ title: 'Vendeuse', employer: null, start: '2020-02', end: '2021-04' }] }));
    expect(['dj', 'dm', 'da', 'fj', 'fm', 'fa'].map((name) => field(name).value)).toEqual(['1', '2', '2020', '30', '4', '2021']);
  });

  it('stays within the dates the picker accepts: a job that ended this month ends today at the latest', async () => {
    // The page sets max to today (15 June 2024 here): the 30th would be refused as a future date.
    await mountAndFill(page.replace('name="fin"', 'name="fin" max="2024-06-15"').replace('name="debut"', 'name="debut" min="2019-03-10" max="2024-06-15"'),
      planOf({ experiences: [{ title: 'Vendeuse', employer: 'Kiabi', start: '2019-03', end: '2024-06' }] }));
    expect([field('debut').value, field('fin').value]).toEqual(['2019-03-10', '2024-06-15']);
  });
});
