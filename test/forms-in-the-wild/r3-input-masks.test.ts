// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, field, mountAndFill, pageState, planOf } from './mount-form';

/** Input masks and typed formats: the box shows the shape it wants ("__ __ __ __ __", "__/__/____",
 *  "jj/mm/aaaa", a pattern, a maxlength), and a mask script reshapes whatever is typed into it. */
afterEach(() => {
  document.body.innerHTML = '';
});

/** What Inputmask, jQuery Mask or Cleave do on each input: keep the digits, pour them into the shape. */
function maskLike(box: HTMLInputElement, shape: string): void {
  box.addEventListener('input', () => {
    const digits = box.value.replace(/\D/g, '');
    let shaped = '';
    let next = 0;
    for (const character of shape) {
      if (next >= digits.length) break;
      shaped += character === '_' ? digits[next++] : character;
    }
    box.value = shaped;
  });
}

const preparateur = planOf({ experiences: [{ title: 'Préparateur de commandes', employer: 'Adecco', start: '2016-03', end: '2018-12' }] });

describe('a phone box that shows its shape', () => {
  it('writes the national number into a masked box "__ __ __ __ __", not the country code poured into the mask', async () => {
    document.body.innerHTML = `<form><label for="tel">Téléphone</label><input id="tel" name="tel" placeholder="__ __ __ __ __"></form>`;
    maskLike(field('tel'), '__ __ __ __ __');
    await fillForm(document, cariste, context);
    // "+33612345678" through the mask gives "33 61 23 45 67": a wrong number that looks right.
    expect(field('tel').value).toBe('06 12 34 56 78');
  });

  it('writes the national number into a masked box whose maxlength is the mask\'s (14)', async () => {
    await mountAndFill(`<form><label for="tel">Téléphone portable</label><input id="tel" name="tel" type="tel" placeholder="__ __ __ __ __" maxlength="14"></form>`, cariste);
    expect(field('tel').value.replace(/\s/g, '')).toBe('0612345678');
  });

  it('follows the format its help text asks for ("10 chiffres, sans espace")', async () => {
    await mountAndFill(
      `<form><label for="tel">Téléphone</label><input id="tel" name="tel" aria-describedby="tel-help"><span id="tel-help">10 chiffres, sans espace (ex : 0612345678)</span></form>`,
      cariste,
    );
    expect(field('tel').value).toBe('0612345678');
  });

  it('follows the example its placeholder gives after "Ex :" ("Ex : 06 12 34 56 78")', async () => {
    await mountAndFill(`<form><label for="tel">Téléphone</label><input id="tel" name="tel" placeholder="Ex : 06 12 34 56 78"></form>`, cariste);
    expect(field('tel').value).toBe('06 12 34 56 78');
  });

  it('fits a tel box with a French pattern and maxlength 10, and a numeric postcode box', async () => {
    const outcome = await mountAndFill(
      `<form><label for="tel">Téléphone</label><input id="tel" type="tel" name="tel" pattern="0[1-9]( ?[0-9]{2}){4}" maxlength="10">
        <label for="cp">Code postal</label><input id="cp" name="cp" inputmode="numeric" maxlength="5"></form>`,
      cariste,
    );
    expect([field('tel').value, field('cp').value]).toEqual(['0612345678', '59300']);
    await outcome.undo();
    expect(pageState()).toEqual(['tel=', 'cp=']);
  });
});

describe('an experience date box that shows its shape', () => {
  it('writes a start date as a day/month/year into a "__/__/____" mask', async () => {
    document.body.innerHTML = `<form><section><h2>Expérience professionnelle</h2>
      <label for="t">Intitulé du poste</label><input id="t" name="t">
      <label for="e">Employeur</label><input id="e" name="e">
      <label for="s">Date de début</label><input id="s" name="s" placeholder="__/__/____">
      <label for="f">Date de fin</label><input id="f" name="f" placeholder="__/__/____">
    </section></form>`;
    maskLike(field('s'), '__/__/____');
    maskLike(field('f'), '__/__/____');
    await fillForm(document, preparateur, context);
    // "03/2016" poured into the mask gives "03/20/16".
    expect([field('s').value, field('f').value]).toEqual(['01/03/2016', '31/12/2018']);
  });

  it('writes month and date inputs, "jj/mm/aaaa" and "MM/YYYY" boxes in their own shapes', async () => {
    await mountAndFill(
      `<form><section><h2>Expérience professionnelle</h2>
        <label for="t">Intitulé du poste</label><input id="t" name="t">
        <label for="s">Début</label><input id="s" name="s" type="month">
        <label for="f">Fin</label><input id="f" name="f" type="date">
      </section><section><h2>Expériences (suite)</h2></section></form>`,
      preparateur,
    );
    expect([field('s').value, field('f').value]).toEqual(['2016-03', '2018-12-31']);
    document.body.innerHTML = '';
    await mountAndFill(
      `<form><section><h2>Expérience professionnelle</h2>
        <label for="t">Intitulé du poste</label><input id="t" name="t">
        <label for="s">Du</label><input id="s" name="s" placeholder="jj/mm/aaaa">
        <label for="f">Au</label><input id="f" name="f" placeholder="MM/YYYY">
      </section></form>`,
      preparateur,
    );
    expect([field('s').value, field('f').value]).toEqual(['01/03/2016', '12/2018']);
  });
});
