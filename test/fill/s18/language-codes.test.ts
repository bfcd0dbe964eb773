// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from '../../forms-in-the-wild/mount-form';

/**
 * Language rows named only by an ISO code, as multilingual job boards and ATS exports print them:
 * a language list of codes, codes as values shown in capitals, or a grid whose row header is "EN".
 * The job seeker speaks English (B1) and Spanish (C1).
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const LEVELS = `<option value="">--</option><option value="A1">A1</option><option value="A2">A2</option><option value="B1">B1</option>
  <option value="B2">B2</option><option value="C1">C1</option><option value="C2">C2</option>`;

describe('languages named by their code', () => {
  it('fills rows whose language list shows "fr", "en", "es", "de"', async () => {
    const row = (index: number) => `<div class="langue-row">
        <label for="lang${index}">Langue</label>
        <select id="lang${index}" name="langues[${index}][code]"><option value="">--</option><option>fr</option><option>en</option><option>de</option><option>es</option></select>
        <label for="niv${index}">Niveau</label>
        <select id="niv${index}" name="langues[${index}][niveau]">${LEVELS}</select>
      </div>`;
    const html = `<form><section><h2>Langues</h2>${row(0)}${row(1)}</section></form>`;
    document.body.innerHTML = html;
    const before = pageState();
    const { report, undo } = await mountAndFill(html, cariste);
    expect([field('langues[0][code]').value, field('langues[0][niveau]').value]).toEqual(['en', 'B1']);
    expect([field('langues[1][code]').value, field('langues[1][niveau]').value]).toEqual(['es', 'C1']);
    expect(report.filled).toEqual(expect.arrayContaining(['language:en', 'language:es']));
    await undo();
    expect(pageState()).toEqual(before);
  });

  it('fills a row added with "+ Ajouter une langue" whose list has values "en" shown "EN"', async () => {
    document.body.innerHTML = '';
    const html = `<form><fieldset id="langues"><legend>Compétences linguistiques</legend><div id="rows"></div>
      <button type="button" id="add">+ Ajouter une langue</button></fieldset></form>`;
    document.body.innerHTML = html;
    let count = 0;
    const install = () => {
      document.querySelector('#add')!.addEventListener('click', () => {
        const index = count++;
        const row = document.createElement('div');
        row.className = 'row';
        row.innerHTML = `<label>Langue <select name="lang_${index}"><option value="">Choisir</option><option value="fr">FR</option><option value="en">EN</option><option value="es">ES</option><option value="it">IT</option></select></label>
          <label>Niveau <select name="level_${index}">${LEVELS}</select></label>`;
        document.querySelector('#rows')!.append(row);
      });
    };
    // mountAndFill writes the page anew: mount, wire the button, fill.
    const { fillForm } = await import('../../../lib/fill/fill-form');
    const { context } = await import('../../forms-in-the-wild/mount-form');
    install();
    await fillForm(document, cariste, context);
    expect([field('lang_0').value, field('level_0').value, field('lang_1').value, field('level_1').value]).toEqual(['en', 'B1', 'es', 'C1']);
  });

  it('gives the level to a grid row headed "EN", and leaves "DE" alone', async () => {
    const radios = (code: string) => ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((level) => `<td><input type="radio" name="niveau_${code}" value="${level}" aria-label="${level}"></td>`).join('');
    await mountAndFill(`<form><h3>Langues étrangères</h3><table>
      <thead><tr><th></th><th>A1</th><th>A2</th><th>B1</th><th>B2</th><th>C1</th><th>C2</th></tr></thead>
      <tbody>
        <tr><th>EN</th>${radios('1')}</tr>
        <tr><th>DE</th>${radios('2')}</tr>
        <tr><th>ES</th>${radios('3')}</tr>
      </tbody></table></form>`, cariste);
    const chosen = [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((radio) => `${radio.name}=${radio.value}`);
    expect(chosen).toEqual(['niveau_1=B1', 'niveau_3=C1']);
  });

  it('gives the level to selects named only by the code ("niveau_en"), not to another language\'s', async () => {
    await mountAndFill(`<form><h2>Langues</h2>
      <div class="lang"><span class="flag flag-gb"></span><select name="niveau_en">${LEVELS}</select></div>
      <div class="lang"><span class="flag flag-de"></span><select name="niveau_de">${LEVELS}</select></div>
      <div class="lang"><span class="flag flag-es"></span><select name="langues[es][niveau]">${LEVELS}</select></div>
    </form>`, cariste);
    expect([field('niveau_en').value, field('niveau_de').value, field('langues[es][niveau]').value]).toEqual(['B1', '', 'C1']);
  });

  it('reads three-letter codes ("ENG", "SPA") in a language list', async () => {
    const row = (index: number) => `<div class="row">
        <label for="l${index}">Langue</label>
        <select id="l${index}" name="l${index}"><option value=""></option><option value="fra">FRA</option><option value="eng">ENG</option><option value="spa">SPA</option><option value="deu">DEU</option></select>
        <label for="n${index}">Niveau</label>
        <select id="n${index}" name="n${index}"><option value="">--</option><option value="1">Débutant</option><option value="2">Intermédiaire</option><option value="3">Courant</option><option value="4">Bilingue</option></select>
      </div>`;
    await mountAndFill(`<form><h2>Langues</h2>${row(1)}${row(2)}</form>`, cariste);
    expect([field('l1').value, field('n1').value, field('l2').value, field('n2').value]).toEqual(['eng', '2', 'spa', '3']);
  });
});

describe('a single language list of codes', () => {
  it('chooses "en" in a "Langue étrangère" list of codes, and undo takes it back', async () => {
    const { report, undo } = await mountAndFill(`<form><h2>Profil</h2>
      <label for="langue">Langue étrangère</label>
      <select id="langue" name="langue"><option value="">--</option><option>fr</option><option>en</option><option>de</option><option>es</option></select>
    </form>`, cariste);
    expect(field('langue').value).toBe('en');
    expect(report.filled).toEqual(expect.arrayContaining(['languages:Anglais (B1)']));
    await undo();
    expect(field('langue').value).toBe('');
  });

  it('chooses each spoken language in a multiple list shown "FR", "EN", "DE", "ES"', async () => {
    await mountAndFill(`<form>
      <label for="langues">Langues parlées</label>
      <select id="langues" name="langues" multiple><option value="fr">FR</option><option value="en">EN</option><option value="de">DE</option><option value="es">ES</option></select>
    </form>`, cariste);
    expect([...document.querySelector<HTMLSelectElement>('#langues')!.selectedOptions].map((option) => option.value)).toEqual(['en', 'es']);
  });
});
