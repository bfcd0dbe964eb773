// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, pageState, planOf } from './mount-form';

/**
 * The "My Information" step of a Workday-like applicant-tracking system of a multinational, in
 * English: "Legal First Name", "Address Line 1", "Postal Code", the phone as "Phone Device Type"
 * (a button menu), "Country Phone Code", "Phone Number" and "Phone Extension"; the country a
 * button menu already on France; required marks in an <abbr>; the e-mail locked to the account.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const req = '<abbr class="required" title="required">*</abbr>';
const text = (id: string, label: string, extra = '') =>
  `<div data-automation-id="formField-${id}"><label for="input-${id}">${label}${extra}</label><div><input type="text" id="input-${id}" name="${id}" data-automation-id="${id}" aria-required="${extra ? 'true' : 'false'}"></div></div>`;
const menu = (id: string, label: string, shown: string) =>
  `<div data-automation-id="formField-${id}"><label id="l-${id}">${label}${req}</label><div><button type="button" id="${id}" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="l-${id} ${id}" data-automation-id="${id}">${shown}</button></div></div>`;

function mount(): void {
  document.documentElement.lang = 'en-US';
  document.body.innerHTML = `<div data-automation-id="applyFlowPage"><h2>My Information</h2>
    <fieldset><legend>How Did You Hear About Us?</legend>${menu('source', 'How Did You Hear About Us?', 'Select One')}</fieldset>
    ${menu('country', 'Country', 'France')}
    <fieldset data-automation-id="legalNameSection"><legend>Legal Name</legend>
      ${text('legalNameSection_firstName', 'Legal First Name', req)}${text('legalNameSection_middleName', 'Middle Name')}${text('legalNameSection_lastName', 'Legal Last Name', req)}
    </fieldset>
    <fieldset data-automation-id="preferredNameSection"><legend>Preferred Name</legend>
      <label><input type="checkbox" name="preferredCheck"> I have a preferred name</label>
    </fieldset>
    <fieldset data-automation-id="addressSection"><legend>Address</legend>
      ${text('addressSection_addressLine1', 'Address Line 1', req)}${text('addressSection_addressLine2', 'Address Line 2')}${text('addressSection_city', 'City', req)}${text('addressSection_postalCode', 'Postal Code', req)}
    </fieldset>
    <div data-automation-id="formField-email"><label for="input-email">Email Address${req}</label><input type="email" id="input-email" name="email" value="m.fontaine@orange.fr" readonly></div>
    <fieldset data-automation-id="phoneSection"><legend>Phone</legend>
      ${menu('phoneType', 'Phone Device Type', 'Select One')}
      ${text('phoneNumber--countryPhoneCode', 'Country Phone Code', req)}
      ${text('phoneNumber--phoneNumber', 'Phone Number', req)}${text('phoneNumber--extension', 'Phone Extension')}
    </fieldset>
  </div>
  <ul role="listbox" id="popup" hidden></ul>`;
  // Workday's menus: one popup list, filled with the pressed menu's options.
  const options: Record<string, string[]> = { source: ['Job Board', 'Company Website', 'France Travail'], country: ['Belgium', 'France', 'United Kingdom'], phoneType: ['Home', 'Mobile', 'Work'] };
  const popup = document.getElementById('popup')!;
  for (const id of Object.keys(options)) {
    const button = document.getElementById(id)!;
    button.addEventListener('click', () => {
      popup.innerHTML = options[id]!.map((option) => `<li role="option">${option}</li>`).join('');
      popup.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      popup.querySelectorAll('li').forEach((item) => item.addEventListener('click', () => {
        button.textContent = item.textContent;
        popup.hidden = true;
        button.setAttribute('aria-expanded', 'false');
      }));
    });
  }
}

const shown = (id: string) => document.getElementById(id)!.textContent;

describe('a Workday-like "My Information" step', () => {
  it('fills the legal name, the address lines and the phone in its parts, leaves the middle name, line 2, extension and the locked e-mail', async () => {
    mount();
    const outcome = await fillForm(document, cariste, context);
    expect(pageState()).toEqual([
      'legalNameSection_firstName=Mickaël', 'legalNameSection_middleName=', 'legalNameSection_lastName=FONTAINE',
      'preferredCheck=false',
      'addressSection_addressLine1=27 rue Jean Jaurès', 'addressSection_addressLine2=', 'addressSection_city=Valenciennes', 'addressSection_postalCode=59300',
      'email=m.fontaine@orange.fr',
      'phoneNumber--countryPhoneCode=+33', 'phoneNumber--phoneNumber=0612345678', 'phoneNumber--extension=',
    ]);
    expect(shown('country')).toBe('France');
    expect(shown('source')).toBe('Select One');
    expect(outcome.report.filled).not.toContain('email');
    await outcome.undo();
    expect(pageState().filter((entry) => !entry.endsWith('=') && !entry.endsWith('=false'))).toEqual(['email=m.fontaine@orange.fr']);
  });

  it('never takes a menu under the phone’s own label for the place of the number', async () => {
    document.documentElement.lang = 'en-US';
    document.body.innerHTML = `<div role="group" aria-labelledby="l-phone"><span id="l-phone">Phone</span>
      <button type="button" id="kind" aria-haspopup="listbox" aria-labelledby="l-phone kind">Mobile</button>
      <input type="text" name="phone" aria-labelledby="l-phone"></div>
      <ul role="listbox" hidden><li role="option">Mobile</li><li role="option">Home</li></ul>`;
    const outcome = await fillForm(document, planOf({ fields: { phone: '+33612345678' } }), context);
    expect(pageState()).toEqual(['phone=+33612345678']);
    expect(document.getElementById('kind')!.textContent).toBe('Mobile');
    expect(outcome.report.filled).toEqual(['phone']);
  });
});
