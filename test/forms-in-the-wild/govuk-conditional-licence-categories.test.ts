// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context } from './mount-form';

/**
 * GOV.UK's conditional reveal: "Do you have a driving licence? Yes / No", and inside the "Yes"
 * answer a question of its own, "Which categories?", shown once "Yes" is clicked (govuk-frontend
 * removes a class on click). The categories' own question does not say "licence": the question
 * around it does.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const page = `<style>.govuk-radios__conditional--hidden { display: none }</style><form novalidate>
  <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Do you have a driving licence?</legend>
    <div class="govuk-radios" data-module="govuk-radios">
      <div class="govuk-radios__item"><input class="govuk-radios__input" id="licence" name="licence" type="radio" value="yes" aria-controls="conditional-licence" aria-expanded="false"><label class="govuk-label govuk-radios__label" for="licence">Yes</label></div>
      <div class="govuk-radios__conditional govuk-radios__conditional--hidden" id="conditional-licence">
        <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">Which categories?</legend>
          <div class="govuk-checkboxes" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="cat-b" name="categories" type="checkbox" value="B"><label class="govuk-label govuk-checkboxes__label" for="cat-b">B - cars</label></div>
            <div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="cat-c" name="categories" type="checkbox" value="C"><label class="govuk-label govuk-checkboxes__label" for="cat-c">C - large goods vehicles</label></div>
            <div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="cat-d" name="categories" type="checkbox" value="D"><label class="govuk-label govuk-checkboxes__label" for="cat-d">D - buses</label></div>
          </div></fieldset></div></div>
      <div class="govuk-radios__item"><input class="govuk-radios__input" id="licence-2" name="licence" type="radio" value="no"><label class="govuk-label govuk-radios__label" for="licence-2">No</label></div>
    </div></fieldset></div></form>`;

/** govuk-frontend's Radios module: a click shows the conditional part of the checked answer. */
function mount(): void {
  document.documentElement.lang = 'en';
  document.body.innerHTML = page;
  const radios = [...document.querySelectorAll<HTMLInputElement>('.govuk-radios__input')];
  const sync = () => {
    for (const radio of radios) {
      const target = radio.getAttribute('aria-controls');
      if (!target) continue;
      document.getElementById(target)!.classList.toggle('govuk-radios__conditional--hidden', !radio.checked);
      radio.setAttribute('aria-expanded', String(radio.checked));
    }
  };
  document.querySelector('.govuk-radios')!.addEventListener('click', sync);
}

const ticked = () => [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => `${box.name}=${box.value}`);

describe('licence categories revealed inside the "Yes" answer', () => {
  it('answers "Yes", then ticks the categories of the plan in the question it reveals', async () => {
    mount();
    const outcome = await fillForm(document, cariste, context);
    expect(ticked()).toEqual(['licence=yes', 'categories=B', 'categories=C']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['drivingLicence:B', 'drivingLicence:C']));
    await outcome.undo();
    expect(ticked()).toEqual([]);
  });
});
