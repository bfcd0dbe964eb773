// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * An English application built with the GOV.UK design system: questions as page-sized labels
 * ("What job are you looking for?"), yes/no radios, the address as "Address line 1 / 2" and
 * "Town or city", hints under the labels and an error summary above the form.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const group = (id: string, label: string, extra = '') =>
  `<div class="govuk-form-group"><label class="govuk-label" for="${id}">${label}</label><input class="govuk-input" id="${id}" name="${id}" type="text" ${extra}></div>`;

const form = `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2>
  <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list"><li><a href="#job">Enter the job you are looking for</a></li></ul></div></div></div>
  <form novalidate>
  ${group('firstName', 'First name', 'autocomplete="given-name" spellcheck="false"')}
  ${group('lastName', 'Last name', 'autocomplete="family-name" spellcheck="false"')}
  <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">What is your address?</h2></legend>
    ${group('addressLine1', 'Address line 1', 'autocomplete="address-line1"')}
    ${group('addressLine2', 'Address line 2 (optional)', 'autocomplete="address-line2"')}
    ${group('addressTown', 'Town or city', 'autocomplete="address-level2"')}
    ${group('addressPostcode', 'Postcode', 'autocomplete="postal-code"')}</fieldset></div>
  <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">Do you have a driving licence?</legend>
    <div class="govuk-radios govuk-radios--inline" data-module="govuk-radios">
      <div class="govuk-radios__item"><input class="govuk-radios__input" id="licence" name="licence" type="radio" value="yes"><label class="govuk-label govuk-radios__label" for="licence">Yes</label></div>
      <div class="govuk-radios__item"><input class="govuk-radios__input" id="licence-2" name="licence" type="radio" value="no"><label class="govuk-label govuk-radios__label" for="licence-2">No</label></div></div></fieldset></div>
  <div class="govuk-form-group govuk-form-group--error"><label class="govuk-label" for="job">What job are you looking for?</label>
    <p id="job-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter the job you are looking for</p>
    <input class="govuk-input govuk-input--error" id="job" name="job" type="text" aria-describedby="job-error"></div>
  <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button></form>`;

describe('a GOV.UK application form', () => {
  it('puts the whole first address line in its box, and never writes a value into the "No" radio', async () => {
    const outcome = await mountAndFill(form, cariste, 'en');
    expect(field('addressLine1').value).toBe('27 rue Jean Jaurès');
    expect(document.querySelector<HTMLInputElement>('#licence-2')!.value).toBe('no');
    expect(document.querySelector<HTMLInputElement>('#licence-2')!.checked).toBe(false);
    expect(document.querySelector<HTMLInputElement>('#licence')!.checked).toBe(true);
    await outcome.undo();
    expect(document.querySelector<HTMLInputElement>('#licence-2')!.value).toBe('no');
  });

  it('takes "What job are you looking for?" for the job sought', async () => {
    const outcome = await mountAndFill(form, cariste, 'en');
    expect(field('job').value).toBe('Cariste');
    expect(outcome.report.filled).toContain('jobTitle');
  });

  it('fills the whole page and undo empties it', async () => {
    const outcome = await mountAndFill(form, cariste, 'en');
    expect(pageState()).toEqual([
      'firstName=Mickaël', 'lastName=FONTAINE', 'addressLine1=27 rue Jean Jaurès', 'addressLine2=', 'addressTown=Valenciennes', 'addressPostcode=59300',
      'licence=true', 'licence=false', 'job=Cariste',
    ]);
    await outcome.undo();
    expect(pageState()).toEqual([
      'firstName=', 'lastName=', 'addressLine1=', 'addressLine2=', 'addressTown=', 'addressPostcode=', 'licence=false', 'licence=false', 'job=',
    ]);
  });
});
