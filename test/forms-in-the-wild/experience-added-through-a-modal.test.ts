// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * Experiences added one at a time through a dialog: "Ajouter une expérience" opens a <dialog> (or
 * a Bootstrap-like aria-modal box) with the entry's fields, and "Enregistrer" appends a line to the
 * list under the heading, then closes it. The fill does what a person does, for each experience:
 * opens the dialog, fills it, saves. It never leaves a half-filled dialog open, and undo removes
 * only the lines it added, with their own "Supprimer" buttons.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const plan = planOf({ ...cariste, fields: { firstName: 'Mickaël', lastName: 'FONTAINE' }, skills: [], languages: [], drivingLicences: [] });

function modalFields(): string {
  return `<label for="m-poste">Intitulé du poste</label><input id="m-poste" name="m-poste">
    <label for="m-employeur">Employeur</label><input id="m-employeur" name="m-employeur">
    <label for="m-debut">Date de début</label><input id="m-debut" name="m-debut" type="month">
    <label for="m-fin">Date de fin</label><input id="m-fin" name="m-fin" type="month">
    <label><input type="checkbox" name="m-actuel"> Poste actuel</label>`;
}

/** The page's own script: the dialog's fields make one line of the list, with hidden inputs the
 *  form sends and a remove button. */
function wireList(open: () => void, close: () => void): void {
  let count = document.querySelectorAll('#experiences li').length;
  document.getElementById('add-exp')!.addEventListener('click', open);
  const save = (event: Event, keepOpen: boolean) => {
    event.preventDefault();
    const value = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    if (!value('m-poste').value) return; // the page's own check: a title is required
    const index = count++;
    const line = document.createElement('li');
    const current = value('m-actuel').checked;
    line.innerHTML = `<span class="poste"></span> — <span class="employeur"></span> (<span class="dates"></span>)
      <input type="hidden" name="experiences[${index}][poste]"><input type="hidden" name="experiences[${index}][employeur]">
      <input type="hidden" name="experiences[${index}][debut]"><input type="hidden" name="experiences[${index}][fin]">
      <button type="button" class="remove">Supprimer</button>`;
    line.querySelector('.poste')!.textContent = value('m-poste').value;
    line.querySelector('.employeur')!.textContent = value('m-employeur').value;
    line.querySelector('.dates')!.textContent = `${value('m-debut').value} – ${current ? 'aujourd’hui' : value('m-fin').value}`;
    const hidden = line.querySelectorAll<HTMLInputElement>('input[type="hidden"]');
    hidden[0]!.value = value('m-poste').value;
    hidden[1]!.value = value('m-employeur').value;
    hidden[2]!.value = value('m-debut').value;
    hidden[3]!.value = current ? '' : value('m-fin').value;
    line.querySelector('.remove')!.addEventListener('click', () => line.remove());
    document.getElementById('experiences')!.append(line);
    for (const input of document.querySelectorAll<HTMLInputElement>('.modal-fields input')) {
      if (input.type === 'checkbox') input.checked = false;
      else input.value = '';
    }
    if (!keepOpen) close();
  };
  document.getElementById('save-exp')!.addEventListener('click', (event) => save(event, false));
  // "Enregistrer et ajouter une autre": the line is added, the dialog stays open for the next one.
  document.querySelector('.save-and-new')?.addEventListener('click', (event) => save(event, true));
}

const lines = () => [...document.querySelectorAll('#experiences li')].map((line) => `${line.querySelector('.poste')!.textContent} / ${line.querySelector('.employeur')!.textContent} / ${line.querySelector('.dates')!.textContent}`);

const identity = `<label for="prenom">Prénom</label><input id="prenom" name="prenom"><label for="nom">Nom</label><input id="nom" name="nom">`;

describe('a <dialog> opened by "Ajouter une expérience"', () => {
  function mount(existing = ''): HTMLDialogElement {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form id="profil">${identity}
      <h2>Expériences professionnelles</h2><ul id="experiences">${existing}</ul>
      <button type="button" id="add-exp">Ajouter une expérience</button></form>
      <dialog id="exp-dialog" aria-labelledby="exp-title"><form method="dialog"><h2 id="exp-title">Nouvelle expérience</h2>
        <div class="modal-fields">${modalFields()}</div>
        <button type="button" class="cancel">Annuler</button> <button type="button" class="save-and-new">Enregistrer et ajouter une autre</button> <button type="submit" id="save-exp">Enregistrer</button></form></dialog>`;
    const dialog = document.querySelector('dialog')!;
    wireList(() => dialog.showModal(), () => dialog.close());
    dialog.querySelector('.cancel')!.addEventListener('click', () => dialog.close());
    return dialog;
  }

  it('adds one line per experience through the dialog, closes it, and undo removes them', async () => {
    const dialog = mount();
    const outcome = await fillForm(document, plan, context);
    expect(lines()).toEqual(['Cariste / Hainaut Logistique Services / 2019-03 – aujourd’hui', 'Préparateur de commandes / Adecco / 2016-03 – 2018-12']);
    expect(dialog.open).toBe(false);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['firstName', 'lastName', 'experience:0', 'experience:1']));
    expect(document.querySelector<HTMLInputElement>('[name="m-poste"]')!.value).toBe('');
    await outcome.undo();
    expect(lines()).toEqual([]);
    expect(dialog.open).toBe(false);
    expect(document.querySelector<HTMLInputElement>('[name="prenom"]')!.value).toBe('');
  });

  it('keeps the line the person had added, and adds only the experience missing', async () => {
    mount(`<li><span class="poste">Cariste</span> — <span class="employeur">Hainaut Logistique Services</span> (<span class="dates">2019-03 – aujourd’hui</span>)
      <input type="hidden" name="experiences[0][poste]" value="Cariste"><button type="button" class="remove">Supprimer</button></li>`);
    const outcome = await fillForm(document, plan, context);
    expect(lines()).toEqual(['Cariste / Hainaut Logistique Services / 2019-03 – aujourd’hui', 'Préparateur de commandes / Adecco / 2016-03 – 2018-12']);
    await outcome.undo();
    expect(lines()).toEqual(['Cariste / Hainaut Logistique Services / 2019-03 – aujourd’hui']);
  });
});

describe('a Bootstrap-like aria-modal box', () => {
  it('fills and saves each experience, and closes the box when the page refuses an entry', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form id="profil">${identity}
      <h2>Expériences professionnelles</h2><ul id="experiences"></ul>
      <button type="button" id="add-exp">+ Ajouter une expérience</button></form>
      <div class="modal fade" id="exp-modal" tabindex="-1" style="display: none" aria-hidden="true">
        <div class="modal-dialog"><div class="modal-content">
          <div class="modal-header"><h5 class="modal-title">Ajouter une expérience</h5><button type="button" class="btn-close" aria-label="Fermer"></button></div>
          <div class="modal-body modal-fields">${modalFields()}</div>
          <div class="modal-footer"><button type="button" class="btn btn-secondary cancel">Annuler</button><button type="button" class="btn btn-primary" id="save-exp">Enregistrer</button></div>
        </div></div></div>`;
    const modal = document.getElementById('exp-modal')!;
    const show = () => {
      modal.style.display = 'block';
      modal.classList.add('show');
      modal.removeAttribute('aria-hidden');
      modal.setAttribute('aria-modal', 'true');
      modal.setAttribute('role', 'dialog');
    };
    const hide = () => {
      modal.style.display = 'none';
      modal.classList.remove('show');
      modal.setAttribute('aria-hidden', 'true');
      modal.removeAttribute('aria-modal');
      modal.removeAttribute('role');
    };
    wireList(show, hide);
    for (const button of modal.querySelectorAll('.cancel, .btn-close')) button.addEventListener('click', hide);
    // The second experience has no title: the page will not save it.
    const partial = planOf({ ...plan, experiences: [plan.experiences[0]!, { title: '', employer: 'Adecco', start: '2016-03', end: '2018-12' }] });
    const outcome = await fillForm(document, partial, context);
    expect(lines()).toEqual(['Cariste / Hainaut Logistique Services / 2019-03 – aujourd’hui']);
    expect(modal.style.display).toBe('none');
    expect(outcome.report.filled).toContain('experience:0');
    expect(outcome.report.skipped).toContainEqual({ target: 'experience:1', reason: 'add-failed' });
    for (const input of modal.querySelectorAll<HTMLInputElement>('input:not([type="checkbox"])')) expect(input.value).toBe('');
    await outcome.undo();
    expect(lines()).toEqual([]);
    expect(modal.style.display).toBe('none');
  });
});

describe('an add button whose dialog does not open (the page’s script failed)', () => {
  it('names every experience it could not place, not only the first', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form id="profil">${identity}<h2>Expériences professionnelles</h2><ul id="experiences"></ul>
      <button type="button" id="add-exp">Ajouter une expérience</button></form>
      <dialog><form method="dialog">${modalFields()}<button id="save-exp">Enregistrer</button></form></dialog>`;
    const outcome = await fillForm(document, plan, context);
    expect(outcome.report.skipped).toEqual(expect.arrayContaining([{ target: 'experience:0', reason: 'add-failed' }, { target: 'experience:1', reason: 'add-failed' }]));
    expect(document.querySelector('dialog')!.open).toBe(false);
  });
});

describe('a <dialog> whose form of method "dialog" saves by closing it', () => {
  it('lets "Enregistrer" close the dialog as the page expects, and the page adds each line', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form id="profil">${identity}<h2>Expériences professionnelles</h2><ul id="experiences"></ul>
      <button type="button" id="add-exp">Ajouter une expérience</button></form>
      <dialog><form method="dialog"><div class="modal-fields">${modalFields()}</div>
        <button value="cancel" formnovalidate>Annuler</button><button value="save">Enregistrer</button></form></dialog>`;
    const dialog = document.querySelector('dialog')!;
    document.getElementById('add-exp')!.addEventListener('click', () => {
      dialog.returnValue = '';
      dialog.showModal();
    });
    // The page acts on the dialog's close: its return value says which button closed it.
    dialog.addEventListener('close', () => {
      const input = (name: string) => dialog.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      if (dialog.returnValue === 'save' && input('m-poste').value) {
        const line = document.createElement('li');
        line.innerHTML = `<span class="poste"></span> — <span class="employeur"></span> (<span class="dates"></span>) <button type="button">Supprimer</button>`;
        line.querySelector('.poste')!.textContent = input('m-poste').value;
        line.querySelector('.employeur')!.textContent = input('m-employeur').value;
        line.querySelector('.dates')!.textContent = `${input('m-debut').value} – ${input('m-actuel').checked ? 'aujourd’hui' : input('m-fin').value}`;
        line.querySelector('button')!.addEventListener('click', () => line.remove());
        document.getElementById('experiences')!.append(line);
      }
      dialog.querySelector('form')!.reset();
    });
    const outcome = await fillForm(document, plan, context);
    expect(lines()).toEqual(['Cariste / Hainaut Logistique Services / 2019-03 – aujourd’hui', 'Préparateur de commandes / Adecco / 2016-03 – 2018-12']);
    expect(dialog.open).toBe(false);
    await outcome.undo();
    expect(lines()).toEqual([]);
  });
});

