// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill } from './mount-form';

/**
 * A form that asks the address in one box and has no box for the postcode or the town (a
 * textarea "Adresse postale complète", a one-line "Adresse"): the whole address goes there, as a
 * person writes it, instead of the street alone with the postcode and the town lost.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the address asked in one box', () => {
  it('writes the street, then the postcode and the town on the next line, in a textarea', async () => {
    const outcome = await mountAndFill(`<form><label for="n">Nom</label><input id="n" name="nom"><label for="a">Adresse postale complète</label><textarea id="a" name="adresse"></textarea></form>`, cariste);
    expect(field('adresse').value).toBe('27 rue Jean Jaurès\n59300 Valenciennes');
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['address', 'postcode', 'city']));
    expect(outcome.report.skipped.filter((entry) => ['postcode', 'city'].includes(entry.target))).toEqual([]);
    await outcome.undo();
    expect(field('adresse').value).toBe('');
  });

  it('writes it on one line in a one-line box', async () => {
    await mountAndFill(`<form><label for="a">Adresse</label><input id="a" name="adresse"></form>`, cariste);
    expect(field('adresse').value).toBe('27 rue Jean Jaurès, 59300 Valenciennes');
  });

  it('keeps the street alone when the form has a box for the town', async () => {
    await mountAndFill(`<form><label for="a">Adresse</label><textarea id="a" name="adresse"></textarea><label for="v">Ville</label><input id="v" name="ville"></form>`, cariste);
    expect(field('adresse').value).toBe('27 rue Jean Jaurès');
  });

  it('keeps the street alone when the whole address would not fit the box', async () => {
    await mountAndFill(`<form><label for="a">Adresse</label><input id="a" name="adresse" maxlength="32"></form>`, cariste);
    expect(field('adresse').value).toBe('27 rue Jean Jaurès');
  });
});
