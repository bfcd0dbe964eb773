// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountAndFill, pageState, planOf } from './mount-form';

/**
 * "Période du [__/____] au [__/____]": an experience's dates in two boxes, the first labelled with
 * the start of the sentence ("Période du"), as French portals write them in one line. Only a
 * label that began with "du" was read as the start: this one was left empty.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const FORM = `<form><h2>Expérience professionnelle</h2><div class="exp">
  <label for="p">Intitulé du poste</label><input id="p" name="poste">
  <label for="emp">Employeur</label><input id="emp" name="employeur">
  <p class="ligne"><label for="du">Période du</label> <input id="du" name="exp[0][d1]" placeholder="MM/AAAA" size="7">
  <label for="au">au</label> <input id="au" name="exp[0][d2]" placeholder="MM/AAAA" size="7"></p>
</div></form>`;

describe('an experience period asked "Période du … au …"', () => {
  it('writes the start after "Période du" and the end after "au"', async () => {
    document.body.innerHTML = FORM;
    const before = pageState();
    const outcome = await mountAndFill(FORM, planOf({ experiences: [{ title: 'Préparateur de commandes', employer: 'Adecco', start: '2016-03', end: '2018-12' }] }));
    expect(pageState()).toEqual(['poste=Préparateur de commandes', 'employeur=Adecco', 'exp[0][d1]=03/2016', 'exp[0][d2]=12/2018']);
    expect(outcome.report.skipped).toEqual([]);
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });
});
