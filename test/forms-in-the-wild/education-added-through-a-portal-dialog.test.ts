// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from './mount-form';

/**
 * A React page (MUI's Dialog) whose "Ajouter une formation" mounts a dialog in a portal at the end
 * of the body, hides the rest of the page from assistive technology while it is open
 * (aria-hidden on the app's root), and unmounts it on "Enregistrer" or "Annuler". Each training
 * saved is a card in the list, with a "Supprimer" icon button.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const plan = planOf({
  fields: { firstName: 'Mickaël' },
  education: [
    { degree: 'CACES R489 catégories 1, 3 et 5', school: 'AFTRAL Valenciennes', end: '2019' },
    { degree: 'Bac professionnel Logistique', school: 'Lycée du Hainaut', end: '2014' },
  ],
});

function mount(): void {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<div id="root"><form><label for="p">Prénom</label><input id="p" name="prenom">
    <h2>Formations et diplômes</h2><div class="cards" id="formations"></div>
    <button type="button" class="MuiButton-root" id="add">Ajouter une formation</button></form></div>`;
  const root = document.getElementById('root')!;
  let count = 0;
  document.getElementById('add')!.addEventListener('click', () => {
    const portal = document.createElement('div');
    portal.className = 'MuiDialog-root MuiModal-root';
    portal.setAttribute('role', 'presentation');
    portal.innerHTML = `<div class="MuiBackdrop-root" aria-hidden="true"></div>
      <div class="MuiDialog-container" role="presentation"><div class="MuiPaper-root MuiDialog-paper" role="dialog" aria-labelledby="dlg-title">
        <h2 class="MuiDialogTitle-root" id="dlg-title">Nouvelle formation</h2>
        <div class="MuiDialogContent-root">
          <label for="diplome">Diplôme ou titre</label><input id="diplome" name="diplome">
          <label for="organisme">Établissement</label><input id="organisme" name="organisme">
          <label for="annee">Année d’obtention</label><input id="annee" name="annee" inputmode="numeric" maxlength="4">
        </div>
        <div class="MuiDialogActions-root"><button type="button" class="annuler">Annuler</button><button type="button" class="enregistrer">Enregistrer</button></div>
      </div></div>`;
    root.setAttribute('aria-hidden', 'true');
    document.body.append(portal);
    const close = () => {
      portal.remove();
      root.removeAttribute('aria-hidden');
    };
    portal.querySelector('.annuler')!.addEventListener('click', close);
    portal.querySelector('.enregistrer')!.addEventListener('click', () => {
      const value = (id: string) => portal.querySelector<HTMLInputElement>(`#${id}`)!.value;
      if (!value('diplome')) return;
      const card = document.createElement('div');
      card.className = 'MuiCard-root';
      card.innerHTML = `<p class="titre"></p><p class="lieu"></p><input type="hidden" name="formations[${count++}]"><button type="button" aria-label="Supprimer" class="MuiIconButton-root">🗑</button>`;
      card.querySelector('.titre')!.textContent = `${value('diplome')} (${value('annee')})`;
      card.querySelector('.lieu')!.textContent = value('organisme');
      card.querySelector('input')!.value = JSON.stringify({ diplome: value('diplome'), organisme: value('organisme'), annee: value('annee') });
      card.querySelector('button')!.addEventListener('click', () => card.remove());
      document.getElementById('formations')!.append(card);
      close();
    });
  });
}

const cards = () => [...document.querySelectorAll('.MuiCard-root')].map((card) => `${card.querySelector('.titre')!.textContent} / ${card.querySelector('.lieu')!.textContent}`);

describe('trainings added through a dialog mounted in a portal', () => {
  it('saves one card per training, leaves no dialog, and undo removes the cards', async () => {
    mount();
    const outcome = await fillForm(document, plan, context);
    expect(cards()).toEqual(['CACES R489 catégories 1, 3 et 5 (2019) / AFTRAL Valenciennes', 'Bac professionnel Logistique (2014) / Lycée du Hainaut']);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(document.getElementById('root')!.hasAttribute('aria-hidden')).toBe(false);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['firstName', 'education:0', 'education:1']));
    await outcome.undo();
    expect(cards()).toEqual([]);
    expect(document.querySelector<HTMLInputElement>('[name="prenom"]')!.value).toBe('');
  });
});
