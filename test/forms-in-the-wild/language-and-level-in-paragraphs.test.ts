// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * An old administrative form that puts every box in a paragraph of its own: "Langue 1" then
 * "Niveau", "Langue 2" then "Niveau", with nothing around each pair. Each language goes with the
 * level that follows it.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const levels = '<option value="">--</option><option>Notions</option><option>Intermédiaire</option><option>Courant</option><option>Bilingue</option>';
const page = `<form><h3>Langues étrangères</h3>
  <p><label for="l1">Langue 1</label> <input id="l1" name="langue1"></p><p><label for="n1">Niveau</label> <select id="n1" name="niveau1">${levels}</select></p>
  <p><label for="l2">Langue 2</label> <input id="l2" name="langue2"></p><p><label for="n2">Niveau</label> <select id="n2" name="niveau2">${levels}</select></p>
  <p><label for="l3">Langue 3</label> <input id="l3" name="langue3"></p><p><label for="n3">Niveau</label> <select id="n3" name="niveau3">${levels}</select></p>
</form>`;

describe('languages and levels, one paragraph per box', () => {
  it('writes each language with its own level, leaves the third pair empty, and undo empties them', async () => {
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, planOf({ ...cariste, softSkills: [] }));
    expect(['langue1', 'niveau1', 'langue2', 'niveau2', 'langue3', 'niveau3'].map((name) => field(name).value)).toEqual(['Anglais', 'Intermédiaire', 'Espagnol', 'Courant', '', '']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['language:en', 'language:es']));
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });
});
