// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * A skills profile that asks each skill in a box of its own ("Compétence 1", "Compétence 2",
 * "Compétence 3") and each quality likewise ("Qualité 1", "Qualité 2"): one skill per box, in
 * order, never all of them poured into the first. What does not fit is reported.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const plan = planOf({
  ...cariste,
  skills: ['utiliser un chariot élévateur', 'préparer des commandes', 'gérer un stock', 'charger un camion'],
  softSkills: ['faire preuve de rigueur et de précision', 'travailler en équipe'],
});

const page = `<form><h2>Vos principales compétences</h2>
  <div><label for="c1">Compétence 1</label><input id="c1" name="competence_1"></div>
  <div><label for="c2">Compétence 2</label><input id="c2" name="competence_2"></div>
  <div><label for="c3">Compétence 3</label><input id="c3" name="competence_3"></div>
  <h2>Vos qualités</h2>
  <div><label for="q1">Qualité 1</label><input id="q1" name="qualite_1"></div>
  <div><label for="q2">Qualité 2</label><input id="q2" name="qualite_2"></div>
</form>`;

describe('one box per skill', () => {
  it('writes one skill per box in order, reports the one left over, and undo empties them', async () => {
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, plan);
    expect(['competence_1', 'competence_2', 'competence_3'].map((name) => field(name).value)).toEqual(['utiliser un chariot élévateur', 'préparer des commandes', 'gérer un stock']);
    expect(['qualite_1', 'qualite_2'].map((name) => field(name).value)).toEqual(['faire preuve de rigueur et de précision', 'travailler en équipe']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['skills:utiliser un chariot élévateur', 'skills:gérer un stock', 'softSkills:travailler en équipe']));
    expect(outcome.report.skipped).toContainEqual({ target: 'skills:charger un camion', reason: 'no-room' });
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });

  it('leaves a box the person filled and uses the next empty one', async () => {
    const outcome = await mountAndFill(page.replace('name="competence_1">', 'name="competence_1" value="Gestes et postures">'), planOf({ ...plan, skills: ['utiliser un chariot élévateur'], softSkills: [] }));
    expect(['competence_1', 'competence_2', 'competence_3'].map((name) => field(name).value)).toEqual(['Gestes et postures', 'utiliser un chariot élévateur', '']);
    expect(outcome.report.filled).toContain('skills:utiliser un chariot élévateur');
  });
});

describe('one box per skill, and a button that adds the next box', () => {
  it('adds a box per skill beyond the first with the page’s button, and undo removes the boxes it added', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form><div id="list"><div class="item"><label for="s1">Compétence 1</label><input id="s1" name="competences[0]"></div></div>
      <button type="button" id="add">+ Ajouter une compétence</button></form>`;
    let count = 1;
    document.getElementById('add')!.addEventListener('click', () => {
      count += 1;
      const item = document.createElement('div');
      item.className = 'item';
      item.innerHTML = `<label for="s${count}">Compétence ${count}</label><input id="s${count}" name="competences[${count - 1}]"><button type="button" class="remove" aria-label="Supprimer cette compétence">×</button>`;
      item.querySelector('.remove')!.addEventListener('click', () => item.remove());
      document.getElementById('list')!.append(item);
    });
    const outcome = await fillForm(document, planOf({ skills: ['utiliser un chariot élévateur', 'préparer des commandes', 'gérer un stock'] }), context);
    const values = () => [...document.querySelectorAll<HTMLInputElement>('#list input')].map((input) => input.value);
    expect(values()).toEqual(['utiliser un chariot élévateur', 'préparer des commandes', 'gérer un stock']);
    expect(outcome.report.filled).toEqual(['skills:utiliser un chariot élévateur', 'skills:préparer des commandes', 'skills:gérer un stock']);
    await outcome.undo();
    expect(values()).toEqual(['']);
  });
});

