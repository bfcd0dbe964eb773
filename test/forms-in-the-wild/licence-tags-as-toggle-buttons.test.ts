// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context } from './mount-form';

/**
 * Driving licences offered as tags to select: the DSFR's selectable tags under a "Permis de
 * conduire" legend ("B", "C", "CE"), or job-board chips that say "Permis B". The fill selects the
 * plan's categories (B and C) by a click; undo deselects them.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const pressed = () => [...document.querySelectorAll('[aria-pressed]')].map((tag) => `${tag.textContent!.trim()}=${tag.getAttribute('aria-pressed')}`);

function toggles(): void {
  for (const tag of document.querySelectorAll('[aria-pressed]')) tag.addEventListener('click', () => tag.setAttribute('aria-pressed', String(tag.getAttribute('aria-pressed') !== 'true')));
}

describe('licence categories as DSFR tags', () => {
  it('selects the categories of the plan, and undo deselects them', async () => {
    document.body.innerHTML = `<form><div class="fr-input-group"><label class="fr-label" for="nom">Nom</label><input class="fr-input" id="nom" name="nom"></div>
      <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Permis de conduire</legend><ul class="fr-tags-group">
        <li><button type="button" class="fr-tag" aria-pressed="false">AM</button></li><li><button type="button" class="fr-tag" aria-pressed="false">B</button></li>
        <li><button type="button" class="fr-tag" aria-pressed="false">BE</button></li><li><button type="button" class="fr-tag" aria-pressed="false">C</button></li>
        <li><button type="button" class="fr-tag" aria-pressed="false">CE</button></li></ul></fieldset></form>`;
    toggles();
    const outcome = await fillForm(document, cariste, context);
    expect(pressed()).toEqual(['AM=false', 'B=true', 'BE=false', 'C=true', 'CE=false']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['drivingLicence:B', 'drivingLicence:C']));
    expect(outcome.report.skipped.filter((entry) => entry.target.startsWith('drivingLicence'))).toEqual([]);
    await outcome.undo();
    expect(pressed()).toEqual(['AM=false', 'B=false', 'BE=false', 'C=false', 'CE=false']);
  });

  it('selects chips that say "Permis B" outside any licence question', async () => {
    document.body.innerHTML = `<form><div class="chips"><span>Vos atouts</span>
      <button type="button" class="chip" aria-pressed="false">Permis B</button><button type="button" class="chip" aria-pressed="false">Véhiculé</button>
      <button type="button" class="chip" aria-pressed="false">Permis C</button></div></form>`;
    toggles();
    await fillForm(document, cariste, context);
    expect(pressed()).toEqual(['Permis B=true', 'Véhiculé=false', 'Permis C=true']);
  });

  it('selects no category letter outside a licence question', async () => {
    document.body.innerHTML = `<form><fieldset><legend>Taille de vêtement</legend><button type="button" aria-pressed="false">B</button><button type="button" aria-pressed="false">C</button></fieldset></form>`;
    toggles();
    await fillForm(document, cariste, context);
    expect(pressed()).toEqual(['B=false', 'C=false']);
  });
});
