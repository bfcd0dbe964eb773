// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * intl-tel-input, the phone box of many French sites: a country menu (a combobox that opens a
 * listbox of flags, "France: +33") in front of the tel box, the dial code shown beside it with
 * separateDialCode, and the full number kept in a hidden input the form sends. The number goes
 * into the tel box in its national shape; the country menu stays on France.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const page = (dialCode: boolean) => `<form>
  <label for="prenom">Prénom</label><input id="prenom" name="prenom">
  <label for="phone">Téléphone mobile</label>
  <div class="iti iti--allow-dropdown${dialCode ? ' iti--separate-dial-code' : ''}">
    <div class="iti__flag-container"><div class="iti__selected-flag" role="combobox" aria-controls="iti-0__country-listbox" aria-owns="iti-0__country-listbox" aria-expanded="false" aria-label="Telephone country code" title="France: +33" tabindex="0">
      <div class="iti__flag iti__fr"></div>${dialCode ? '<div class="iti__selected-dial-code">+33</div>' : ''}<div class="iti__arrow"></div></div>
      <ul class="iti__country-list iti__hide" id="iti-0__country-listbox" role="listbox" aria-label="List of countries" style="display: none">
        <li class="iti__country iti__active" tabindex="-1" id="iti-0__item-fr" role="option" data-dial-code="33" data-country-code="fr" aria-selected="true"><span class="iti__country-name">France</span><span class="iti__dial-code">+33</span></li>
        <li class="iti__country" tabindex="-1" id="iti-0__item-be" role="option" data-dial-code="32" data-country-code="be" aria-selected="false"><span class="iti__country-name">Belgique</span><span class="iti__dial-code">+32</span></li>
      </ul></div>
    <input type="tel" id="phone" name="phone" autocomplete="off" placeholder="06 12 34 56 78" data-intl-tel-input-id="0"${dialCode ? ' style="padding-left: 84px"' : ''}>
  </div><input type="hidden" name="phone_full">
</form>`;

describe('intl-tel-input', () => {
  it('writes the national number into the tel box and leaves the country menu on France', async () => {
    document.body.innerHTML = page(false);
    const before = pageState();
    const outcome = await mountAndFill(page(false), planOf({ ...cariste, softSkills: [] }));
    expect(field('phone').value).toBe('06 12 34 56 78');
    expect(document.querySelector('.iti__selected-flag')!.getAttribute('title')).toBe('France: +33');
    expect(outcome.report.filled).toContain('phone');
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });

  it('writes the number without +33 when the dial code is shown beside the box', async () => {
    await mountAndFill(page(true), planOf({ ...cariste, softSkills: [] }));
    expect(field('phone').value.replace(/\s/g, '')).toBe('0612345678');
  });
});

describe('intl-tel-input opened on another country than the number\'s', () => {
  /** The plugin's behaviour: a click on the flag shows the list; a click on a country shows its
   *  flag, title and code, and hides the list. */
  function behave(): void {
    const flag = document.querySelector<HTMLElement>('.iti__selected-flag')!;
    const list = document.getElementById('iti-0__country-listbox')!;
    const show = (open: boolean) => {
      list.style.display = open ? '' : 'none';
      list.classList.toggle('iti__hide', !open);
      flag.setAttribute('aria-expanded', String(open));
    };
    flag.addEventListener('click', () => show(flag.getAttribute('aria-expanded') !== 'true'));
    for (const country of list.querySelectorAll<HTMLElement>('.iti__country')) {
      country.addEventListener('click', () => {
        for (const other of list.querySelectorAll('.iti__country')) other.setAttribute('aria-selected', String(other === country));
        flag.setAttribute('title', `${country.querySelector('.iti__country-name')!.textContent}: +${country.dataset.dialCode}`);
        flag.querySelector('.iti__flag')!.className = `iti__flag iti__${country.dataset.countryCode}`;
        const code = flag.querySelector('.iti__selected-dial-code');
        if (code) code.textContent = `+${country.dataset.dialCode}`;
        show(false);
      });
    }
  }

  // A Belgian site (or a page that guessed the visitor's country wrongly): the menu opens on Belgium.
  const belgian = (dialCode: boolean) => page(dialCode)
    .replace('title="France: +33"', 'title="Belgique: +32"').replace('iti__flag iti__fr', 'iti__flag iti__be').replace('<div class="iti__selected-dial-code">+33</div>', '<div class="iti__selected-dial-code">+32</div>')
    .replace('iti__active" tabindex="-1" id="iti-0__item-fr" role="option" data-dial-code="33" data-country-code="fr" aria-selected="true"', '" tabindex="-1" id="iti-0__item-fr" role="option" data-dial-code="33" data-country-code="fr" aria-selected="false"')
    .replace('id="iti-0__item-be" role="option" data-dial-code="32" data-country-code="be" aria-selected="false"', 'id="iti-0__item-be" role="option" data-dial-code="32" data-country-code="be" aria-selected="true"');

  for (const dialCode of [false, true]) {
    it(`chooses France in the menu before typing a French number${dialCode ? ' (dial code shown)' : ''}, and undo goes back to Belgium`, async () => {
      document.body.innerHTML = belgian(dialCode);
      behave();
      const outcome = await fillForm(document, planOf({ ...cariste, softSkills: [] }), context);
      expect(document.querySelector('.iti__selected-flag')!.getAttribute('title')).toBe('France: +33');
      expect(field('phone').value.replace(/\s/g, '')).toBe('0612345678');
      expect(document.getElementById('iti-0__country-listbox')!.style.display).toBe('none');
      await outcome.undo();
      expect(document.querySelector('.iti__selected-flag')!.getAttribute('title')).toBe('Belgique: +32');
      expect(field('phone').value).toBe('');
    });
  }
});
