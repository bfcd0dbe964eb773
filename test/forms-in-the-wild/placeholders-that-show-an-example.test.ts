// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * A quick-apply form whose boxes say what they take only by their placeholder, and two of them only
 * by an example: "ex : jean.dupont@mail.fr" and "06 12 34 56 78", plain text boxes named "f3",
 * "f4". Both were left empty and the e-mail and phone reported not found.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const page = `<form class="quick">
  <input name="f1" placeholder="Votre prénom *">
  <input name="f2" placeholder="Votre nom *">
  <input name="f3" placeholder="ex : jean.dupont@mail.fr">
  <input name="f4" placeholder="06 12 34 56 78">
  <input name="f5" placeholder="01/01/1990">
  <input name="f6" placeholder="Ex. 75001">
  <input name="f7" placeholder="Poste recherché">
</form>`;

describe('boxes named only by an example of what they take', () => {
  it('writes the e-mail and the phone (in the example’s shape), never a date or postcode box, and undo empties them', async () => {
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, cariste);
    expect(pageState()).toEqual(['f1=Mickaël', 'f2=FONTAINE', 'f3=mickael.fontaine59@gmail.com', 'f4=06 12 34 56 78', 'f5=', 'f6=', 'f7=Cariste']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['email', 'phone']));
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });
});
