// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findControls, isShownByStyle } from '../../lib/fill/find-controls';
import { findGroupSections, rowsOf } from '../../lib/fill/find-groups';

function groups(html: string) {
  document.body.innerHTML = html;
  const controls = findControls(document, isShownByStyle);
  return { controls, sections: findGroupSections(document, controls, isShownByStyle) };
}

describe('findGroupSections', () => {
  it('finds a group by an add button that names what it adds', () => {
    const { sections } = groups('<form><section id="s"><h2>Parcours</h2><button type="button">Ajouter une expérience</button></section></form>');
    expect(sections.map((group) => [group.rule.kind, group.section.id])).toEqual([['experience', 's']]);
  });

  it('finds a bare "+" by the heading above it, and keeps the group to the part holding it', () => {
    const { sections } = groups(`<form><h2>Formations et diplômes</h2><div id="edu"><button type="button">+</button></div>
      <div id="lang"><h3>Langues</h3><button type="button">Ajouter</button></div></form>`);
    expect(sections.map((group) => [group.rule.kind, group.section.id])).toEqual([['education', 'edu'], ['language', 'lang']]);
  });

  it('ignores add buttons of other things, and submit buttons', () => {
    const { sections } = groups(`<form><section><h2>Vos coordonnées</h2><button type="button">+</button></section>
      <section><h2>Expériences</h2><button type="submit">Ajouter</button></section>
      <section><h2>Documents</h2><button type="button">Ajouter un document</button></section></form>`);
    expect(sections).toEqual([]);
  });

  it('splits the entries a group shows, a radio question counting as one field', () => {
    const row = (n: number) => `<div class="entry"><label>Langue <input name="l${n}"></label>
      <fieldset><legend>Niveau</legend><label><input type="radio" name="n${n}" value="A"> Notions</label><label><input type="radio" name="n${n}" value="B"> Courant</label></fieldset></div>`;
    const { controls, sections } = groups(`<form><section><h2>Langues</h2><div class="rows">${row(1)}${row(2)}</div><button type="button">Ajouter une langue</button></section></form>`);
    const rows = rowsOf(sections[0]!, controls);
    expect(rows.map((entry) => entry.fields.map(({ control, field }) => `${control.getAttribute('name')}:${field}`))).toEqual([
      ['l1:language', 'n1:level', 'n1:level'],
      ['l2:language', 'n2:level', 'n2:level'],
    ]);
  });

  it('does not take the job sought for a past job', () => {
    const { sections } = groups(`<form><section><h2>Emploi recherché</h2><label for="p">Poste recherché</label><input id="p">
      <label for="d">Date de début souhaitée</label><input id="d" type="month"></section></form>`);
    expect(sections).toEqual([]);
  });

  it('finds entries laid out in a fixed number of slots, without an add button', () => {
    const slot = (n: number) => `<div><label for="p${n}">Poste ${n}</label><input id="p${n}"><label for="e${n}">Employeur ${n}</label><input id="e${n}"></div>`;
    const { controls, sections } = groups(`<form><section><h2>Vos trois derniers emplois</h2>${slot(1)}${slot(2)}${slot(3)}</section></form>`);
    expect(sections.map((group) => [group.rule.kind, group.addButton])).toEqual([['experience', null]]);
    expect(rowsOf(sections[0]!, controls)).toHaveLength(3);
  });
});
