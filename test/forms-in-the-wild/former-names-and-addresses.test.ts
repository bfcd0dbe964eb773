// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * Forms that ask what the person was called, or where they lived, before: a UK pre-employment
 * check's "Address history" step (the current address was asked on the step before), "Previous
 * surname(s)" above "Surname", and a French "fiche de renseignements" with "Ancienne adresse".
 * The CV's current name and address are never a former one.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const govRow = (id: string, label: string, extra = '') =>
  `<div class="govuk-form-group"><label class="govuk-label" for="${id}">${label}</label><input class="govuk-input" id="${id}" name="${id}" ${extra}></div>`;

describe('former names and addresses', () => {
  it('leaves a previous address step empty', async () => {
    const outcome = await mountAndFill(
      `<form><span class="govuk-caption-l">Address history</span>
        <fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--l">Have you lived anywhere else in the last 5 years?</legend>
        ${govRow('prevLine1', 'Previous address line 1')}${govRow('prevLine2', 'Previous address line 2 (optional)')}
        ${govRow('prevTown', 'Previous town or city')}${govRow('prevPostcode', 'Previous postcode', 'class="govuk-input--width-10"')}</fieldset>
        <button class="govuk-button">Continue</button></form>`,
      cariste,
      'en',
    );
    expect(pageState()).toEqual(['prevLine1=', 'prevLine2=', 'prevTown=', 'prevPostcode=']);
    expect(outcome.report.filled).toEqual([]);
  });

  it('writes the surname and forenames into their own boxes, not into "Previous surname(s)" or "Other forenames" above them', async () => {
    const outcome = await mountAndFill(
      `<form>${govRow('prevSurname', 'Previous surname(s) (if any)')}${govRow('otherNames', 'Other forenames')}
        ${govRow('surname', 'Surname')}${govRow('forenames', 'Forename(s)')}</form>`,
      cariste,
      'en',
    );
    expect(pageState()).toEqual(['prevSurname=', 'otherNames=', 'surname=FONTAINE', 'forenames=Mickaël']);
    await outcome.undo();
    expect(pageState()).toEqual(['prevSurname=', 'otherNames=', 'surname=', 'forenames=']);
  });

  it('writes the address into "Adresse actuelle", not into "Ancienne adresse" before it', async () => {
    const row = (id: string, label: string) => `<p><label for="${id}">${label}</label><input id="${id}" name="${id}"></p>`;
    await mountAndFill(
      `<form>${row('nom', 'Nom')}${row('ancienneAdresse', 'Ancienne adresse (si déménagement récent)')}${row('adresse', 'Adresse actuelle')}
        ${row('autresPrenoms', 'Autres prénoms')}${row('prenom', 'Prénom')}</form>`,
      cariste,
    );
    expect(pageState()).toEqual(['nom=FONTAINE', 'ancienneAdresse=', 'adresse=27 rue Jean Jaurès, 59300 Valenciennes', 'autresPrenoms=', 'prenom=Mickaël']);
  });
});
