// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * Languages as a grid: one row per language, one radio per CEFR level (A1…C2), as training bodies'
 * and employers' forms print it. Driving licences as checkboxes labelled "Permis B", "C", "CE", "BE".
 */
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const LANGUAGES: [string, string][] = [['fr', 'Français'], ['en', 'Anglais'], ['de', 'Allemand'], ['es', 'Espagnol']];

const gridRow = (code: string, name: string) => `<tr><th scope="row">${name}</th>${LEVELS.map(
  (level) => `<td><input type="radio" name="niveau_${code}" value="${level}" aria-label="${name} ${level}"></td>`,
).join('')}</tr>`;

const LANGUAGE_GRID_FORM = `<main><form method="post">
  <label for="nom">Nom</label><input id="nom" name="nom">
  <fieldset><legend>Langues étrangères</legend>
    <table><thead><tr><th>Langue</th>${LEVELS.map((level) => `<th scope="col">${level}</th>`).join('')}</tr></thead>
    <tbody>${LANGUAGES.map(([code, name]) => gridRow(code, name)).join('')}</tbody></table>
  </fieldset>
  <fieldset><legend>Permis de conduire</legend>
    <label><input type="checkbox" name="permis[]" value="B"> Permis B</label>
    <label><input type="checkbox" name="permis[]" value="C"> C</label>
    <label><input type="checkbox" name="permis[]" value="CE"> CE</label>
    <label><input type="checkbox" name="permis[]" value="BE"> BE</label>
  </fieldset>
</form></main>`;

const checkedIn = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((input) => input.checked).map((input) => input.value);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a CEFR grid of radio groups and licence checkboxes', () => {
  it('ticks B and C only: not CE, not BE', async () => {
    const { report } = await mountAndFill(LANGUAGE_GRID_FORM, cariste);
    expect(checkedIn('permis[]')).toEqual(['B', 'C']);
    expect(report.filled).toEqual(expect.arrayContaining(['drivingLicence:B', 'drivingLicence:C']));
  });

  it('ticks the level of each spoken language in its own row (Anglais B1, Espagnol C1), nothing in the others', async () => {
    const { report } = await mountAndFill(LANGUAGE_GRID_FORM, cariste);
    expect(checkedIn('niveau_en')).toEqual(['B1']);
    expect(checkedIn('niveau_es')).toEqual(['C1']);
    expect(checkedIn('niveau_fr')).toEqual([]);
    expect(checkedIn('niveau_de')).toEqual([]);
    expect(report.filled).toEqual(expect.arrayContaining(['language:en', 'language:es']));
  });

  it('chooses the level in the select of each language row ("Anglais [niveau]", "Espagnol [niveau]")', async () => {
    const levels = '<option value="">--</option><option value="1">Notions</option><option value="2">Scolaire</option><option value="3">Intermédiaire</option><option value="4">Courant</option><option value="5">Bilingue</option>';
    const { report } = await mountAndFill(
      `<form method="post"><h2>Langues</h2><table>
        <tr><td>Anglais</td><td><select name="niveau_anglais">${levels}</select></td></tr>
        <tr><td>Allemand</td><td><select name="niveau_allemand">${levels}</select></td></tr>
        <tr><td>Espagnol</td><td><select name="niveau_espagnol">${levels}</select></td></tr>
      </table></form>`,
      cariste,
    );
    const chosen = (name: string) => (document.querySelector(`select[name="${name}"]`) as HTMLSelectElement).selectedOptions[0]?.text;
    // B1 is "Intermédiaire"; C1 is "Courant" or "Bilingue", never below B2.
    expect(chosen('niveau_anglais')).toBe('Intermédiaire');
    expect(['Courant', 'Bilingue']).toContain(chosen('niveau_espagnol'));
    expect(chosen('niveau_allemand')).toBe('--');
    expect(report.filled).toEqual(expect.arrayContaining(['language:en', 'language:es']));
  });

  it('undo unticks everything it ticked', async () => {
    document.body.innerHTML = LANGUAGE_GRID_FORM;
    const before = pageState();
    const { undo } = await mountAndFill(LANGUAGE_GRID_FORM, cariste);
    await undo();
    expect(pageState()).toEqual(before);
  });
});
