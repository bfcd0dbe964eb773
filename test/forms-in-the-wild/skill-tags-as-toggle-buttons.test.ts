// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, field } from './mount-form';

/**
 * Skills and qualities offered as tags one selects, not as checkboxes: the DSFR's selectable tags
 * (`<button class="fr-tag" aria-pressed>`) and chip groups built as ARIA checkboxes
 * (`role="checkbox" aria-checked`, Vuetify's and MUI's filter chips). The fill selects the tags that
 * say a confirmed skill, as a person clicks them; undo deselects only those.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const plan = {
  ...cariste,
  skills: ['utiliser un chariot élévateur', 'préparer des commandes', 'gérer un stock'],
  softSkills: ['faire preuve de rigueur et de précision'],
  wordings: {
    'utiliser un chariot élévateur': ['Conduite de chariots élévateurs'],
    'préparer des commandes': ['Préparation de commandes'],
    'faire preuve de rigueur et de précision': ['Rigueur'],
  },
};

/** Tags that toggle on a click, as the DSFR's script and most chip components do. */
function makeToggles(selector: string, attribute: 'aria-pressed' | 'aria-checked'): void {
  for (const tag of document.querySelectorAll(selector)) {
    tag.addEventListener('click', () => tag.setAttribute(attribute, String(tag.getAttribute(attribute) !== 'true')));
  }
}

const state = (selector: string, attribute: string) => [...document.querySelectorAll(selector)].map((tag) => `${tag.textContent!.trim()}=${tag.getAttribute(attribute)}`);

describe('a DSFR form whose skills are selectable tags', () => {
  const page = `<main><form>
    <div class="fr-input-group"><label class="fr-label" for="nom">Nom</label><input class="fr-input" id="nom" name="nom"></div>
    <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Vos compétences <span class="fr-hint-text">Sélectionnez celles que vous maîtrisez</span></legend>
      <ul class="fr-tags-group">
        <li><button type="button" class="fr-tag" aria-pressed="false">Conduite de chariots élévateurs</button></li>
        <li><button type="button" class="fr-tag" aria-pressed="false">Préparation de commandes</button></li>
        <li><button type="button" class="fr-tag" aria-pressed="true">Soudure à l'arc</button></li>
        <li><button type="button" class="fr-tag" aria-pressed="false">Accueil du public</button></li>
      </ul></fieldset>
    <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Permis de conduire</legend>
      <ul class="fr-tags-group"><li><button type="button" class="fr-tag" aria-pressed="false">Permis B</button></li></ul></fieldset>
    <div class="fr-input-group"><label class="fr-label" for="autres">Autres compétences</label><textarea class="fr-input" id="autres" name="autres"></textarea></div>
    <button type="button" class="fr-btn" aria-pressed="false">Afficher l'aide</button>
  </form></main>`;

  it('selects the tags that say a confirmed skill, leaves the others, and writes the rest in the free box', async () => {
    document.body.innerHTML = page;
    makeToggles('button[aria-pressed]', 'aria-pressed');
    const outcome = await fillForm(document, plan, context);
    expect(state('.fr-tag', 'aria-pressed')).toEqual([
      // The licence tag is the plan's licence, not a skill (licence-tags-as-toggle-buttons.test.ts).
      'Conduite de chariots élévateurs=true', 'Préparation de commandes=true', "Soudure à l'arc=true", 'Accueil du public=false', 'Permis B=true',
    ]);
    expect(outcome.report.filled.filter((entry) => entry.includes('Permis'))).toEqual([]);
    expect(document.querySelector('.fr-btn')!.getAttribute('aria-pressed')).toBe('false');
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['skills:utiliser un chariot élévateur', 'skills:préparer des commandes']));
    expect(field('autres').value).toBe('gérer un stock\nfaire preuve de rigueur et de précision');
  });

  it('undo deselects only the tags it selected, and leaves one the person deselected since', async () => {
    document.body.innerHTML = page;
    makeToggles('button[aria-pressed]', 'aria-pressed');
    const outcome = await fillForm(document, plan, context);
    (document.querySelectorAll<HTMLButtonElement>('.fr-tag')[1]!).click(); // the person deselects "Préparation de commandes"
    await outcome.undo();
    expect(state('.fr-tag', 'aria-pressed')).toEqual([
      'Conduite de chariots élévateurs=false', 'Préparation de commandes=false', "Soudure à l'arc=true", 'Accueil du public=false', 'Permis B=false',
    ]);
    expect(field('autres').value).toBe('');
  });
});

describe('qualities as a chip group of ARIA checkboxes', () => {
  it('checks the chip that says a confirmed quality, never a disabled one', async () => {
    document.body.innerHTML = `<form><label for="n">Nom</label><input id="n" name="nom">
      <div role="group" aria-labelledby="q">
        <h3 id="q">Savoir-être professionnels</h3>
        <span class="v-chip" role="checkbox" aria-checked="false" tabindex="0">Rigueur</span>
        <span class="v-chip" role="checkbox" aria-checked="false" tabindex="0">Autonomie</span>
        <span class="v-chip" role="checkbox" aria-checked="false" aria-disabled="true" tabindex="-1">Préparation de commandes</span>
      </div></form>`;
    makeToggles('[role="checkbox"]:not([aria-disabled="true"])', 'aria-checked');
    const outcome = await fillForm(document, plan, context);
    expect(state('.v-chip', 'aria-checked')).toEqual(['Rigueur=true', 'Autonomie=false', 'Préparation de commandes=false']);
    expect(outcome.report.filled).toContain('softSkills:faire preuve de rigueur et de précision');
    await outcome.undo();
    expect(state('.v-chip', 'aria-checked')).toEqual(['Rigueur=false', 'Autonomie=false', 'Préparation de commandes=false']);
  });

  it('reports a tag the page would not select', async () => {
    document.body.innerHTML = `<form><fieldset><legend>Compétences</legend>
      <button type="button" class="tag" aria-pressed="false">Préparation de commandes</button></fieldset></form>`;
    const outcome = await fillForm(document, plan, context); // no script: the click changes nothing
    expect(outcome.report.filled).not.toContain('skills:préparer des commandes');
    expect(outcome.report.skipped).toContainEqual({ target: 'skills:préparer des commandes', reason: 'not-kept-by-page' });
  });
});
