// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, field, pageState, planOf } from './mount-form';

/**
 * An address search as French public forms build it on the national address base (api-adresse),
 * here in GOV.UK's accessible-autocomplete markup: one types the street, the page suggests whole
 * addresses "27 Rue Jean Jaurès 59300 Valenciennes" and, once one is picked, writes its postcode
 * and town into their own boxes. None of the suggestions says the CV's street line alone.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const FORM = `<form method="post" action="/profil">
  <div class="fr-input-group"><label class="fr-label" for="adresse">Adresse<span class="fr-hint-text">Commencez à saisir, puis choisissez dans la liste</span></label>
    <div class="autocomplete__wrapper"><input aria-expanded="false" aria-owns="adresse__listbox" aria-autocomplete="list" autocomplete="off" class="autocomplete__input" id="adresse" name="adresse" type="text" role="combobox">
      <ul class="autocomplete__menu autocomplete__menu--hidden" id="adresse__listbox" role="listbox"></ul></div></div>
  <div class="fr-input-group"><label class="fr-label" for="cp">Code postal</label><input class="fr-input" id="cp" name="cp"></div>
  <div class="fr-input-group"><label class="fr-label" for="ville">Commune</label><input class="fr-input" id="ville" name="ville"></div>
</form>`;

/** The base's answers for what was typed, after a short debounce, as the page lists them. */
function addressSearch(suggestions: (typed: string) => string[]): void {
  const box = field('adresse');
  const list = document.getElementById('adresse__listbox')!;
  box.addEventListener('input', () => {
    setTimeout(() => {
      const found = box.value.length >= 3 ? suggestions(box.value) : [];
      list.innerHTML = found.map((label, index) => `<li class="autocomplete__option" id="adresse__option--${index}" role="option" aria-selected="false" tabindex="-1">${label}</li>`).join('');
      list.className = found.length > 0 ? 'autocomplete__menu autocomplete__menu--visible' : 'autocomplete__menu autocomplete__menu--hidden';
      box.setAttribute('aria-expanded', String(found.length > 0));
      list.querySelectorAll('li').forEach((option) =>
        option.addEventListener('click', () => {
          // "27 Rue Jean Jaurès 59300 Valenciennes", or as Google's "12 Avenue de Liège, Valenciennes, France".
          const [, street, postcode = '', town] = /^(.*?),? (\d{5}) (.*)$/.exec(option.textContent!) ?? /^(.*?), (.*?), France$/.exec(option.textContent!)!;
          box.value = street!;
          field('cp').value = postcode;
          field('ville').value = town!;
          list.innerHTML = '';
          box.setAttribute('aria-expanded', 'false');
        }),
      );
    }, 20);
  });
}

const sameStreetInTwoTowns = () => ['27 Rue Jean Jaurès 59880 Saint-Saulve', '27 Rue Jean Jaurès 59300 Valenciennes', '27 Rue Jean Jaurès 59770 Marly'];

describe('an address search that suggests whole addresses', () => {
  it('picks the suggestion in the person’s postcode and town, not the first one, and undo empties the boxes the pick filled', async () => {
    document.body.innerHTML = FORM;
    addressSearch(sameStreetInTwoTowns);
    const { report, undo } = await fillForm(document, cariste, context);
    expect([field('adresse').value, field('cp').value, field('ville').value]).toEqual(['27 Rue Jean Jaurès', '59300', 'Valenciennes']);
    expect(report.filled).toContain('address');
    await undo();
    expect(pageState()).toEqual(['adresse=', 'cp=', 'ville=']);
  });

  it('reads the CV’s short way ("27, av.") and a suggestion that gives the town without a postcode', async () => {
    document.body.innerHTML = FORM;
    addressSearch(() => ['12 Avenue de Liège, Valenciennes, France']);
    const plan = planOf({ fields: { ...cariste.fields, address: '12, av. de Liège' } });
    await fillForm(document, plan, context);
    expect(field('adresse').value).toBe('12 Avenue de Liège');
  });

  it('picks nothing when no suggestion is in the person’s town, and says so', async () => {
    document.body.innerHTML = FORM;
    addressSearch(() => ['27 Rue Jean Jaurès 59880 Saint-Saulve', '27 Rue Jean Jaurès 59770 Marly']);
    const { report } = await fillForm(document, cariste, context);
    expect(field('adresse').value).toBe('');
    expect(report.skipped).toContainEqual({ target: 'address', reason: 'no-matching-option' });
  });

  // "Rue Jean Jaurès Prolongée" is another street of the same town: its number 27 is another house.
  it('picks no longer street that starts with the person’s one', async () => {
    document.body.innerHTML = FORM;
    addressSearch(() => ['27 Rue Jean Jaurès Prolongée 59300 Valenciennes', '27 Rue Jean Jaurès 59880 Saint-Saulve']);
    const { report } = await fillForm(document, cariste, context);
    expect(field('adresse').value).toBe('');
    expect(report.skipped).toContainEqual({ target: 'address', reason: 'no-matching-option' });
  });

  it('picks nothing from a street alone when the plan has no postcode nor town to check it by', async () => {
    document.body.innerHTML = FORM;
    addressSearch(() => ['27 Rue Jean Jaurès 59880 Saint-Saulve']);
    const { address } = cariste.fields;
    await fillForm(document, planOf({ fields: { address } }), context);
    expect(pageState()).toEqual(['adresse=', 'cp=', 'ville=']);
  });

  it('leaves on undo a postcode the person corrected after the pick', async () => {
    document.body.innerHTML = FORM;
    addressSearch(sameStreetInTwoTowns);
    const { undo } = await fillForm(document, cariste, context);
    field('cp').value = '59301';
    const kept = await undo();
    expect(field('cp').value).toBe('59301');
    expect(field('ville').value).toBe('');
    expect(kept).toContain('address');
  });
});
