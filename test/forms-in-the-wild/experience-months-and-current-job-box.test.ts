// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState, planOf } from './mount-form';

/**
 * A "Dernière expérience" block with native month pickers (<input type="month">, which take
 * "YYYY-MM" only) and a "Poste actuel" box in place of an end date for the job still held.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const row = (id: string, label: string, extra = '') => `<div><label for="${id}">${label}</label><input id="${id}" name="${id}" ${extra}></div>`;
const form = `<form><fieldset><legend>Dernière expérience professionnelle</legend>
  ${row('poste', 'Intitulé du poste')}${row('employeur', 'Employeur')}
  ${row('debut', 'Mois de début', 'type="month" max="2026-12"')}${row('fin', 'Mois de fin', 'type="month"')}
  <div><input type="checkbox" id="actuel" name="actuel"><label for="actuel">Poste actuel</label></div></fieldset></form>`;

describe('an experience block with month pickers', () => {
  it('writes the start month, ticks "Poste actuel" for a job still held, and undo empties the block', async () => {
    const outcome = await mountAndFill(form, cariste);
    expect(pageState()).toEqual(['poste=Cariste', 'employeur=Hainaut Logistique Services', 'debut=2019-03', 'fin=', 'actuel=true']);
    expect(outcome.report.filled).toContain('experience:0');
    await outcome.undo();
    expect(pageState()).toEqual(['poste=', 'employeur=', 'debut=', 'fin=', 'actuel=false']);
  });

  it('writes both months of a job that ended, and leaves "Poste actuel" unticked', async () => {
    await mountAndFill(form, planOf({ ...cariste, experiences: [cariste.experiences[1]!] }));
    expect(pageState()).toEqual(['poste=Préparateur de commandes', 'employeur=Adecco', 'debut=2016-03', 'fin=2018-12', 'actuel=false']);
  });

  it('never writes a year alone into a month picker, and says the date is too vague', async () => {
    const outcome = await mountAndFill(form, planOf({ ...cariste, experiences: [{ title: 'Cariste', employer: 'Adecco', start: '2016', end: '2018' }] }));
    expect(pageState()).toEqual(['poste=Cariste', 'employeur=Adecco', 'debut=', 'fin=', 'actuel=false']);
    expect(outcome.report.skipped).toEqual(expect.arrayContaining([{ target: 'experience:0.start', reason: 'date-too-vague' }, { target: 'experience:0.end', reason: 'date-too-vague' }]));
  });
});
