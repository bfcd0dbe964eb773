// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../lib/fill/adapters';
import { fillForm, type FillContext } from '../../lib/fill/fill-form';
import { emptyFillPlan, type FillPlan } from '../../lib/fill/fill-plan';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { settlePage } from '../../lib/fill/wait-for-page';
import { autocompleteBox, componentGroup, controlledForm, repeatableGroup, tagInput } from './fake-pages';

// happy-dom has no layout: visibility is judged by style only; the honeypot tests hide by style.
const context: FillContext = {
  isVisible: isShownByStyle,
  settle: () => settlePage(5),
  waitForRerender: () => settlePage(60),
  highlight: false,
  adapters: [],
};

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.innerHTML = '';
});

function planOf(patch: Partial<FillPlan>): FillPlan {
  return { ...emptyFillPlan(), ...patch };
}

const cariste = planOf({
  fields: {
    firstName: 'Mickaël',
    lastName: 'FONTAINE',
    email: 'mickael.fontaine59@gmail.com',
    phone: '+33612345678',
    address: '27 rue Jean Jaurès',
    postcode: '59300',
    city: 'Valenciennes',
    jobTitle: 'Cariste',
  },
  skills: ['utiliser un chariot élévateur', 'préparer des commandes'],
  languages: [
    { language: 'en', level: null, levelText: 'notions' },
    { language: 'es', level: 'B2' },
  ],
  drivingLicences: ['B'],
  experiences: [
    { title: 'Cariste', employer: 'Hainaut Logistique Services', start: '2019-01', end: 'present' },
    { title: 'Préparateur de commandes', employer: 'Adecco', start: '2016-03', end: '2018-12' },
  ],
  education: [{ degree: "CAP Agent d'entreposage", school: 'Lycée professionnel du Hainaut', end: '2008' }],
});

const EXPERIENCE_ROW = `<template id="tpl-exp"><fieldset class="row"><legend>Expérience</legend>
  <label>Intitulé du poste <input name="title"></label>
  <label>Employeur <input name="employer"></label>
  <label>Début (MM/AAAA) <input name="start" placeholder="MM/AAAA" pattern="(0[1-9]|1[0-2])/[0-9]{4}"></label>
  <label>Fin (MM/AAAA) <input name="end" placeholder="MM/AAAA"></label>
  <label><input type="checkbox" name="current"> Poste actuel</label>
  <label>Description des missions <textarea name="description"></textarea></label>
  <button type="button" data-remove>Supprimer</button></fieldset></template>`;
const EDUCATION_ROW = `<template id="tpl-edu"><div class="row">
  <label>Diplôme <input name="degree"></label><label>Établissement <input name="school"></label>
  <label>Année d'obtention <input name="year" maxlength="4"></label>
  <button type="button" data-remove aria-label="Supprimer cette formation">🗑</button></div></template>`;
const LANGUAGE_ROW = `<template id="tpl-lang"><div class="row">
  <label>Langue <select name="language"><option value="">Choisir…</option><option value="fr">Français</option><option value="en">Anglais</option><option value="es">Espagnol</option></select></label>
  <label>Niveau <select name="level"><option value="">Choisir…</option><option>Notions</option><option>Intermédiaire</option><option>Courant</option><option>Bilingue</option></select></label>
  <button type="button" data-remove>×</button></div></template>`;

function applicationPage(): string {
  return `<main><h1>Candidature</h1><form id="application">
    <section><h2>Vos coordonnées</h2>
      <label for="nom">Nom <span class="hint">tel qu'il figure sur votre pièce d'identité</span></label><input id="nom" name="nom" autocomplete="family-name">
      <label for="prenom">Prénom</label><input id="prenom" name="prenom">
      <label for="mail">Adresse électronique</label><input id="mail" name="mail" type="email">
      <label for="mail2">Confirmez votre adresse électronique</label><input id="mail2" name="mail2" type="email">
      <label for="tel">Téléphone</label><input id="tel" name="tel" type="tel">
      <label for="rue">Adresse</label><input id="rue" name="rue">
      <label for="cp">Code postal</label><input id="cp" name="cp" maxlength="5">
      <label for="ville">Ville</label><input id="ville" name="ville">
      <label for="naissance">Ville de naissance</label><input id="naissance" name="naissance">
      <label for="pwd">Mot de passe</label><input id="pwd" name="pwd" type="password">
      <div style="display:none"><label for="website">Website</label><input id="website" name="website"></div>
      <label for="ident">Identifiant</label><input id="ident" name="ident" readonly value="DEMO-42">
    </section>
    <section><h2>Personne à prévenir en cas d'urgence</h2>
      <label for="urgence-nom">Nom</label><input id="urgence-nom" name="urgenceNom">
      <label for="urgence-tel">Téléphone</label><input id="urgence-tel" name="urgenceTel" type="tel">
    </section>
    <section><h2>Votre projet</h2>
      <label for="metier">Métier recherché</label><input id="metier" name="metier">
      <div id="skills"></div>
    </section>
    <section id="experiences"><h2>Expériences professionnelles</h2><div class="rows"></div>
      <button type="button" data-add>Ajouter une expérience</button></section>
    <section id="education"><h2>Formations</h2><div class="rows"></div>
      <button type="button" data-add>+ Ajouter</button></section>
    <section id="languages"><h2>Langues</h2><div class="rows"></div>
      <button type="button" data-add aria-label="Ajouter une langue">+</button></section>
    <fieldset><legend>Permis de conduire</legend>
      <label><input type="checkbox" name="permis" value="B"> B (voiture)</label>
      <label><input type="checkbox" name="permis" value="BE"> BE (voiture et remorque)</label>
      <label><input type="checkbox" name="permis" value="C"> C (poids lourd)</label>
    </fieldset>
    <button type="submit">Envoyer</button>
  </form></main>${EXPERIENCE_ROW}${EDUCATION_ROW}${LANGUAGE_ROW}`;
}

function mountApplication() {
  document.body.innerHTML = applicationPage();
  const form = document.querySelector('form')!;
  let submitted = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted += 1;
  });
  const page = controlledForm(form);
  stops.push(page.stop);
  const skills = tagInput(document.getElementById('skills')!, { label: 'Compétences' });
  const template = (id: string) => document.getElementById(id) as HTMLTemplateElement;
  const experiences = repeatableGroup(document.getElementById('experiences')!, template('tpl-exp'), { startWithOne: true });
  const education = repeatableGroup(document.getElementById('education')!, template('tpl-edu'));
  const languages = repeatableGroup(document.getElementById('languages')!, template('tpl-lang'));
  const snapshot = () => structuredClone({
    fields: page.state,
    skills: skills.tags,
    experiences: experiences.rows,
    education: education.rows,
    languages: languages.rows,
  });
  return { page, skills, experiences, education, languages, snapshot, submitted: () => submitted };
}

describe('fillForm on an application form with groups, chips and boxes', () => {
  it('fills identity, contact, job, skills, licences and every repeatable group', async () => {
    const app = mountApplication();
    const { report } = await fillForm(document, cariste, context);

    expect(app.page.state).toMatchObject({
      nom: 'FONTAINE',
      prenom: 'Mickaël',
      mail: 'mickael.fontaine59@gmail.com',
      mail2: 'mickael.fontaine59@gmail.com',
      tel: '+33612345678',
      rue: '27 rue Jean Jaurès',
      cp: '59300',
      ville: 'Valenciennes',
      metier: 'Cariste',
    });
    expect(app.skills.tags).toEqual(['utiliser un chariot élévateur', 'préparer des commandes']);
    expect(app.experiences.rows).toEqual([
      { title: 'Cariste', employer: 'Hainaut Logistique Services', start: '01/2019', end: '', current: true, description: '' },
      { title: 'Préparateur de commandes', employer: 'Adecco', start: '03/2016', end: '12/2018', current: false, description: '' },
    ]);
    expect(app.education.rows).toEqual([{ degree: "CAP Agent d'entreposage", school: 'Lycée professionnel du Hainaut', year: '2008' }]);
    expect(app.languages.rows).toEqual([
      { language: 'en', level: 'Notions' },
      { language: 'es', level: 'Courant' },
    ]);
    expect([...document.querySelectorAll<HTMLInputElement>('[name="permis"]')].map((box) => box.checked)).toEqual([true, false, false]);
    expect(report.filled).toEqual(expect.arrayContaining(['email', 'experience:0', 'experience:1', 'education:0', 'language:en', 'language:es', 'drivingLicence:B', 'skills:préparer des commandes']));
    expect(app.submitted()).toBe(0);
  });

  it('never touches passwords, hidden fields, read-only fields, nor someone else\'s details', async () => {
    const app = mountApplication();
    await fillForm(document, cariste, context);
    expect(app.page.state).toMatchObject({ pwd: '', website: '', ident: 'DEMO-42', naissance: '', urgenceNom: '', urgenceTel: '' });
  });

  it('undo puts the page back exactly: values, ticks, chips, and the entries it added removed', async () => {
    const app = mountApplication();
    const before = app.snapshot();
    const { undo } = await fillForm(document, cariste, context);
    expect(app.snapshot()).not.toEqual(before);
    await undo();
    expect(app.snapshot()).toEqual(before);
    expect(document.querySelectorAll('#experiences .row')).toHaveLength(1);
    expect(document.querySelectorAll('#languages .row')).toHaveLength(0);
  });

  it('does not add again an entry the page already holds, nor a chip it already shows', async () => {
    const app = mountApplication();
    const title = document.querySelector<HTMLInputElement>('#experiences [name="title"]')!;
    title.value = 'Cariste';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    app.skills.tags.push('préparer des commandes');
    const chip = document.createElement('li');
    chip.innerHTML = '<span>préparer des commandes</span><button type="button" aria-label="Retirer préparer des commandes">×</button>';
    document.querySelector('#skills ul')!.append(chip);

    const { report } = await fillForm(document, cariste, context);
    expect(app.experiences.rows.map((row) => row.title)).toEqual(['Cariste', 'Préparateur de commandes']);
    expect(app.experiences.rows[0]!.employer).toBe('');
    expect(report.skipped).toEqual(expect.arrayContaining([
      { target: 'experience:0', reason: 'already-present' },
      { target: 'skills:préparer des commandes', reason: 'already-present' },
    ]));
    expect(app.skills.tags).toEqual(['préparer des commandes', 'utiliser un chariot élévateur']);
  });
});

describe('fillForm on a controlled form that re-renders', () => {
  const REACTIVE = `<form><section><h2>Identité et contact</h2>
      <select name="usr_civ" aria-label="Civilité"><option value="">—</option><option value="F">Madame</option><option value="M">Monsieur</option></select>
      <div class="field"><input name="usr_fname" placeholder="Prénom"></div>
      <div class="field"><input name="usr_lname" placeholder="Nom de famille"></div>
      <div class="field"><input name="usr_mail" type="email" aria-label="Adresse électronique"></div>
      <div class="field"><input name="usr_phone" type="tel" placeholder="Téléphone portable"></div>
      <div class="field"><input name="usr_city" placeholder="Commune de résidence"></div>
      <div class="hp" aria-hidden="true"><label for="website">Website</label><input id="website" name="website" tabindex="-1"></div>
    </section><section><h2>Votre recherche</h2>
      <input name="usr_job" aria-label="Métier recherché">
      <textarea name="usr_skills" placeholder="Vos compétences, séparées par des virgules"></textarea>
      <input name="usr_pwd" type="password" aria-label="Mot de passe">
      <input name="usr_agency" disabled aria-label="Agence" value="Paris 13e">
    </section></form>`;

  it('writes through the native setter so a value tracker keeps the values, and leaves traps alone', async () => {
    document.body.innerHTML = REACTIVE;
    const page = controlledForm(document.querySelector('form')!, { tracker: true, rerenderMs: 15 });
    stops.push(page.stop);
    const { report } = await fillForm(document, cariste, context);
    expect(page.state).toEqual({
      usr_civ: '',
      usr_fname: 'Mickaël',
      usr_lname: 'FONTAINE',
      usr_mail: 'mickael.fontaine59@gmail.com',
      usr_phone: '+33612345678',
      usr_city: 'Valenciennes',
      website: '',
      usr_job: 'Cariste',
      usr_skills: 'utiliser un chariot élévateur, préparer des commandes',
      usr_pwd: '',
      usr_agency: 'Paris 13e',
    });
    expect(report.skipped).not.toContainEqual(expect.objectContaining({ reason: 'not-kept-by-page' }));
  });

  it('fills the civility only when the plan carries one', async () => {
    document.body.innerHTML = REACTIVE;
    const page = controlledForm(document.querySelector('form')!, { tracker: true });
    await fillForm(document, planOf({ fields: { firstName: 'Julie' }, civility: 'Mme' }), context);
    expect(page.state.usr_civ).toBe('F');
    document.body.innerHTML = REACTIVE;
    const other = controlledForm(document.querySelector('form')!, { tracker: true });
    await fillForm(document, planOf({ fields: { firstName: 'Julie' } }), context);
    expect(other.state.usr_civ).toBe('');
  });

  it('writes once more a value the page lost on its first re-render, and keeps counting it', async () => {
    document.body.innerHTML = '<form><label for="c">Ville</label><input id="c" name="city"></form>';
    // This page misses the first input event (its handler is not ready yet) and re-renders often.
    const city = document.getElementById('c') as HTMLInputElement;
    let state = '';
    let ready = false;
    city.addEventListener('input', () => {
      if (ready) state = city.value;
      ready = true;
    });
    const timer = setInterval(() => {
      if (city.value !== state) city.value = state;
    }, 10);
    stops.push(() => clearInterval(timer));
    const { report } = await fillForm(document, planOf({ fields: { city: 'Lyon' } }), context);
    expect(state).toBe('Lyon');
    expect(report.filled).toEqual(['city']);
    expect(report.skipped).toEqual([]);
  });

  it('reports a value the page drops even after a second write, and does not count it as filled', async () => {
    document.body.innerHTML = '<form><label for="c">Ville</label><input id="c" name="city"><label for="p">Code postal</label><input id="p" name="zip"></form>';
    // This page listens only to the postcode; it re-renders the town from a state nothing changes.
    const city = document.getElementById('c') as HTMLInputElement;
    const timer = setInterval(() => {
      city.value = '';
    }, 10);
    stops.push(() => clearInterval(timer));
    const { report } = await fillForm(document, planOf({ fields: { city: 'Lyon', postcode: '69003' } }), context);
    expect(report.skipped).toContainEqual({ target: 'city', reason: 'not-kept-by-page' });
    expect(report.filled).toEqual(['postcode']);
  });
});

describe('fillForm on a component list whose handlers close over the last render', () => {
  it('lets the page render between two writes, so no write is lost, and undo removes the entries', async () => {
    document.body.innerHTML = '<form><section id="jobs"><h2>Vos expériences</h2><div class="rows"></div><button type="button" class="add">Ajouter une expérience</button></section></form>';
    const jobs = componentGroup(document.getElementById('jobs')!, [
      { name: 'poste', label: 'Intitulé du poste' },
      { name: 'employeur', label: 'Employeur' },
      { name: 'debut', label: 'Début', type: 'month' },
      { name: 'fin', label: 'Fin', type: 'month' },
      { name: 'actuel', label: 'Poste actuel', type: 'checkbox' },
    ]);
    const { undo } = await fillForm(document, cariste, context);
    expect(jobs.entries()).toEqual([
      { poste: 'Cariste', employeur: 'Hainaut Logistique Services', debut: '2019-01', fin: '', actuel: true },
      { poste: 'Préparateur de commandes', employeur: 'Adecco', debut: '2016-03', fin: '2018-12', actuel: false },
    ]);
    await undo();
    expect(jobs.entries()).toEqual([]);
  });
});

describe('fillForm respects what the page already holds', () => {
  it('never overwrites a typed value without the user\'s choice, and undo restores the exact value it replaced', async () => {
    document.body.innerHTML = '<form><label for="n">Nom</label><input id="n" name="nom"><label for="e">E-mail</label><input id="e" name="mail" type="email"></form>';
    const page = controlledForm(document.querySelector('form')!);
    const typed = document.getElementById('n') as HTMLInputElement;
    typed.value = 'Dupont-Typed ';
    typed.dispatchEvent(new Event('input', { bubbles: true }));
    const plan = planOf({ fields: { lastName: 'FONTAINE', email: 'm@example.org' } });

    const first = await fillForm(document, plan, context);
    expect(page.state).toEqual({ nom: 'Dupont-Typed ', mail: 'm@example.org' });
    expect(first.report.conflicts).toEqual([{ key: 'lastName', pageValue: 'Dupont-Typed ', suggested: 'FONTAINE' }]);
    await first.undo();
    expect(page.state).toEqual({ nom: 'Dupont-Typed ', mail: '' });

    const chosen = await fillForm(document, { ...plan, overwrite: ['lastName'] }, context);
    expect(page.state.nom).toBe('FONTAINE');
    await chosen.undo();
    expect(page.state.nom).toBe('Dupont-Typed ');
  });
});

describe('fillForm on autocomplete boxes (ARIA combobox)', () => {
  const JOBS = ['Cariste / Caristière', "Chef d'équipe cariste", 'Formateur / Formatrice cariste', 'Préparateur / Préparatrice de commandes'];
  const TOWNS = ['Valenciennes (59300)', 'Saint-Denis (93200)', 'Saint-Denis (97400)', 'Saint-Denis-lès-Bourg (01000)'];
  const suggest = (titles: string[]) => (query: string) => titles.filter((title) => title.toLowerCase().includes(query.toLowerCase().slice(0, 4)));

  function mountPickers() {
    document.body.innerHTML = '<form><div id="job"></div><div id="town"></div><label for="cp">Code postal</label><input id="cp" name="cp"></form>';
    const job = autocompleteBox(document.getElementById('job')!, { label: 'Métier recherché', name: 'metier', suggest: suggest(JOBS) });
    const town = autocompleteBox(document.getElementById('town')!, { label: 'Commune', name: 'commune', suggest: suggest(TOWNS) });
    stops.push(job.stop, town.stop);
    return { job, town };
  }

  it('picks the option that says the value, in either gender and with its postcode, so a strict picker keeps it', async () => {
    const { job, town } = mountPickers();
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste', city: 'Valenciennes', postcode: '59300' } }), context);
    expect(job.state.selected).toBe('Cariste / Caristière');
    expect(job.input.value).toBe('Cariste / Caristière');
    expect(town.state.selected).toBe('Valenciennes (59300)');
    expect(report.filled).toEqual(expect.arrayContaining(['jobTitle', 'city', 'postcode']));
    expect(report.skipped.filter((entry) => entry.reason === 'not-kept-by-page')).toEqual([]);
  });

  it('tells two towns of one name apart by the postcode, and leaves the choice to the person when nothing does', async () => {
    let pickers = mountPickers();
    await fillForm(document, planOf({ fields: { city: 'Saint-Denis', postcode: '97400' } }), context);
    expect(pickers.town.state.selected).toBe('Saint-Denis (97400)');

    pickers = mountPickers();
    const { report } = await fillForm(document, planOf({ fields: { city: 'Saint-Denis' } }), context);
    expect(pickers.town.state.selected).toBe('');
    expect(pickers.town.input.value).toBe('');
    expect(report.skipped).toContainEqual({ target: 'city', reason: 'ambiguous-option' });
    expect(report.filled).not.toContain('city');
  });

  it('never picks an option that only contains the value, and puts the box back as it was', async () => {
    const { job } = mountPickers();
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Chef cariste' } }), context);
    expect(job.state.selected).toBe('');
    expect(job.input.value).toBe('');
    expect(report.skipped).toContainEqual({ target: 'jobTitle', reason: 'no-matching-option' });
  });

  it("offers the confirmed occupation when the CV's own title is not an option, and types nothing that was not picked", async () => {
    const { job } = mountPickers();
    const { report } = await fillForm(
      document,
      planOf({ fields: { jobTitle: 'Cariste – Préparateur de commandes' }, occupations: ['préparateur de commandes/préparatrice de commandes', 'cariste'] }),
      context,
    );
    expect(job.state.selected).toBe('Préparateur / Préparatrice de commandes');
    expect(report.filled).toContain('jobTitle');
  });

  it('writes a confirmed occupation as a title in a plain text box when the CV title was dropped', async () => {
    document.body.innerHTML = '<form><label for="metier">Métier recherché</label><input id="metier" name="metier"></form>';
    await fillForm(document, planOf({ occupations: ['préparateur de commandes/préparatrice de commandes'] }), context);
    expect(document.querySelector<HTMLInputElement>('#metier')!.value).toBe('Préparateur de commandes');
  });

  it('does not count as filled a picker that erased the typed text, having nothing to offer for it', async () => {
    document.body.innerHTML = '<form><div id="job"></div></form>';
    const job = autocompleteBox(document.getElementById('job')!, { label: 'Métier recherché', name: 'metier', suggest: () => [] });
    stops.push(job.stop);
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Senior Care Assistant' }, occupations: ['healthcare assistant'] }), context);
    expect(job.input.value).toBe('');
    expect(report.filled).not.toContain('jobTitle');
    expect(report.skipped).toContainEqual({ target: 'jobTitle', reason: 'not-kept-by-page' });
  });

  it("picks from a job list inside each experience entry, and leaves an entry's title empty when the list lacks it", async () => {
    document.body.innerHTML = `<form><section id="experiences"><h2>Expériences professionnelles</h2><div class="rows"></div>
      <button type="button" data-add>Ajouter une expérience</button></section>
      <template id="tpl"><fieldset class="row"><legend>Expérience</legend><div class="title-picker"></div>
      <label>Employeur <input name="employer"></label><button type="button" data-remove>Supprimer</button></fieldset></template></form>`;
    const pickers: { stop: () => void }[] = [];
    const experiences = repeatableGroup(document.getElementById('experiences')!, document.getElementById('tpl') as HTMLTemplateElement, {
      onRow: (row, index) => pickers.push(autocompleteBox(row.querySelector('.title-picker')!, { label: 'Intitulé du poste', name: 'title', id: `title-${index}`, suggest: suggest(JOBS) })),
    });
    stops.push(() => pickers.forEach((picker) => picker.stop()));
    const plan = planOf({
      experiences: [
        { title: 'Cariste', employer: 'Hainaut Logistique Services', start: null, end: null },
        { title: 'Agent de quai', employer: 'Adecco', start: null, end: null },
      ],
    });
    const { report, undo } = await fillForm(document, plan, context);
    expect(experiences.rows).toEqual([
      { title: 'Cariste / Caristière', employer: 'Hainaut Logistique Services' },
      { title: '', employer: 'Adecco' },
    ]);
    // The list suggests nothing for "Agent de quai": typed, erased by the picker, reported lost.
    expect(report.skipped).toContainEqual({ target: 'experience:1.title', reason: 'not-kept-by-page' });
    await undo();
    expect(experiences.rows).toEqual([]);
  });

  it('reads a list shown before typing and filtered in place (the same option elements)', async () => {
    document.body.innerHTML = `<form><label for="metier">Métier recherché</label><input id="metier" role="combobox" aria-autocomplete="list" aria-controls="liste">
      <ul id="liste" role="listbox"><li role="option">Magasinier / Magasinière</li><li role="option">Cariste / Caristière</li></ul></form>`;
    const input = document.querySelector<HTMLInputElement>('#metier')!;
    let selected = '';
    for (const option of document.querySelectorAll<HTMLElement>('[role="option"]')) {
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        selected = option.textContent!;
        input.value = selected;
      });
    }
    input.addEventListener('input', () => {
      for (const option of document.querySelectorAll<HTMLElement>('[role="option"]')) option.style.display = option.textContent!.toLowerCase().includes(input.value.toLowerCase()) ? '' : 'none';
    });
    input.addEventListener('blur', () => {
      if (input.value !== selected) input.value = selected;
    });
    // The page marks what matches the query, as many do: "<mark>Cari</mark>ste".
    input.addEventListener('input', () => {
      for (const option of document.querySelectorAll<HTMLElement>('[role="option"]')) {
        const text = option.textContent!;
        const at = text.toLowerCase().indexOf(input.value.toLowerCase().slice(0, 4));
        if (at >= 0) option.innerHTML = `${text.slice(0, at)}<mark>${text.slice(at, at + 4)}</mark>${text.slice(at + 4)}`;
      }
    });
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    expect(selected).toBe('Cariste / Caristière');
    expect(report.filled).toContain('jobTitle');
  });

  it('reads an option whose name and postcode sit in two elements', async () => {
    document.body.innerHTML = '<form><div id="town"></div></form>';
    const town = autocompleteBox(document.getElementById('town')!, { label: 'Commune', name: 'commune', suggest: () => ['Valenciennes'] });
    stops.push(town.stop);
    const list = document.getElementById('commune-list')!;
    new MutationObserver(() => {
      for (const option of list.querySelectorAll('li')) if (option.textContent === 'Valenciennes') option.innerHTML = '<span>Valenciennes</span><small>59300</small>';
    }).observe(list, { childList: true });
    const { report } = await fillForm(document, planOf({ fields: { city: 'Valenciennes', postcode: '59300' } }), context);
    expect(town.state.selected).toBe('Valenciennes');
    expect(report.filled).toContain('city');
  });

  it('types nothing into a picker that listed options for some value but none that says it', async () => {
    document.body.innerHTML = '<form><div id="job"></div></form>';
    // Suggestions for short queries only: none for the long CV title, a wrong one for "Cariste".
    const job = autocompleteBox(document.getElementById('job')!, { label: 'Métier recherché', name: 'metier', strict: false, suggest: (query) => (query.length < 12 ? ["Chef d'équipe cariste"] : []) });
    stops.push(job.stop);
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste – Préparateur de commandes' }, occupations: ['cariste'] }), context);
    expect(job.input.value).toBe('');
    expect(report.skipped).toContainEqual({ target: 'jobTitle', reason: 'no-matching-option' });
  });

  it('sends no Escape when no list is open: a dialog around the form would close on it', async () => {
    document.body.innerHTML = '<div id="dialog" role="dialog"><form><div id="job"></div></form></div>';
    let escapes = 0;
    document.getElementById('dialog')!.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') escapes += 1;
    });
    const job = autocompleteBox(document.getElementById('job')!, { label: 'Métier recherché', name: 'metier', suggest: () => [], strict: false });
    stops.push(job.stop);
    await fillForm(document, planOf({ fields: { jobTitle: 'Scaphandrier' } }), context);
    expect(job.input.value).toBe('Scaphandrier');
    expect(escapes).toBe(0);
  });

  it('reports lost a pick the page ignored (it selects on events the fill does not send)', async () => {
    document.body.innerHTML = '<form><div id="job"></div></form>';
    const host = document.getElementById('job')!;
    const job = autocompleteBox(host, { label: 'Métier recherché', name: 'metier', suggest: () => ['Cariste'] });
    stops.push(job.stop);
    host.addEventListener('mousedown', (event) => event.stopPropagation(), true);
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    expect(job.input.value).toBe('');
    expect(report.filled).not.toContain('jobTitle');
    expect(report.skipped).toContainEqual({ target: 'jobTitle', reason: 'not-kept-by-page' });
  });

  it('a second fill finds the option already chosen: no conflict, nothing written again', async () => {
    const { job } = mountPickers();
    await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    expect(job.state.selected).toBe('Cariste / Caristière');
    expect(report.conflicts).toEqual([]);
    expect(report.skipped).not.toContainEqual({ target: 'jobTitle', reason: 'not-empty' });
  });

  it("lets a picker's list decide, whatever its maxlength says of the CV's long title", async () => {
    const { job } = mountPickers();
    job.input.maxLength = 30;
    await fillForm(document, planOf({ fields: { jobTitle: 'Cariste – Préparateur de commandes' }, occupations: ['cariste'] }), context);
    expect(job.state.selected).toBe('Cariste / Caristière');
  });

  /** A picker like react-select: the choice is shown in its own element and the box emptied. */
  function choiceBesideBox(chosen: string) {
    document.body.innerHTML = `<form><label id="l-metier" for="metier">Métier recherché</label>
      <div class="select"><div class="value"><div class="single-value">${chosen}</div><div class="placeholder" id="ph"${chosen ? ' hidden' : ''}>Sélectionner…</div>
      <input id="metier" role="combobox" aria-autocomplete="list" aria-controls="menu" aria-describedby="ph"></div>
      <div id="menu" role="listbox" style="display: none"></div></div></form>`;
    const input = document.querySelector<HTMLInputElement>('#metier')!;
    const menu = document.getElementById('menu')!;
    const state = { selected: chosen };
    input.addEventListener('input', () => {
      menu.innerHTML = input.value ? JOBS.map((job) => `<div role="option">${job}</div>`).join('') : '';
      menu.style.display = input.value ? '' : 'none';
      for (const option of menu.children) {
        option.addEventListener('click', () => {
          state.selected = option.textContent!;
          document.querySelector('.single-value')!.textContent = state.selected;
          document.getElementById('ph')!.hidden = true;
          input.value = '';
          menu.style.display = 'none';
        });
      }
    });
    input.addEventListener('blur', () => {
      input.value = '';
    });
    // Backspace in the empty box removes the choice, as react-select does.
    input.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Backspace' || input.value !== '') return;
      state.selected = '';
      document.querySelector('.single-value')!.textContent = '';
      document.getElementById('ph')!.hidden = false;
    });
    return state;
  }

  it('sees a choice a picker shows beside its emptied box, and never replaces it unasked', async () => {
    const state = choiceBesideBox('Magasinier / Magasinière');
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    expect(state.selected).toBe('Magasinier / Magasinière');
    expect(report.conflicts).toEqual([{ key: 'jobTitle', pageValue: 'Magasinier / Magasinière', suggested: 'Cariste' }]);
  });

  it('does not take a hint beside a picker for a value the page holds', async () => {
    document.body.innerHTML = '<form><div class="fr-input-group"><label for="metier">Métier recherché</label><span class="fr-hint-text">Ex : Cariste, Magasinier</span><div id="job-host"></div><p class="counter">0 / 80</p></div></form>';
    const host = document.getElementById('job-host')!;
    const job = autocompleteBox(host, { label: '', name: 'metier', suggest: suggest(JOBS) });
    host.querySelector('label')!.remove();
    stops.push(job.stop);
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    expect(report.conflicts).toEqual([]);
    expect(job.state.selected).toBe('Cariste / Caristière');
  });

  it('counts as kept a choice the picker shows beside its emptied box, and undo removes it', async () => {
    const state = choiceBesideBox('');
    const { report, undo } = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    expect(state.selected).toBe('Cariste / Caristière');
    expect(report.filled).toContain('jobTitle');
    expect(report.skipped).toEqual([]);
    await undo();
    expect(state.selected).toBe('');
  });

  it('undo takes the picked option back', async () => {
    const { job } = mountPickers();
    const { undo } = await fillForm(document, planOf({ fields: { jobTitle: 'Préparatrice de commandes' } }), context);
    expect(job.state.selected).toBe('Préparateur / Préparatrice de commandes');
    await undo();
    expect(job.input.value).toBe('');
    expect(job.state.selected).toBe('');
  });

  it('keeps typed text in a free autocomplete that has no suggestion for it', async () => {
    document.body.innerHTML = '<form><div id="job"></div></form>';
    const job = autocompleteBox(document.getElementById('job')!, { label: 'Métier recherché', name: 'metier', suggest: () => [], strict: false });
    stops.push(job.stop);
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Scaphandrier' } }), context);
    expect(job.input.value).toBe('Scaphandrier');
    expect(job.state.requests).toBeGreaterThan(0);
    expect(report.filled).toContain('jobTitle');
  });
});

describe('fillForm and what a control declares it takes', () => {
  it('leaves out a value a person could not type in the box (maxlength, pattern) and says why', async () => {
    document.body.innerHTML = `<form>
      <label for="cp">Code postal</label><input id="cp" name="cp" maxlength="5">
      <label for="tel">Téléphone portable</label><input id="tel" name="tel" type="tel" pattern="0[67][0-9]{8}">
      <label for="ville">Ville</label><input id="ville" name="ville"></form>`;
    const { report } = await fillForm(document, planOf({ fields: { postcode: 'SK4 2QL', phone: '+44 7700 900123', city: 'Stockport' } }), context);
    expect(document.querySelector<HTMLInputElement>('#cp')!.value).toBe('');
    expect(document.querySelector<HTMLInputElement>('#tel')!.value).toBe('');
    expect(document.querySelector<HTMLInputElement>('#ville')!.value).toBe('Stockport');
    expect(report.skipped).toContainEqual({ target: 'postcode', reason: 'too-long' });
    expect(report.skipped).toContainEqual({ target: 'phone', reason: 'wrong-format' });
    expect(report.filled).toEqual(['city']);
  });

  it('ignores a pattern the browser itself ignores (it does not compile with the v flag)', async () => {
    document.body.innerHTML = '<form><label for="m">E-mail</label><input id="m" type="email" pattern="[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}"></form>';
    const { report } = await fillForm(document, planOf({ fields: { email: 'Mickael.Fontaine59@gmail.com' } }), context);
    expect(report.filled).toContain('email');
  });

  it('still writes a French phone number in the shape the pattern asks for', async () => {
    document.body.innerHTML = '<form><label for="tel">Téléphone</label><input id="tel" name="tel" type="tel" pattern="0[1-9][0-9]{8}"></form>';
    await fillForm(document, planOf({ fields: { phone: '+33612345678' } }), context);
    expect(document.querySelector<HTMLInputElement>('#tel')!.value).toBe('0612345678');
  });
});

describe('fillForm on widgets', () => {
  it('adds chips in a tag input inside an open shadow root, waiting for the page to render before Enter', async () => {
    document.body.innerHTML = '<form><skill-box id="host"></skill-box></form>';
    const widget = tagInput(document.getElementById('host')!, { label: 'Compétences', shadow: true, button: false });
    const { report, undo } = await fillForm(document, planOf({ skills: ['Excel', 'gérer des stocks'] }), context);
    expect(widget.tags).toEqual(['Excel', 'gérer des stocks']);
    expect(report.filled).toEqual(['skills:Excel', 'skills:gérer des stocks']);
    await undo();
    expect(widget.tags).toEqual([]);
  });

  it('uses the "Ajouter" button when Enter does nothing', async () => {
    document.body.innerHTML = '<form><div id="host"></div></form>';
    const widget = tagInput(document.getElementById('host')!, { label: 'Savoir-être', enter: false });
    await fillForm(document, planOf({ softSkills: ['Rigueur', 'Ponctualité'] }), context);
    expect(widget.tags).toEqual(['Rigueur', 'Ponctualité']);
  });

  it('writes a list into a rich-text region one per line, and undo restores its markup', async () => {
    document.body.innerHTML = '<form><div id="l">Compétences</div><div contenteditable="true" aria-labelledby="l" role="textbox"><p><br></p></div></form>';
    const region = document.querySelector<HTMLElement>('[contenteditable]')!;
    const { undo } = await fillForm(document, planOf({ skills: ['Excel', 'Word'] }), context);
    // One paragraph per line, as the editor holds them (rich-text-skills-box.test.ts).
    expect(region.innerHTML).toBe('<p>Excel</p><p>Word</p>');
    await undo();
    expect(region.innerHTML).toBe('<p><br></p>');
  });

  it('answers "Oui" to a yes/no question about a licence the plan holds, and nothing to others', async () => {
    document.body.innerHTML = `<form>
      <fieldset><legend>Êtes-vous titulaire du permis B ?</legend><label><input type="radio" name="b" value="1"> Oui</label><label><input type="radio" name="b" value="0"> Non</label></fieldset>
      <fieldset><legend>Permis C</legend><label><input type="radio" name="c" value="oui"> Oui</label><label><input type="radio" name="c" value="non"> Non</label></fieldset></form>`;
    const page = controlledForm(document.querySelector('form')!);
    const { report } = await fillForm(document, planOf({ drivingLicences: ['B'] }), context);
    expect(page.state).toEqual({ b: '1', c: '' });
    expect(report.filled).toEqual(['drivingLicence:B']);
  });

  it('fills a name box that wants both names in the order its label says', async () => {
    document.body.innerHTML = '<form><label for="f">Nom et prénom</label><input id="f"><label for="g">Full name</label><input id="g"></form>';
    await fillForm(document, planOf({ fields: { firstName: 'Julie', lastName: 'MARTIN' } }), context);
    expect((document.getElementById('f') as HTMLInputElement).value).toBe('MARTIN Julie');
  });

  it('fills languages laid out as fixed pairs of selects under a "Langues" heading', async () => {
    const pair = (n: number) => `<div class="pair"><label for="l${n}">Langue ${n}</label><select id="l${n}" name="l${n}"><option value="">--</option><option value="EN">English</option><option value="ES">Spanish</option></select>
      <label for="n${n}">Niveau ${n}</label><select id="n${n}" name="n${n}"><option value="">--</option><option value="A2">A2</option><option value="B1">B1</option><option value="B2">B2</option><option value="C1">C1</option></select></div>`;
    document.body.innerHTML = `<form><h2>Langues</h2>${pair(1)}${pair(2)}</form>`;
    const page = controlledForm(document.querySelector('form')!);
    await fillForm(document, planOf({ languages: [{ language: 'es', level: 'B2' }, { language: 'en', level: 'C1' }] }), context);
    expect(page.state).toEqual({ l1: 'ES', n1: 'B2', l2: 'EN', n2: 'C1' });
  });
});

describe('fillForm on an English application form', () => {
  const years = ['2022', '2021', '2020', '2019', '2018', '2017', '2016'].map((year) => `<option>${year}</option>`).join('');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    .map((month, index) => `<option value="${String(index + 1).padStart(2, '0')}">${month}</option>`).join('');
  const JOB = `<template id="tpl-job"><li class="row">
    <label>Job title <input name="title"></label><label>Company <input name="company"></label>
    <fieldset><legend>From</legend><select name="fromMonth" aria-label="From month"><option value="">Month</option>${months}</select><select name="fromYear" aria-label="From year"><option value="">Year</option>${years}</select></fieldset>
    <fieldset><legend>To</legend><select name="toMonth" aria-label="To month"><option value="">Month</option>${months}</select><select name="toYear" aria-label="To year"><option value="">Year</option>${years}</select></fieldset>
    <label><input type="checkbox" name="current"> I currently work here</label>
    <button type="button" data-remove aria-label="Remove this job">✕</button></li></template>`;
  const LANGUAGE = `<template id="tpl-language"><li class="row">
    <label>Language <input name="language"></label>
    <fieldset><legend>Proficiency</legend>
      <label><input type="radio" name="level" value="basic"> Basic</label><label><input type="radio" name="level" value="conversational"> Conversational</label>
      <label><input type="radio" name="level" value="fluent"> Fluent</label><label><input type="radio" name="level" value="native"> Native</label></fieldset>
    <button type="button" data-remove>Delete</button></li></template>`;

  it('adds entries through "+" and "Add", fills split month/year selects, radios and the current-job box', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<form><h2>Work experience</h2><section id="jobs"><ul class="rows"></ul><button type="button" data-add>+</button></section>
      <section id="languages"><h2>Languages</h2><ul class="rows"></ul><button type="button" data-add>Add</button></section></form>${JOB}${LANGUAGE}`;
    const jobs = repeatableGroup(document.getElementById('jobs')!, document.getElementById('tpl-job') as HTMLTemplateElement);
    const languages = repeatableGroup(document.getElementById('languages')!, document.getElementById('tpl-language') as HTMLTemplateElement);
    const plan = planOf({
      experiences: [
        { title: 'Senior Care Assistant', employer: 'Brookfield House', start: '2021-06', end: 'present' },
        { title: 'Sales Assistant', employer: 'Boots UK', start: '2016', end: '2017-08' },
      ],
      languages: [{ language: 'es', level: null, levelText: 'conversational' }],
    });
    const { report, undo } = await fillForm(document, plan, context);
    document.documentElement.lang = '';
    expect(jobs.rows).toEqual([
      { title: 'Senior Care Assistant', company: 'Brookfield House', fromMonth: '06', fromYear: '2021', toMonth: '', toYear: '', current: true },
      { title: 'Sales Assistant', company: 'Boots UK', fromMonth: '', fromYear: '2016', toMonth: '08', toYear: '2017', current: false },
    ]);
    expect(languages.rows).toEqual([{ language: 'Spanish', level: 'conversational' }]);
    expect(report.skipped).toContainEqual({ target: 'experience:1.start', reason: 'date-too-vague' });
    await undo();
    expect(jobs.rows).toEqual([]);
    expect(languages.rows).toEqual([]);
  });
});

describe('site adapters', () => {
  // An add button with only an icon and no heading: nothing in the markup says what it adds.
  const ICON_ONLY = `<form><div id="jobs"><div class="rows"></div><button type="button" data-add class="icon-plus"></button></div></form>
    <template id="tpl"><div class="row"><label>Intitulé du poste <input name="title"></label><label>Employeur <input name="employer"></label><button type="button" data-remove>Supprimer</button></div></template>
    <input type="password" id="secret" name="secret">`;
  const adapter: SiteAdapter = {
    name: 'icons',
    matches: () => true,
    groups: [{ kind: 'experience', section: '#jobs', addButton: '#jobs [data-add]', row: '.row', removeButton: '[data-remove]' }],
    fields: [{ selector: '#secret', target: 'lastName' }],
  };
  const plan = planOf({ fields: { lastName: 'MARTIN' }, experiences: [{ title: 'Serveuse', employer: 'Café du Port', start: null, end: null }] });

  it('adds knowledge of a known page: a group the generic engine cannot see', async () => {
    document.body.innerHTML = ICON_ONLY;
    const group = repeatableGroup(document.getElementById('jobs')!, document.getElementById('tpl') as HTMLTemplateElement);
    const generic = await fillForm(document, plan, context);
    expect(group.rows).toEqual([]);
    expect(generic.report.skipped).toContainEqual({ target: 'experience:0', reason: 'not-found' });

    const adapted = await fillForm(document, plan, { ...context, adapters: [adapter] });
    expect(group.rows).toEqual([{ title: 'Serveuse', employer: 'Café du Port' }]);
    expect(adapted.report.adapter).toBe('icons');
    await adapted.undo();
    expect(group.rows).toEqual([]);
  });

  it('never bypasses the safety rules: a password field stays untouched whatever the adapter says', async () => {
    document.body.innerHTML = ICON_ONLY;
    await fillForm(document, plan, { ...context, adapters: [adapter] });
    expect((document.getElementById('secret') as HTMLInputElement).value).toBe('');
  });
});
