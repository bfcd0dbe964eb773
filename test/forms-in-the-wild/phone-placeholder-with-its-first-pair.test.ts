// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/** French forms show the phone's shape with its first pair written as an example: "06 xx xx xx xx",
 *  "01.XX.XX.XX.XX". A person reads the shape and types "06 12 34 56 78", not "+33612345678". */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('a phone box whose placeholder writes the first pair', () => {
  it('writes the national number in the shape "06 xx xx xx xx" shows, and undo empties it', async () => {
    const { undo } = await mountAndFill(
      `<form class="inscription"><div class="form-group"><label for="portable">Téléphone portable <abbr title="obligatoire">*</abbr></label>
        <input type="tel" class="form-control" id="portable" name="portable" placeholder="06 xx xx xx xx" required></div></form>`,
      cariste,
    );
    expect(field('portable').value).toBe('06 12 34 56 78');
    await undo();
    expect(pageState()).toEqual(['portable=']);
  });

  it('keeps the dots of "01.XX.XX.XX.XX"', async () => {
    await mountAndFill(`<form><label for="tel">Tél.</label><input id="tel" name="tel" placeholder="01.XX.XX.XX.XX"></form>`, cariste);
    expect(field('tel').value).toBe('06.12.34.56.78');
  });
});
