// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState, planOf } from './mount-form';

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
