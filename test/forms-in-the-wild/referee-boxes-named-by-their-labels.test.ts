// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * Step 3 of an English ATS ("Supporting information"): the candidate's own details were asked on
 * step 1, and this step asks for a referee in boxes whose labels alone say whose they are ("Referee
 * email address"), under a heading that names no one. Then an apprenticeship page in French with
 * the tutor's boxes beside the apprentice's.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const govRow = (id: string, label: string, extra = '') =>
  `<div class="govuk-form-group"><label class="govuk-label" for="${id}">${label}</label><input class="govuk-input" id="${id}" name="${id}" ${extra}></div>`;

describe('referee boxes on a step of their own', () => {
  it('leaves the referee’s name, e-mail and phone empty, and writes the job sought', async () => {
    const outcome = await mountAndFill(
      `<form><span class="govuk-caption-l">Step 3 of 4</span><h2 class="govuk-heading-l">Supporting information</h2>
        ${govRow('refName', 'Referee full name')}
        ${govRow('refEmail', 'Referee email address', 'type="email" spellcheck="false"')}
        ${govRow('refPhone', 'Referee telephone number', 'type="tel"')}
        ${govRow('refRelation', 'How do you know the referee?')}
        ${govRow('jobWanted', 'What job are you applying for?')}
        <button class="govuk-button">Save and continue</button></form>`,
      cariste,
      'en',
    );
    expect(pageState()).toEqual(['refName=', 'refEmail=', 'refPhone=', 'refRelation=', 'jobWanted=Cariste']);
    expect(outcome.report.filled).toEqual(['jobTitle']);
  });
});

describe('an apprenticeship page with the tutor’s boxes', () => {
  it('writes the apprentice’s phone and e-mail into their boxes, never into the tutor’s or the apprenticeship master’s', async () => {
    const row = (id: string, label: string, extra = '') => `<p><label for="${id}">${label}</label><input id="${id}" name="${id}" ${extra}></p>`;
    const outcome = await mountAndFill(
      `<form>${row('telTuteur', 'Téléphone du tuteur', 'type="tel"')}${row('mailMaitre', 'Courriel du maître d’apprentissage', 'type="email"')}
        ${row('tel', 'Téléphone de l’apprenti', 'type="tel"')}${row('mail', 'Courriel de l’apprenti', 'type="email"')}</form>`,
      cariste,
    );
    expect(pageState()).toEqual(['telTuteur=', 'mailMaitre=', 'tel=+33612345678', 'mail=mickael.fontaine59@gmail.com']);
    await outcome.undo();
    expect(field('tel').value).toBe('');
  });
});
