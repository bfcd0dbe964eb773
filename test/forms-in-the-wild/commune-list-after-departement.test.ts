// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, pageState, planOf } from './mount-form';
import { loadSelect2 } from './load-select2';

/**
 * Regional and municipal forms ask the town as a "Département" list, then a "Commune" list the page
 * loads for the département chosen (no postcode box at all). The fill chose no département (the
 * plan holds none), so the commune list stayed "Choisissez d'abord un département" and the town
 * was lost. The département is the postcode's (59300 -> 59, 20090 -> 2A, 97400 -> 974): chosen
 * first, then the commune. A "Département de naissance" is not the address's.
 */
type JQueryish = ((element: Element | string) => { select2: (options?: object) => void; on: (event: string, handler: (event: { params: { data: { id: string } } }) => void) => void }) & object;
let $: JQueryish;

beforeAll(async () => {
  $ = await loadSelect2<JQueryish>();
});

afterEach(() => {
  document.body.innerHTML = '';
});

const DEPARTEMENTS = [['01', 'Ain'], ['2A', 'Corse-du-Sud'], ['2B', 'Haute-Corse'], ['45', 'Loiret'], ['59', 'Nord'], ['62', 'Pas-de-Calais'], ['974', 'La Réunion']];
const COMMUNES: Record<string, [string, string][]> = {
  '59': [['59606', 'Valenciennes'], ['59383', 'Marly'], ['59350', 'Lille']],
  '2A': [['2A004', 'Ajaccio'], ['2A247', 'Porto-Vecchio']],
  '974': [['97411', 'Saint-Denis'], ['97416', 'Saint-Pierre']],
};

const form = (birth = false) => `<form method="post"><h2>Vos coordonnées</h2>
  <label for="nom">Nom</label><input id="nom" name="nom">
  ${birth ? `<label for="dep-naissance">Département de naissance</label><select id="dep-naissance" name="dep_naissance"><option value="">Choisissez</option>${DEPARTEMENTS.map(([code, name]) => `<option value="${code}">${code} - ${name}</option>`).join('')}</select>` : ''}
  <label for="adresse">Adresse</label><input id="adresse" name="adresse">
  <label for="departement">Département</label><select id="departement" name="departement"><option value="">Choisissez un département</option>${DEPARTEMENTS.map(([code, name]) => `<option value="${code}">${code} - ${name}</option>`).join('')}</select>
  <label for="commune">Commune</label><select id="commune" name="commune"><option value="">Choisissez d'abord un département</option></select>
</form>`;

/** The site's commune list for a département, a round trip later. */
function loadCommunes(code: string): void {
  setTimeout(() => {
    const communes = COMMUNES[code] ?? [];
    document.querySelector('#commune')!.innerHTML = `<option value="">Choisissez votre commune</option>${communes.map(([insee, name]) => `<option value="${insee}">${name}</option>`).join('')}`;
  }, 60);
}

const value = (name: string) => document.querySelector<HTMLSelectElement>(`[name="${name}"]`)!.value;

describe('a commune list loaded for the département chosen', () => {
  it('chooses the postcode’s département, then the commune; undo empties both', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = form();
    const before = pageState();
    document.querySelector('#departement')!.addEventListener('change', (event) => loadCommunes((event.target as HTMLSelectElement).value));
    const outcome = await fillForm(document, cariste, context);
    expect(value('departement')).toBe('59');
    expect(value('commune')).toBe('59606');
    expect(outcome.report.filled).toContain('city');
    await outcome.undo();
    expect(value('departement')).toBe('');
    expect(value('commune')).toBe('');
    expect(pageState()).toEqual(before);
  });

  it('Corsica and overseas: 20090 is 2A, 97410 is 974', async () => {
    for (const [postcode, city, departement, insee] of [['20090', 'Ajaccio', '2A', '2A004'], ['97410', 'Saint-Pierre', '974', '97416']] as const) {
      document.body.innerHTML = form();
      document.querySelector('#departement')!.addEventListener('change', (event) => loadCommunes((event.target as HTMLSelectElement).value));
      await fillForm(document, planOf({ fields: { postcode, city } }), context);
      expect([value('departement'), value('commune')]).toEqual([departement, insee]);
    }
  });

  it('a Select2 département whose communes load on select2:select; the birth département is left alone', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = form(true);
    $('#departement').select2();
    $('#departement').on('select2:select', (event) => loadCommunes(event.params.data.id));
    await fillForm(document, cariste, context);
    expect(value('departement')).toBe('59');
    expect(value('commune')).toBe('59606');
    expect(value('dep_naissance')).toBe('');
  });
});
