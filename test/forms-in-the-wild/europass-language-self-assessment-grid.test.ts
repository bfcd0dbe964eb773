// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState, planOf } from './mount-form';

/**
 * The Europass self-assessment grid, as French training bodies and CV-based registration forms
 * print it: a "Langue(s) maternelle(s)" box, then one row per other language with a CEFR list
 * under each use of the language (Comprendre: Écouter, Lire; Parler: Prendre part à une
 * conversation, S'exprimer oralement en continu; Écrire), the columns named by the table's two
 * header rows only. The lists were not known as levels, so no language was written at all; once
 * they were, a language the CV gives a level for went into the mother-tongue box.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((level) => `<option value="${level}">${level}</option>`).join('');
const USES = ['ecouter', 'lire', 'conversation', 'oral', 'ecrire'];
const row = (index: number) => `<tr><td><input name="langues[${index}][nom]"></td>${USES.map((use) => `<td><select name="langues[${index}][${use}]"><option value="">-</option>${CEFR}</select></td>`).join('')}</tr>`;

const grid = (english = false) => english
  ? `<form><h2>Language skills</h2><label for="mt">Mother tongue(s)</label><input id="mt" name="mother_tongue">
    <table><thead><tr><th rowspan="2">Other language(s)</th><th colspan="2">Understanding</th><th colspan="2">Speaking</th><th rowspan="2">Writing</th></tr>
    <tr><th>Listening</th><th>Reading</th><th>Spoken interaction</th><th>Spoken production</th></tr></thead>
    <tbody>${row(0)}${row(1)}</tbody></table></form>`
  : `<form><label for="nom">Nom</label><input id="nom" name="nom">
    <h2>Compétences linguistiques</h2>
    <label for="lm">Langue(s) maternelle(s)</label><input id="lm" name="langue_maternelle">
    <table><thead><tr><th rowspan="2">Autre(s) langue(s)</th><th colspan="2">Comprendre</th><th colspan="2">Parler</th><th rowspan="2">Écrire</th></tr>
    <tr><th>Écouter</th><th>Lire</th><th>Prendre part à une conversation</th><th>S'exprimer oralement en continu</th></tr></thead>
    <tbody>${row(0)}${row(1)}</tbody></table></form>`;

const value = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value;
const levels = (index: number) => USES.map((use) => value(`langues[${index}][${use}]`));

describe('a Europass language self-assessment grid', () => {
  it('writes each language spoken in its row with its level under every use, the mother tongue in its own box', async () => {
    const plan = planOf({ ...cariste, languages: [{ language: 'fr', level: null, levelText: 'langue maternelle' }, { language: 'en', level: 'B1' }, { language: 'es', level: 'C1' }] });
    document.documentElement.lang = 'fr';
    const outcome = await mountAndFill(grid(), plan);
    expect(value('langue_maternelle')).toBe('Français');
    expect(value('langues[0][nom]')).toBe('Anglais');
    expect(levels(0)).toEqual(['B1', 'B1', 'B1', 'B1', 'B1']);
    expect(value('langues[1][nom]')).toBe('Espagnol');
    expect(levels(1)).toEqual(['C1', 'C1', 'C1', 'C1', 'C1']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['language:fr', 'language:en', 'language:es']));
    await outcome.undo();
    // The page was empty: every box and list is again.
    expect(pageState().filter((entry) => !entry.endsWith('='))).toEqual([]);
  });

  it('never states a mother tongue the CV does not: a language with a level goes to the other rows', async () => {
    const plan = planOf({ ...cariste, languages: [{ language: 'fr', level: 'C2' }, { language: 'en', level: 'B1' }, { language: 'es', level: 'C1' }] });
    const outcome = await mountAndFill(grid(), plan);
    expect(value('langue_maternelle')).toBe('');
    expect([value('langues[0][nom]'), value('langues[1][nom]')]).toEqual(['Français', 'Anglais']);
    expect(levels(0)).toEqual(['C2', 'C2', 'C2', 'C2', 'C2']);
    // No third row and no way to add one: Spanish is named as left out.
    expect(outcome.report.skipped).toContainEqual({ target: 'language:es', reason: 'no-room' });
  });

  it('reads the English grid the same way', async () => {
    const plan = planOf({ languages: [{ language: 'en', level: 'C1' }, { language: 'de', level: 'A2' }] });
    await mountAndFill(grid(true), plan, 'en');
    expect(value('mother_tongue')).toBe('');
    expect(value('langues[0][nom]')).toBe('English');
    expect(levels(0)).toEqual(['C1', 'C1', 'C1', 'C1', 'C1']);
    expect(value('langues[1][nom]')).toBe('German');
    expect(levels(1)).toEqual(['A2', 'A2', 'A2', 'A2', 'A2']);
  });
});
