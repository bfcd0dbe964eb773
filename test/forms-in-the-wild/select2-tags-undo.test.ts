// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from './mount-form';
import { loadSelect2 } from './load-select2';

/**
 * Select2 in tags mode (`tags: true`), a skills list a person may extend: typing a skill the list
 * lacks and picking "Excel" makes Select2 add an <option> of its own to the select. Undo unchose
 * it but left that option in the list, so the page was not as before the fill (the form's list
 * kept a skill the job seeker never had on it).
 */
type JQueryish = ((element: Element | string) => { select2: (options?: object) => void }) & object;
let $: JQueryish;

beforeAll(async () => {
  $ = await loadSelect2<JQueryish>();
});

afterEach(() => {
  document.body.innerHTML = '';
});

const page = `<form>
  <div class="form-group"><label for="nom">Nom</label><input id="nom" name="nom"></div>
  <div class="form-group"><label for="competences">Compétences</label>
    <select id="competences" name="competences[]" multiple style="width: 100%">
      <option value="Gestes et postures">Gestes et postures</option><option value="Travail en équipe">Travail en équipe</option>
    </select></div>
</form>`;

const options = () => [...document.querySelectorAll<HTMLOptionElement>('#competences option')].map((option) => `${option.value}${option.selected ? ' (chosen)' : ''}`);

describe('Select2 in tags mode', () => {
  it('adds the skills the list lacks as Select2 tags, and undo takes the options it created away', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = page;
    $('#competences').select2({ tags: true });
    const before = options();
    // One skill: happy-dom answers jQuery's ":selected" with nothing, so Select2 would unchoose the
    // first tag while making the second (Chromium keeps both).
    const outcome = await fillForm(document, planOf({ skills: ['Conduite de chariot élévateur'] }), context);
    expect(options()).toEqual([...before, 'Conduite de chariot élévateur (chosen)']);
    expect(outcome.report.filled).toContain('skills:Conduite de chariot élévateur');
    await outcome.undo();
    expect(options()).toEqual(before);
  });

  it('keeps an option Select2 created for the person before the fill', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = page;
    $('#competences').select2({ tags: true });
    const select = document.getElementById('competences') as HTMLSelectElement;
    // A tag the person made before: Select2 marks it as its own, like the fill's.
    const theirs = document.createElement('option');
    theirs.value = theirs.textContent = 'Sauveteur secouriste du travail';
    theirs.setAttribute('data-select2-tag', 'true');
    select.append(theirs);
    theirs.selected = true;
    // The options listed, chosen or not: happy-dom's ":selected" makes Select2 unchoose the person's
    // tag when the fill's is picked, which Chromium does not.
    const listed = () => [...select.options].map((option) => option.value);
    const before = listed();
    const outcome = await fillForm(document, planOf({ skills: ['Préparation de commandes'] }), context);
    expect(options()).toContain('Préparation de commandes (chosen)');
    await outcome.undo();
    expect(listed()).toEqual(before);
  });
});
