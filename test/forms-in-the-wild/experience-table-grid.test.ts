// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * Experiences as a grid: one table row per experience, the column headers (<th>) say what each
 * box is, names are PHP arrays (exp_du[], exp_au[]). Common on training bodies' and local
 * employers' forms.
 */
const gridRow = `<tr><td><input type="text" name="exp_poste[]"></td><td><input type="text" name="exp_employeur[]"></td>
  <td><input type="text" name="exp_du[]" placeholder="MM/AAAA" maxlength="7" size="7"></td><td><input type="text" name="exp_au[]" placeholder="MM/AAAA" maxlength="7" size="7"></td></tr>`;
const GRID_FORM = `<form method="post"><h3>Expériences professionnelles</h3>
  <table class="grille"><thead><tr><th>Poste occupé</th><th>Employeur</th><th>Du</th><th>Au</th></tr></thead>
  <tbody>${gridRow}${gridRow}${gridRow}</tbody></table>
  <input type="submit" value="Valider"></form>`;

const column = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((input) => input.value);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('experiences as table rows under column headers', () => {
  it('writes one experience per row, job and employer', async () => {
    await mountAndFill(GRID_FORM, cariste);
    expect(column('exp_poste[]')).toEqual(['Cariste', 'Préparateur de commandes', '']);
    expect(column('exp_employeur[]')).toEqual(['Hainaut Logistique Services', 'Adecco', '']);
  });

  it('writes the dates under "Du" and "Au" in the shape the placeholder shows', async () => {
    await mountAndFill(GRID_FORM, cariste);
    // The current job has no end: its "Au" box stays empty.
    expect(column('exp_du[]')).toEqual(['03/2019', '03/2016', '']);
    expect(column('exp_au[]')).toEqual(['', '12/2018', '']);
  });

  it('undo empties every row again', async () => {
    document.body.innerHTML = GRID_FORM;
    const before = pageState();
    const { undo } = await mountAndFill(GRID_FORM, cariste);
    await undo();
    expect(pageState()).toEqual(before);
  });
});
