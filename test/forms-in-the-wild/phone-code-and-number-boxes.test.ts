// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * "Téléphone" asked as a question (a fieldset) of two boxes, "Indicatif" and "Numéro", as
 * municipal and association forms do. "Numéro" alone names nothing a rule knows, and a number is
 * never guessed from a heading: the phone was not written at all, and not even reported missing
 * as the page's. The legend is the question's own label: the number box is the phone's, the code
 * box takes the number's code, and the number goes in after it without the code.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const form = (codeValue = '', placeholder = '+33') => `<form><label for="nom">Nom</label><input id="nom" name="nom">
  <fieldset><legend>Téléphone</legend>
    <label for="ind">Indicatif</label><input id="ind" name="indicatif" size="4" placeholder="${placeholder}" value="${codeValue}">
    <label for="num">Numéro</label><input id="num" name="numero" placeholder="6 12 34 56 78">
  </fieldset>
  <fieldset><legend>Personne à prévenir en cas d'urgence</legend><label for="ur">Téléphone</label><input id="ur" name="tel_urgence"></fieldset></form>`;

describe('a phone question of an "Indicatif" box and a "Numéro" box', () => {
  it('writes the code and the national number in the shape shown, and undo empties both', async () => {
    const outcome = await mountAndFill(form(), cariste);
    expect([field('indicatif').value, field('numero').value, field('tel_urgence').value]).toEqual(['+33', '6 12 34 56 78', '']);
    expect(outcome.report.filled).toContain('phone');
    await outcome.undo();
    expect(pageState()).toEqual(['nom=', 'indicatif=', 'numero=', 'tel_urgence=']);
  });

  it('writes the code as the box shows it ("0033")', async () => {
    await mountAndFill(form('', '0033'), cariste);
    expect(field('indicatif').value).toBe('0033');
  });

  it("never writes a French number behind another country's code the box already holds", async () => {
    const outcome = await mountAndFill(form('+32'), cariste);
    expect([field('indicatif').value, field('numero').value]).toEqual(['+32', '']);
    expect(outcome.report.skipped).toContainEqual({ target: 'phone', reason: 'wrong-format' });
  });
});
