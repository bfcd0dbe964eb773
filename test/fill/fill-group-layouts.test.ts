// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { emptyFillPlan, type FillPlan } from '../../lib/fill/fill-plan';
import { findControls, isShownByStyle } from '../../lib/fill/find-controls';
import { findGroupSections, rowsOf } from '../../lib/fill/find-groups';
import { columnHeaderOf } from '../../lib/fill/table-headers';
import { isUntouchedSelect } from '../../lib/fill/untouched-select';
import { settlePage } from '../../lib/fill/wait-for-page';

/** Layouts of repeatable blocks, grids and language rows beyond the review fixtures. */
const context = { isVisible: isShownByStyle, settle: () => settlePage(5), waitForRerender: () => settlePage(20), highlight: false, adapters: [] };

const plan: FillPlan = {
  ...emptyFillPlan(),
  languages: [{ language: 'it', level: 'B2' }, { language: 'de', level: 'A2' }],
  experiences: [
    { title: 'Aide-soignante', employer: 'EHPAD Les Tilleuls', start: '2020-09', end: 'present' },
    { title: 'Agent de service hospitalier', employer: 'CHU de Lille', start: '2017-01', end: '2020-06' },
  ],
  education: [{ degree: "Diplôme d'État d'aide-soignant", school: 'IFAS Roubaix', end: '2020' }],
};

const value = (name: string) => (document.querySelector(`[name="${name}"]`) as HTMLInputElement).value;
const state = () => [...document.querySelectorAll<HTMLInputElement>('input, select')].map((control) => `${control.name}=${control.type === 'radio' ? control.checked : control.value}`);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('numbered experience blocks', () => {
  const block = (ordinal: string, n: number) => `<div class="bloc"><h3>${ordinal} expérience</h3>
    <p><label for="p${n}">Intitulé du poste</label><input id="p${n}" name="poste${n}"></p>
    <p><label for="e${n}">Entreprise</label><input id="e${n}" name="entreprise${n}"></p></div>`;
  const FORM = `<form><h2>Votre parcours</h2>${block('1ère', 1)}${block('2ème', 2)}${block('3ème', 3)}
    <h2>Formation</h2><p><label for="d">Diplôme</label><input id="d" name="diplome"></p><p><label for="s">Établissement</label><input id="s" name="ecole"></p></form>`;

  it('takes blocks titled by an ordinal ("1ère", "2ème") as the entries of one group, in order', async () => {
    const { report } = await fillForm(document, (document.body.innerHTML = FORM, plan), context);
    expect([value('poste1'), value('entreprise1')]).toEqual(['Aide-soignante', 'EHPAD Les Tilleuls']);
    expect([value('poste2'), value('entreprise2')]).toEqual(['Agent de service hospitalier', 'CHU de Lille']);
    expect(value('poste3')).toBe('');
    expect(report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1']));
  });

  it('keeps the next flat part (a "Formation" heading of the same rank) out of the experience group', () => {
    document.body.innerHTML = FORM;
    const controls = findControls(document, isShownByStyle);
    const sections = findGroupSections(document, controls, isShownByStyle);
    const names = (kind: string) => {
      const group = sections.find((section) => section.rule.kind === kind);
      return group ? rowsOf(group, controls).map((row) => row.fields.map(({ control }) => control.getAttribute('name'))) : null;
    };
    expect(names('experience')).toEqual([['poste1', 'entreprise1'], ['poste2', 'entreprise2'], ['poste3', 'entreprise3']]);
    expect(names('education')).toEqual([['diplome', 'ecole']]);
  });
});

describe('flat sections: h2 siblings, no wrappers', () => {
  const FORM = `<form><h2>Identité</h2><label for="n">Nom</label><input id="n" name="nom">
    <h2>Expérience professionnelle</h2><label for="t">Poste occupé</label><input id="t" name="poste"><label for="c">Employeur</label><input id="c" name="employeur">
    <h2>Formation</h2><label for="d">Diplôme</label><input id="d" name="diplome"><label for="s">Établissement</label><input id="s" name="ecole"></form>`;

  it('fills the experience under its heading and the education under the next one', async () => {
    document.body.innerHTML = FORM;
    await fillForm(document, plan, context);
    expect([value('poste'), value('employeur')]).toEqual(['Aide-soignante', 'EHPAD Les Tilleuls']);
    expect([value('diplome'), value('ecole')]).toEqual(["Diplôme d'État d'aide-soignant", 'IFAS Roubaix']);
  });
});

describe('column headers of a grid', () => {
  it('reads the lowest head cell over the column, through colspans and rowspans', () => {
    document.body.innerHTML = `<table><thead>
      <tr><th rowspan="2">Poste</th><th rowspan="2">Employeur</th><th colspan="2">Période</th></tr>
      <tr><th>Du</th><th>Au</th></tr></thead>
      <tbody><tr><td><input name="a"></td><td><input name="b"></td><td><input name="c"></td><td><input name="d"></td></tr>
      <tr><td colspan="2"><input name="e"></td><td><input name="f"></td><td></td></tr></tbody></table>`;
    const header = (name: string) => columnHeaderOf(document.querySelector(`[name="${name}"]`)!);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map(header)).toEqual(['Poste', 'Employeur', 'Du', 'Au', 'Poste', 'Du']);
  });

  it('gives nothing to a layout table without a header row', () => {
    document.body.innerHTML = '<table><tr><td>Nom :</td><td><input name="nom"></td></tr></table>';
    expect(columnHeaderOf(document.querySelector('[name="nom"]')!)).toBe('');
  });
});

describe('language rows', () => {
  const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
  // Radios with no label of their own: the column head says the level, the row head the language.
  const row = (code: string, name: string) => `<tr><td>${name}</td>${LEVELS.map((level) => `<td><input type="radio" name="lv_${code}" value="${LEVELS.indexOf(level) + 1}"></td>`).join('')}</tr>`;
  const GRID = `<form><h2>Langues</h2><table><tr><th>Langue</th>${LEVELS.map((level) => `<th>${level}</th>`).join('')}</tr>
    ${row('it', 'Italien')}${row('de', 'Allemand')}${row('pt', 'Portugais')}</table></form>`;
  const ticked = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)].filter((radio) => radio.checked).map((radio) => radio.value);

  it('ticks each language\'s level by the column heads when the radios carry only a number', async () => {
    document.body.innerHTML = GRID;
    const { report } = await fillForm(document, plan, context);
    expect(ticked('lv_it')).toEqual(['4']);
    expect(ticked('lv_de')).toEqual(['2']);
    expect(ticked('lv_pt')).toEqual([]);
    expect(report.filled).toEqual(expect.arrayContaining(['language:it', 'language:de']));
  });

  it('leaves a row the person already answered, and undo unticks only what the fill ticked', async () => {
    document.body.innerHTML = GRID;
    (document.querySelector('[name="lv_de"][value="1"]') as HTMLInputElement).checked = true;
    const before = state();
    const { report, undo } = await fillForm(document, plan, context);
    expect(ticked('lv_de')).toEqual(['1']);
    expect(report.skipped).toContainEqual({ target: 'language:de', reason: 'not-empty' });
    await undo();
    expect(state()).toEqual(before);
  });
});

describe('selects still on their page-load option', () => {
  it('tells a first option the page opened on from one it marked as chosen', () => {
    document.body.innerHTML = `<select name="a"><option>janvier</option><option>février</option></select>
      <select name="b"><option selected>janvier</option><option>février</option></select>`;
    expect(isUntouchedSelect(document.querySelector('[name="a"]')!)).toBe(true);
    expect(isUntouchedSelect(document.querySelector('[name="b"]')!)).toBe(false);
  });

  it('keeps an entry whose contract select the page shows as chosen: the block is not free', async () => {
    document.body.innerHTML = `<form><fieldset><legend>Expérience</legend>
      <label for="t">Poste</label><input id="t" name="poste">
      <label for="k">Type de contrat</label><select id="k" name="contrat"><option>CDI</option><option selected>CDD</option></select>
      <label for="c">Employeur</label><input id="c" name="employeur"></fieldset></form>`;
    const { report } = await fillForm(document, plan, context);
    expect(value('poste')).toBe('');
    expect(report.filled).not.toContain('experience:0');
  });
});

describe('numbered headings in a flat form', () => {
  const part = (n: number) => `<h3>Expérience n°${n}</h3><div class="ligne"><label for="p${n}">Fonction</label><input id="p${n}" name="fonction${n}"></div>
    <div class="ligne"><label for="e${n}">Employeur</label><input id="e${n}" name="employeur${n}"></div>`;
  const FORM = `<form><h3>Identité</h3><div class="ligne"><label for="n">Nom</label><input id="n" name="nom"></div>${part(1)}${part(2)}${part(3)}
    <h3>Commentaire</h3><textarea name="commentaire"></textarea></form>`;

  it('takes the fields under each numbered heading as one entry, up to the next heading', async () => {
    document.body.innerHTML = FORM;
    const before = state();
    const { report, undo } = await fillForm(document, plan, context);
    expect([value('fonction1'), value('employeur1')]).toEqual(['Aide-soignante', 'EHPAD Les Tilleuls']);
    expect([value('fonction2'), value('employeur2')]).toEqual(['Agent de service hospitalier', 'CHU de Lille']);
    expect([value('fonction3'), value('employeur3')]).toEqual(['', '']);
    expect(report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1']));
    await undo();
    expect(state()).toEqual(before);
  });
});
