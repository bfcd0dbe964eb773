// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * Three fixed experience blocks, one fieldset each, under "Expériences professionnelles", titled
 * otherwise than "Expérience 1, 2, 3": "Emploi actuel" then "Emploi précédent" twice, or by their
 * number alone ("1", "2", "3"). The first took only the first experience ("no-room" for the
 * second: the blocks were not read as one group); the second took none.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const block = (legend: string, n: number) => `<fieldset><legend>${legend}</legend>
  <label for="t${n}">Fonction</label><input id="t${n}" name="t${n}">
  <label for="e${n}">Nom de l'entreprise</label><input id="e${n}" name="e${n}">
  <label for="s${n}">Du</label><input type="date" id="s${n}" name="s${n}">
  <label for="x${n}">Au</label><input type="date" id="x${n}" name="x${n}">
  <label for="m${n}">Missions principales</label><textarea id="m${n}" name="m${n}"></textarea></fieldset>`;

describe('experience blocks titled by their place or their number', () => {
  for (const legends of [['Emploi actuel', 'Emploi précédent', 'Emploi précédent'], ['1', '2', '3'], ['N° 1', 'N° 2', 'N° 3']]) {
    it(`fills one experience per block (${legends.join(', ')}), leaves the third, and undo empties them`, async () => {
      const page = `<form><h2>Expériences professionnelles</h2>${legends.map((legend, index) => block(legend, index + 1)).join('')}</form>`;
      document.body.innerHTML = page;
      const before = pageState();
      const outcome = await mountAndFill(page, cariste);
      expect(pageState()).toEqual([
        't1=Cariste', 'e1=Hainaut Logistique Services', 's1=2019-03-01', 'x1=', 'm1=',
        't2=Préparateur de commandes', 'e2=Adecco', 's2=2016-03-01', 'x2=2018-12-31', 'm2=',
        't3=', 'e3=', 's3=', 'x3=', 'm3=',
      ]);
      expect(outcome.report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1']));
      await outcome.undo();
      expect(pageState()).toEqual(before);
    });
  }
});
