// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * A Belgian or Swiss portal asks the phone as a country list ("Belgique", "France", "Suisse",
 * values BE, FR, CH: no calling code shown) beside the number box. The list was not known for the
 * phone's: the number went in as "+33612345678" while the list stayed on the page's first country,
 * so the form sent a Belgian number made of French digits.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const countries = '<option value="BE">Belgique</option><option value="FR">France</option><option value="CH">Suisse</option><option value="LU">Luxembourg</option>';

describe('a phone box beside a list of countries', () => {
  it("sets the list to the number's country and writes the number in national form; undo puts both back", async () => {
    const outcome = await mountAndFill(`<form><label for="nom">Nom</label><input id="nom" name="nom">
      <label for="tel">Téléphone</label><div class="phone-field"><select name="tel_pays" aria-label="Pays">${countries}</select><input id="tel" name="tel" type="tel"></div></form>`, cariste);
    expect([field('tel_pays').value, field('tel').value]).toEqual(['FR', '0612345678']);
    expect(outcome.report.filled).toContain('phone');
    await outcome.undo();
    expect(pageState()).toEqual(['nom=', 'tel_pays=BE', 'tel=']);
  });

  it("leaves the address's country list alone: it is not the phone's companion", async () => {
    await mountAndFill(`<form><label for="nom">Nom</label><input id="nom" name="nom">
      <div class="address"><label for="ville">Ville</label><input id="ville" name="ville"><label for="pays">Pays</label><select id="pays" name="pays">${countries}</select></div>
      <div class="phone"><label for="tel">Téléphone</label><input id="tel" name="tel" type="tel"></div></form>`, cariste);
    expect(field('pays').value).toBe('BE');
    expect(field('tel').value).toBe('+33612345678');
  });
});
