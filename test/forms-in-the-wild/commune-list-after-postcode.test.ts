// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { cariste, pageState } from './mount-form';

/**
 * French forms ask the town as a list of communes the page loads once the postcode is typed (a
 * request to the site's own postcode base): the list is empty until then, and takes a moment.
 */
const COMMUNE_FORM = `<form method="post"><table>
  <tr><td>Code postal :</td><td><input type="text" name="cp" maxlength="5" size="5"></td></tr>
  <tr><td>Commune :</td><td><select name="commune"><option value="">Saisissez d'abord le code postal</option></select></td></tr>
</table><input type="submit" value="Valider"></form>`;

function mountCommuneForm(delayMs: number): HTMLSelectElement {
  document.body.innerHTML = COMMUNE_FORM;
  const postcode = document.querySelector<HTMLInputElement>('input[name="cp"]')!;
  const commune = document.querySelector<HTMLSelectElement>('select[name="commune"]')!;
  const load = () => {
    if (!/^\d{5}$/.test(postcode.value)) return;
    // The answer of the site's postcode service, a round trip later.
    setTimeout(() => {
      commune.innerHTML = postcode.value === '59300'
        ? '<option value="">Choisissez votre commune</option><option value="59606">Valenciennes</option><option value="59383">Marly</option><option value="59009">Aulnoy-lez-Valenciennes</option>'
        : '<option value="">Aucune commune</option>';
    }, delayMs);
  };
  postcode.addEventListener('change', load);
  return commune;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a commune list loaded from the postcode', () => {
  it('chooses the town once the page has loaded the communes of the postcode it wrote', async () => {
    const commune = mountCommuneForm(150);
    // The extension's own timings: no test shortcut for settling.
    const { report } = await fillForm(document, cariste, { isVisible: isShownByStyle, highlight: false, adapters: [] });
    expect(pageState()).toContain('cp=59300');
    expect(commune.value).toBe('59606');
    expect(report.filled).toContain('city');
  });
});
