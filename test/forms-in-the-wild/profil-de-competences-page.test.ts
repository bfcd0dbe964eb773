// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * A France Travail-like "profil de compétences" page: the job sought, the trade's skills as a
 * checklist whose last boxes stay folded behind "Voir plus", a free box for other skills, the
 * qualities as boxes ("3 maximum"), and languages added one at a time through a dialog with a
 * language list and a level list.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const plan = planOf({
  ...cariste,
  fields: { jobTitle: 'Cariste' },
  skills: ['utiliser un chariot élévateur', 'préparer des commandes', 'gérer un stock', 'charger un camion'],
  softSkills: ['faire preuve de rigueur et de précision', 'travailler en équipe', 'faire preuve d’autonomie', 'gérer son stress'],
  drivingLicences: [],
  experiences: [],
});

const box = (name: string, label: string) => `<div class="fr-checkbox-group"><input type="checkbox" id="${name}-${label.length}" name="${name}" value="${label}"><label for="${name}-${label.length}">${label}</label></div>`;
const levels = '<option value="">Choisir un niveau</option><option value="A">Débutant</option><option value="B">Intermédiaire</option><option value="C">Courant</option><option value="D">Langue maternelle</option>';

function mount(): HTMLDialogElement {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<main><form id="profil">
    <div class="fr-input-group"><label class="fr-label" for="metier">Métier recherché</label><input class="fr-input" id="metier" name="metier"></div>
    <fieldset><legend>Savoir-faire du métier</legend>
      ${box('sf', 'Utiliser un chariot élévateur')}${box('sf', 'Préparer des commandes')}${box('sf', 'Réaliser un inventaire')}
      <div id="plus" style="display: none">${box('sf', 'Gérer un stock')}${box('sf', 'Conduire un engin de manutention')}</div>
      <button type="button" aria-controls="plus" aria-expanded="false">Voir plus</button></fieldset>
    <div class="fr-input-group"><label class="fr-label" for="autres">Autres compétences<span class="fr-hint-text">Une par ligne</span></label><textarea class="fr-input" id="autres" name="autres"></textarea></div>
    <fieldset><legend>Savoir-être professionnels (3 maximum)</legend>
      ${box('se', 'Faire preuve de rigueur et de précision')}${box('se', 'Travailler en équipe')}${box('se', 'Faire preuve d’autonomie')}${box('se', 'Gérer son stress')}${box('se', 'Faire preuve de créativité')}</fieldset>
    <h2>Langues</h2><ul id="langues"></ul><button type="button" id="add-langue">Ajouter une langue</button>
  </form></main>
  <dialog id="dlg-langue" aria-labelledby="dlg-t"><h2 id="dlg-t">Ajouter une langue</h2>
    <label for="langue">Langue</label><select id="langue"><option value="">Choisir une langue</option><option value="en">Anglais</option><option value="de">Allemand</option><option value="es">Espagnol</option></select>
    <label for="niveau">Niveau</label><select id="niveau">${levels}</select>
    <button type="button" id="annuler">Annuler</button><button type="button" id="valider">Valider</button></dialog>`;
  const dialog = document.querySelector('dialog')!;
  document.getElementById('add-langue')!.addEventListener('click', () => dialog.showModal());
  document.getElementById('annuler')!.addEventListener('click', () => dialog.close());
  document.getElementById('valider')!.addEventListener('click', () => {
    const language = document.getElementById('langue') as HTMLSelectElement;
    const level = document.getElementById('niveau') as HTMLSelectElement;
    if (!language.value || !level.value) return;
    const line = document.createElement('li');
    line.innerHTML = `${language.selectedOptions[0]!.text} – ${level.selectedOptions[0]!.text} <button type="button" title="Retirer cette langue">×</button>`;
    line.querySelector('button')!.addEventListener('click', () => line.remove());
    document.getElementById('langues')!.append(line);
    language.value = '';
    level.value = '';
    dialog.close();
  });
  return dialog;
}

const ticked = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`[name="${name}"]:checked`)].map((input) => input.value);
const languages = () => [...document.querySelectorAll('#langues li')].map((line) => line.firstChild!.textContent!.trim());

describe('a "profil de compétences" page', () => {
  it('ticks the skills shown, writes the others in the free box, ticks three qualities, adds each language through the dialog', async () => {
    const dialog = mount();
    const outcome = await fillForm(document, plan, context);
    expect((document.getElementById('metier') as HTMLInputElement).value).toBe('Cariste');
    expect(ticked('sf')).toEqual(['Utiliser un chariot élévateur', 'Préparer des commandes']);
    expect((document.getElementById('autres') as HTMLTextAreaElement).value).toBe('gérer un stock\ncharger un camion');
    expect(ticked('se')).toEqual(['Faire preuve de rigueur et de précision', 'Travailler en équipe', 'Faire preuve d’autonomie']);
    expect(outcome.report.skipped).toContainEqual({ target: 'softSkills:gérer son stress', reason: 'too-many' });
    expect(languages()).toEqual(['Anglais – Intermédiaire', 'Espagnol – Courant']);
    expect(dialog.open).toBe(false);
    await outcome.undo();
    expect([...document.querySelectorAll('input:checked')]).toEqual([]);
    expect((document.getElementById('autres') as HTMLTextAreaElement).value).toBe('');
    expect(languages()).toEqual([]);
  });
});
