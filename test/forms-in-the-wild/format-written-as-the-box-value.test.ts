// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState, planOf } from './mount-form';

/**
 * An older registration page that writes the expected shape as the boxes' own value, not as a
 * placeholder ("jj/mm/aaaa", "0X XX XX XX XX", "_____"), cleared by a script when the box gets the
 * focus. Those boxes hold no one's answer, yet they were taken for values of the person's: the
 * phone and postcode were offered as conflicts, and the experience block, its dates "filled", was
 * reported as having no room.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const FORM = `<form name="inscription"><h2>Vos coordonnées</h2>
  <label for="t">Téléphone</label><input id="t" name="t" value="0X XX XX XX XX" onfocus="if (this.value == this.defaultValue) this.value = ''">
  <label for="cp">Code postal</label><input id="cp" name="cp" value="_____" maxlength="5" onfocus="if (this.value == this.defaultValue) this.value = ''">
  <h2>Expérience professionnelle</h2>
  <label for="p">Poste occupé</label><input id="p" name="poste">
  <label for="d">Date de début</label><input id="d" name="d" value="jj/mm/aaaa" onfocus="if (this.value == this.defaultValue) this.value = ''">
  <label for="f">Date de fin</label><input id="f" name="f" value="JJ/MM/AAAA" onfocus="if (this.value == this.defaultValue) this.value = ''">
</form>`;

describe('boxes whose value shows the expected shape', () => {
  it('are filled as empty boxes, and undo puts the shape back', async () => {
    document.body.innerHTML = FORM;
    const before = pageState();
    const outcome = await mountAndFill(FORM, planOf({ ...cariste, experiences: [cariste.experiences[1]!] }));
    expect(pageState()).toEqual(['t=06 12 34 56 78', 'cp=59300', 'poste=Préparateur de commandes', 'd=01/03/2016', 'f=31/12/2018']);
    expect(outcome.report.conflicts).toEqual([]);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['phone', 'postcode', 'experience:0']));
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });

  it('still keeps a value the site wrote for the person (their postcode), as a conflict', async () => {
    const outcome = await mountAndFill(FORM.replace('value="_____"', 'value="59000"'), planOf({ ...cariste, experiences: [] }));
    expect(pageState()[1]).toBe('cp=59000');
    expect(outcome.report.conflicts).toEqual([{ key: 'postcode', pageValue: '59000', suggested: '59300' }]);
  });
});
