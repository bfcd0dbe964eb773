// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, field, pageState } from './mount-form';

/**
 * Google Places Autocomplete on a job board's profile: Google marks the address box
 * "pac-target-input" and lists its suggestions as <div class="pac-item"> in a <div
 * class="pac-container"> at the end of the page, with no ARIA role. The fill saw a plain box: it
 * typed the street, picked nothing, and the page, which takes the postcode and town from the place
 * picked, had none. The suggestion picked is the one that starts with the street and is in the
 * person's town; when none is, the street is typed as before.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const FORM = `<form method="post" action="/profil"><h2>Mes coordonnées</h2>
  <label for="adresse">Adresse</label><input id="adresse" name="adresse" class="pac-target-input" placeholder="Saisissez une adresse" autocomplete="off">
  <label for="cp">Code postal</label><input id="cp" name="cp">
  <label for="ville">Ville</label><input id="ville" name="ville">
</form>`;

/** Google's widget: suggestions a round trip after each keystroke; a place picked with the mouse
 *  writes its description in the box and the page's place_changed handler fills postcode and town. */
function placesAutocomplete(suggestions: [street: string, place: string, postcode: string][]): { picked: string[] } {
  const picked: string[] = [];
  const box = field('adresse');
  const container = document.createElement('div');
  container.className = 'pac-container pac-logo';
  container.setAttribute('style', 'display: none; position: absolute;');
  document.body.append(container);
  box.addEventListener('input', () => {
    setTimeout(() => {
      const typed = box.value.toLowerCase();
      const found = typed.length >= 3 ? suggestions.filter(([street]) => street.toLowerCase().startsWith(typed.slice(0, 6))) : [];
      container.innerHTML = found
        .map(([street, place]) => `<div class="pac-item"><span class="pac-icon pac-icon-marker"></span><span class="pac-item-query"><span class="pac-matched">${street.slice(0, 6)}</span>${street.slice(6)}</span><span>${place}</span></div>`)
        .join('');
      container.style.display = found.length > 0 ? 'block' : 'none';
      container.querySelectorAll('.pac-item').forEach((item, index) =>
        item.addEventListener('mousedown', () => {
          const [street, place, postcode] = found[index]!;
          box.value = `${street}, ${place}`;
          container.style.display = 'none';
          picked.push(box.value);
          field('cp').value = postcode;
          field('ville').value = place.split(',')[0]!;
        }),
      );
    }, 20);
  });
  return { picked };
}

describe('a Google Places address box', () => {
  it('picks the suggestion in the person’s town, not the first one; undo empties what the pick filled', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = FORM;
    const google = placesAutocomplete([
      ['27 Rue Jean Jaurès', 'Saint-Saulve, France', '59880'],
      ['27 Rue Jean Jaurès', 'Valenciennes, France', '59300'],
      ['27 Rue Jean Jaurès', 'Marly, France', '59770'],
    ]);
    const { report, undo } = await fillForm(document, cariste, context);
    expect(google.picked).toEqual(['27 Rue Jean Jaurès, Valenciennes, France']);
    expect([field('adresse').value, field('cp').value, field('ville').value]).toEqual(['27 Rue Jean Jaurès, Valenciennes, France', '59300', 'Valenciennes']);
    expect(report.filled).toContain('address');
    await undo();
    expect(pageState()).toEqual(['adresse=', 'cp=', 'ville=']);
  });

  it('picks no suggestion of another town, and types the street as before', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = FORM;
    const google = placesAutocomplete([
      ['27 Rue Jean Jaurès', 'Lille, France', '59000'],
      ['27 Rue Jean Jaurès', 'Douai, France', '59500'],
    ]);
    const { report } = await fillForm(document, cariste, context);
    expect(google.picked).toEqual([]);
    expect([field('adresse').value, field('cp').value, field('ville').value]).toEqual(['27 rue Jean Jaurès', '59300', 'Valenciennes']);
    expect(report.filled).toContain('address');
  });
});
