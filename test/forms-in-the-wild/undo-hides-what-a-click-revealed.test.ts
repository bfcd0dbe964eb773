// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context } from './mount-form';

/**
 * Pages that show or hide a part of the form when a radio or a box is clicked (GOV.UK's
 * conditional reveal, a React radio group, a jQuery toggle): undo must leave the page as it was,
 * the revealed part hidden again, though a radio cannot be unticked by a click.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const govuk = `<style>.govuk-radios__conditional--hidden { display: none }</style><form novalidate>
  <fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">Do you have a driving licence?</legend>
    <div class="govuk-radios" data-module="govuk-radios">
      <div class="govuk-radios__item"><input class="govuk-radios__input" id="licence" name="licence" type="radio" value="yes" aria-controls="conditional-licence" aria-expanded="false"><label class="govuk-label govuk-radios__label" for="licence">Yes</label></div>
      <div class="govuk-radios__conditional govuk-radios__conditional--hidden" id="conditional-licence">
        <fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">Which categories?</legend>
          <div class="govuk-checkboxes">
            <div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="cat-b" name="categories" type="checkbox" value="B"><label class="govuk-label" for="cat-b">B - cars</label></div>
            <div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="cat-c" name="categories" type="checkbox" value="C"><label class="govuk-label" for="cat-c">C - large goods vehicles</label></div>
          </div></fieldset></div>
      <div class="govuk-radios__item"><input class="govuk-radios__input" id="licence-2" name="licence" type="radio" value="no"><label class="govuk-label govuk-radios__label" for="licence-2">No</label></div>
    </div></fieldset></form>`;

function mountGovuk(): HTMLElement {
  document.documentElement.lang = 'en';
  document.body.innerHTML = govuk;
  const radios = [...document.querySelectorAll<HTMLInputElement>('.govuk-radios__input')];
  // govuk-frontend's Radios module: every click in the group syncs each answer's reveal.
  document.querySelector('.govuk-radios')!.addEventListener('click', () => {
    for (const radio of radios) {
      const target = radio.getAttribute('aria-controls');
      if (!target) continue;
      document.getElementById(target)!.classList.toggle('govuk-radios__conditional--hidden', !radio.checked);
      radio.setAttribute('aria-expanded', String(radio.checked));
    }
  });
  return document.getElementById('conditional-licence')!;
}

describe('GOV.UK conditional reveal under the licence question', () => {
  it('hides the categories again after undo, as before the fill', async () => {
    const reveal = mountGovuk();
    const outcome = await fillForm(document, cariste, context);
    expect(reveal.classList.contains('govuk-radios__conditional--hidden')).toBe(false);
    await outcome.undo();
    expect([...document.querySelectorAll('input:checked')]).toEqual([]);
    expect(reveal.classList.contains('govuk-radios__conditional--hidden')).toBe(true);
    expect(document.getElementById('licence')!.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('a page that keeps its own state of a radio question from clicks', () => {
  it('is told of the undo, so its state says nothing is answered', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form>
      <fieldset><legend>Avez-vous le permis de conduire ?</legend>
        <label><input type="radio" name="permis" value="oui"> Oui</label>
        <label><input type="radio" name="permis" value="non"> Non</label></fieldset>
      <output id="state"></output></form>`;
    // A framework's store, updated on click (React reads radios on click, not on change).
    const state = document.getElementById('state')!;
    document.querySelector('form')!.addEventListener('click', (event) => {
      const radio = event.target as HTMLInputElement;
      if (radio.name !== 'permis') return;
      state.textContent = document.querySelector<HTMLInputElement>('input[name="permis"]:checked')?.value ?? '';
    });
    const outcome = await fillForm(document, cariste, context);
    expect(state.textContent).toBe('oui');
    await outcome.undo();
    expect(state.textContent).toBe('');
  });
});
