// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, field, mountAndFill, pageState } from './mount-form';

/** Undo on pages that change under the fill, a second fill, a person's edits, controls not to touch. */
afterEach(() => {
  document.body.innerHTML = '';
});

/** A component that renders its whole form from its state after each change (new elements each
 *  time), its boxes labelled by wrapping labels, with no id: as many React/Vue forms are written. */
function wholeFormComponent(): Record<string, string> {
  document.body.innerHTML = '<div id="app"></div>';
  const state: Record<string, string> = { nom: '', prenom: '', email: '' };
  const app = document.getElementById('app')!;
  const render = () => {
    app.innerHTML = `<form><label>Nom <input name="nom" value="${state.nom}"></label>
      <label>Prénom <input name="prenom" value="${state.prenom}"></label>
      <label>E-mail <input name="email" value="${state.email}"></label></form>`;
    app.querySelector('form')!.addEventListener('input', (event) => {
      const box = event.target as HTMLInputElement;
      state[box.name] = box.value;
      queueMicrotask(render);
    });
  };
  render();
  return state;
}

describe('undo on a form that re-renders all its controls after each change', () => {
  it('empties the boxes it filled, found again by name in the new render', async () => {
    const state = wholeFormComponent();
    const outcome = await fillForm(document, cariste, context);
    expect(state).toEqual({ nom: 'FONTAINE', prenom: 'Mickaël', email: 'mickael.fontaine59@gmail.com' });
    await outcome.undo();
    expect(pageState()).toEqual(['nom=', 'prenom=', 'email=']);
    expect(state).toEqual({ nom: '', prenom: '', email: '' });
  });
});

// happy-dom's selectedOptions does not follow option.selected: read the options themselves.
const chosen = (list: HTMLSelectElement) => [...list.options].filter((option) => option.selected).map((option) => option.value);

describe('undo after the person changed things', () => {
  it('keeps a language the person added in a multiple list after the fill', async () => {
    const outcome = await mountAndFill(
      `<form><label for="l">Langues parlées</label><select multiple id="l" name="langues">
        <option value="fr">Français</option><option value="en">Anglais</option><option value="es">Espagnol</option><option value="de">Allemand</option></select></form>`,
      cariste,
    );
    const list = document.querySelector('select')!;
    expect(chosen(list)).toEqual(['en', 'es']);
    list.options[3]!.selected = true; // the person adds German
    list.dispatchEvent(new Event('change', { bubbles: true }));
    await outcome.undo();
    expect(chosen(list)).toEqual(['de']);
  });

  it('keeps a box the person retyped, and names it', async () => {
    const outcome = await mountAndFill(`<form><label for="n">Nom</label><input id="n" name="nom"><label for="v">Ville</label><input id="v" name="ville"></form>`, cariste);
    field('nom').value = 'FONTAINE-DUPONT';
    expect(await outcome.undo()).toEqual(['lastName']);
    expect(pageState()).toEqual(['nom=FONTAINE-DUPONT', 'ville=']);
  });
});

/** Civility radios bound with Vue's v-model: on any change event, the model takes that radio's
 *  value (Vue's vModelRadio does not look at `checked`), and the radios are rendered from the model. */
function vueCivility(): { civ: string } {
  document.body.innerHTML = `<form><fieldset><legend>Civilité</legend><label><input type="radio" name="civ" value="M"> M.</label>
    <label><input type="radio" name="civ" value="MME"> Mme</label></fieldset><label for="n">Nom</label><input id="n" name="nom"></form>`;
  const model = { civ: '' };
  const radios = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const render = () => radios.forEach((radio) => (radio.checked = radio.value === model.civ));
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      model.civ = radio.value;
      queueMicrotask(render);
    });
  }
  return model;
}

describe('undo of a civility radio on a Vue page', () => {
  it('leaves the civility the person chose after the fill', async () => {
    const model = vueCivility();
    const outcome = await fillForm(document, { ...cariste, civility: 'Madame' }, context);
    expect(model.civ).toBe('MME');
    document.querySelector<HTMLInputElement>('input[value="M"]')!.click(); // the person corrects it
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(model.civ).toBe('M');
    const kept = await outcome.undo();
    expect(model.civ).toBe('M');
    expect(pageState()).toEqual(['civ=true', 'civ=false', 'nom=']);
    expect(kept).toContain('civility');
  });

  it('takes the tick back, or says it could not', async () => {
    const model = vueCivility();
    const outcome = await fillForm(document, { ...cariste, civility: 'Madame' }, context);
    await outcome.undo();
    const untouched = model.civ === '' && pageState().join() === 'civ=false,civ=false,nom=';
    expect(untouched || (outcome.report.irreversible ?? []).includes('civility')).toBe(true);
  });
});

describe('a second fill in a row', () => {
  it('adds no chip or line twice, and its undo leaves the first fill in place', async () => {
    document.body.innerHTML = `<form><label for="n">Nom</label><input id="n" name="nom">
      <label for="s">Compétences</label><textarea id="s" name="competences"></textarea>
      <div class="tags"><label for="t">Savoir-être</label><ul class="chips"></ul><input id="t" name="qualites"></div>
      <label for="l">Langues</label><select multiple id="l" name="langues"><option value="en">Anglais</option><option value="es">Espagnol</option></select></form>`;
    const input = field('qualites');
    const chips = document.querySelector('ul')!;
    input.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Enter' || !input.value.trim()) return;
      const chip = document.createElement('li');
      chip.innerHTML = `<span>${input.value}</span><button type="button" aria-label="Retirer">×</button>`;
      chip.querySelector('button')!.addEventListener('click', () => chip.remove());
      chips.append(chip);
      input.value = '';
    });
    const plan = { ...cariste, softSkills: ['Rigueur', 'Ponctualité'] };
    const shown = () => [...pageState(), ...[...chips.querySelectorAll('span')].map((chip) => chip.textContent)];
    const first = await fillForm(document, plan, context);
    const afterFirst = shown();
    const second = await fillForm(document, plan, context);
    expect(shown()).toEqual(afterFirst);
    await second.undo();
    expect(shown()).toEqual(afterFirst);
    await first.undo();
    expect(shown()).toEqual(['nom=', 'competences=', 'qualites=', 'langues=']);
  });
});

describe('a phone number the page already holds in its national shape', () => {
  it('is no conflict on a second fill after the page reshaped "+33612345678" into "06 12 34 56 78"', async () => {
    document.body.innerHTML = `<form><label for="t">Téléphone</label><input id="t" name="tel" type="tel"><label for="n">Nom</label><input id="n" name="nom"></form>`;
    const box = field('tel');
    // A page formatter that shows numbers the national way once typed.
    box.addEventListener('change', () => {
      if (box.value.startsWith('+33')) box.value = `0${box.value.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ');
    });
    await fillForm(document, cariste, context);
    expect(box.value).toBe('06 12 34 56 78');
    const second = await fillForm(document, cariste, context);
    expect(second.report.conflicts).toEqual([]);
  });

  it('is no conflict when an account page is already filled with the same number', async () => {
    const outcome = await mountAndFill(`<form><label for="t">Téléphone portable</label><input id="t" name="tel" value="06 12 34 56 78"></form>`, cariste);
    expect(outcome.report.conflicts).toEqual([]);
    expect(field('tel').value).toBe('06 12 34 56 78');
  });
});

describe('a second fill into a tag input that names its chips after its own referential', () => {
  it('adds no chip twice when the page turned "utiliser un chariot élévateur" into "Conduite de chariot élévateur"', async () => {
    document.body.innerHTML = `<form><div class="skills-picker"><label for="t">Compétences</label><ul class="chips"></ul><input id="t" name="competences"></div></form>`;
    const input = field('competences');
    const chips = document.querySelector('ul')!;
    // Enter takes the page's own label for what was typed, as a skills picker on a referential does.
    const referential: Record<string, string> = { 'utiliser un chariot élévateur': 'Conduite de chariot élévateur', 'préparer des commandes': 'Préparation de commandes' };
    input.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Enter' || !input.value.trim()) return;
      const chip = document.createElement('li');
      chip.innerHTML = `<span>${referential[input.value.toLowerCase()] ?? input.value}</span><button type="button" aria-label="Retirer">×</button>`;
      chip.querySelector('button')!.addEventListener('click', () => chip.remove());
      chips.append(chip);
      input.value = '';
    });
    const shownChips = () => [...chips.querySelectorAll('span')].map((chip) => chip.textContent);
    await fillForm(document, cariste, context);
    expect(shownChips()).toEqual(['Conduite de chariot élévateur', 'Préparation de commandes']);
    await fillForm(document, cariste, context);
    expect(shownChips()).toEqual(['Conduite de chariot élévateur', 'Préparation de commandes']);
  });
});

describe('controls not to touch, and fields wherever they are', () => {
  it('leaves read-only and disabled boxes, fills a form with autocomplete=off and boxes outside any form', async () => {
    const outcome = await mountAndFill(
      `<form autocomplete="off"><label for="n">Nom</label><input id="n" name="nom">
        <label for="p">Prénom</label><input id="p" name="prenom" readonly value="Jean">
        <label for="e">E-mail</label><input id="e" name="email" disabled></form>
       <div><label for="c">Code postal</label><input id="c" name="cp"><label for="v">Ville</label><input id="v" name="ville"></div>`,
      cariste,
    );
    expect(pageState()).toEqual(['nom=FONTAINE', 'prenom=Jean', 'email=', 'cp=59300', 'ville=Valenciennes']);
    await outcome.undo();
    expect(pageState()).toEqual(['nom=', 'prenom=Jean', 'email=', 'cp=', 'ville=']);
  });
});
