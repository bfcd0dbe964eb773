// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, mountAndFill, pageState, planOf } from './mount-form';

/**
 * A date asked as two or three text boxes under one question (GOV.UK's date input: a fieldset whose
 * legend says which date, boxes labelled only "Day", "Month", "Year"; the same in French with
 * "Jour", "Mois", "Année"). The legend says which date each box is part of; a CV gives no day.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

/** GOV.UK's date input as its Nunjucks macro writes it, with a `namePrefix` that says nothing. */
function govukDate(id: string, legend: string, parts: string[]): string {
  const items = parts.map((part) => `<div class="govuk-date-input__item"><div class="govuk-form-group">
      <label class="govuk-label govuk-date-input__label" for="${id}-${part.toLowerCase()}">${part}</label>
      <input class="govuk-input govuk-date-input__input" id="${id}-${part.toLowerCase()}" name="${id}-${part.toLowerCase()}" type="text" inputmode="numeric"></div></div>`);
  return `<div class="govuk-form-group"><fieldset class="govuk-fieldset" role="group" aria-describedby="${id}-hint">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${legend}</legend>
      <div id="${id}-hint" class="govuk-hint">For example, 27 3 2007</div>
      <div class="govuk-date-input" id="${id}">${items.join('')}</div></fieldset></div>`;
}

describe('a GOV.UK work history with date inputs', () => {
  const form = `<main class="govuk-main-wrapper"><form novalidate>
    <h2 class="govuk-heading-m">Your most recent job</h2>
    <div class="govuk-form-group"><label class="govuk-label" for="job-title">Job title</label><input class="govuk-input" id="job-title" name="job-title" type="text"></div>
    <div class="govuk-form-group"><label class="govuk-label" for="employer">Employer name</label><input class="govuk-input" id="employer" name="employer" type="text"></div>
    ${govukDate('d1', 'Start date', ['Day', 'Month', 'Year'])}
    ${govukDate('d2', 'End date', ['Month', 'Year'])}
    <button type="submit" class="govuk-button">Continue</button></form></main>`;

  it('fills each box with its part of the right date, the day as the 1st', async () => {
    const outcome = await mountAndFill(form, planOf({ experiences: [{ title: 'Warehouse operative', employer: 'Tesco', start: '2019-03', end: '2021-06' }] }), 'en');
    expect(pageState()).toEqual(['job-title=Warehouse operative', 'employer=Tesco', 'd1-day=01', 'd1-month=03', 'd1-year=2019', 'd2-month=06', 'd2-year=2021']);
    expect(outcome.report.filled).toContain('experience:0');
    await outcome.undo();
    expect(pageState()).toEqual(['job-title=', 'employer=', 'd1-day=', 'd1-month=', 'd1-year=', 'd2-month=', 'd2-year=']);
  });

  it('leaves the end date empty for a job held today, and the day and month of a year-only date', async () => {
    await mountAndFill(form, planOf({ experiences: [{ title: 'Warehouse operative', employer: 'Tesco', start: '2019', end: 'present' }] }), 'en');
    expect(pageState()).toEqual(['job-title=Warehouse operative', 'employer=Tesco', 'd1-day=', 'd1-month=', 'd1-year=2019', 'd2-month=', 'd2-year=']);
  });
});

describe('a French experience block added from a template, dates as "Mois" and "Année" boxes', () => {
  function page(): void {
    document.body.innerHTML = `<form><h2>Vos expériences professionnelles</h2><div id="liste"></div>
      <template id="modele"><div class="bloc-experience">
        <div><label>Intitulé du poste <input name="poste"></label></div>
        <div><label>Employeur <input name="employeur"></label></div>
        <fieldset><legend>Date d'entrée</legend><label>Mois <input name="m1" size="2" maxlength="2"></label><label>Année <input name="a1" size="4" maxlength="4"></label></fieldset>
        <fieldset><legend>Date de sortie</legend><label>Mois <input name="m2" size="2" maxlength="2"></label><label>Année <input name="a2" size="4" maxlength="4"></label></fieldset>
        <button type="button" class="retirer">Retirer</button></div></template>
      <button type="button" id="ajout">+ Ajouter une expérience</button></form>`;
    const list = document.getElementById('liste')!;
    document.getElementById('ajout')!.addEventListener('click', () => {
      list.append((document.getElementById('modele') as HTMLTemplateElement).content.cloneNode(true));
      const block = list.lastElementChild!;
      block.querySelector('.retirer')!.addEventListener('click', () => block.remove());
    });
  }

  it('adds one block per job with its dates, and undo removes only the blocks it added', async () => {
    page();
    document.getElementById('ajout')!.click(); // a block the person filled before
    const own = document.querySelector<HTMLInputElement>('[name="poste"]')!;
    own.value = 'Magasinier';
    const outcome = await fillForm(document, cariste, context);
    expect(pageState()).toEqual([
      'poste=Magasinier', 'employeur=', 'm1=', 'a1=', 'm2=', 'a2=',
      'poste=Cariste', 'employeur=Hainaut Logistique Services', 'm1=03', 'a1=2019', 'm2=', 'a2=',
      'poste=Préparateur de commandes', 'employeur=Adecco', 'm1=03', 'a1=2016', 'm2=12', 'a2=2018',
    ]);
    await outcome.undo();
    expect(pageState()).toEqual(['poste=Magasinier', 'employeur=', 'm1=', 'a1=', 'm2=', 'a2=']);
  });
});
