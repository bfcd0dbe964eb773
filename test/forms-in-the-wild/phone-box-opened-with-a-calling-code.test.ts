// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * Application forms that open the phone box with the country's calling code already in it
 * (value="+33 "), for the person to type the number after it. The code alone is no number of the
 * person's to keep: the number is written, and undo gives the box its "+33 " back.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const form = (code: string) => `<form class="apply">
  <div class="field"><label for="nom">Nom</label><input id="nom" name="nom" autocomplete="family-name"></div>
  <div class="field"><label for="tel">Téléphone portable</label><input id="tel" name="tel" type="tel" value="${code}"></div>
  <div class="field"><label for="mail">E-mail</label><input id="mail" name="mail" type="email"></div></form>`;

describe('a phone box that holds "+33 " before anything is typed', () => {
  it('takes the number, and undo puts the calling code back', async () => {
    const outcome = await mountAndFill(form('+33 '), cariste);
    expect(field('tel').value).toBe('+33612345678');
    expect(outcome.report.filled).toContain('phone');
    expect(outcome.report.conflicts).toEqual([]);
    await outcome.undo();
    expect(pageState()).toEqual(['nom=', 'tel=+33 ', 'mail=']);
  });

  it('takes it after "0033" or a lone "+" too', async () => {
    await mountAndFill(form('0033'), cariste);
    expect(field('tel').value).toBe('+33612345678');
    await mountAndFill(form('+'), cariste);
    expect(field('tel').value).toBe('+33612345678');
  });

  it('keeps a number the person typed and reports it', async () => {
    const outcome = await mountAndFill(form('+33 7 00 00 00 00'), cariste);
    expect(field('tel').value).toBe('+33 7 00 00 00 00');
    expect(outcome.report.conflicts).toEqual([{ key: 'phone', pageValue: '+33 7 00 00 00 00', suggested: '+33612345678' }]);
  });
});
