// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findControls, isShownByStyle, isVisibleToPerson } from '../../lib/fill/find-controls';

const names = (html: string) => {
  document.body.innerHTML = html;
  return findControls(document, isShownByStyle).map((control) => control.getAttribute('name') ?? control.id);
};

describe('findControls', () => {
  it('keeps the fields a person fills and drops passwords, payment and one-time codes', () => {
    expect(names(`<form>
      <input name="prenom"><input name="mail" type="email"><textarea name="motivation"></textarea>
      <input name="pwd" type="password"><input name="carte" autocomplete="cc-number"><input name="cvv">
      <input name="iban"><input name="code" autocomplete="one-time-code"><input name="file" type="file">
      <input name="h" type="hidden"><input name="go" type="submit">
    </form>`)).toEqual(['prenom', 'mail', 'motivation']);
  });

  it('drops disabled and read-only fields, including those of a disabled fieldset', () => {
    expect(names(`<form><input name="a" disabled><input name="b" readonly><input name="c" aria-disabled="true">
      <fieldset disabled><legend><input name="in-legend"></legend><input name="d"></fieldset><input name="e"></form>`)).toEqual(['in-legend', 'e']);
  });

  it('drops honeypots: hidden from assistive technology, out of the tab order, or not displayed', () => {
    expect(names(`<form><input name="nom">
      <div aria-hidden="true"><input name="website"></div>
      <input name="url" tabindex="-1">
      <div style="display:none"><input name="fax"></div>
      <input name="company" style="visibility:hidden">
      <input name="ville"></form>`)).toEqual(['nom', 'ville']);
  });

  it('reaches into open shadow roots, in document order', () => {
    document.body.innerHTML = '<form><input name="first"><x-tags></x-tags><input name="last"></form>';
    document.querySelector('x-tags')!.attachShadow({ mode: 'open' }).innerHTML = '<input name="inside">';
    expect(findControls(document, isShownByStyle).map((control) => control.getAttribute('name'))).toEqual(['first', 'inside', 'last']);
  });

  it('keeps a styled checkbox whose own box is hidden but whose label shows', () => {
    expect(names('<fieldset><legend>Permis</legend><input type="checkbox" name="b" id="b" style="opacity:0"><label for="b">B</label></fieldset>')).toEqual(['b']);
  });

  it('takes a rich-text region once, not each paragraph inside it', () => {
    expect(names('<div contenteditable="true" id="editor"><p contenteditable="true">a</p></div><div contenteditable="false" id="off"></div>')).toEqual(['editor']);
  });
});

describe('isVisibleToPerson', () => {
  const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) });

  it('rejects a field pushed off screen or shrunk to a pixel, as anti-spam traps are', () => {
    document.body.innerHTML = '<input id="shown"><input id="away"><input id="tiny">';
    const element = (id: string) => document.getElementById(id)!;
    element('shown').getBoundingClientRect = () => box(20, 40, 200, 32) as DOMRect;
    element('away').getBoundingClientRect = () => box(-10000, 40, 200, 32) as DOMRect;
    element('tiny').getBoundingClientRect = () => box(20, 40, 1, 1) as DOMRect;
    expect(isVisibleToPerson(element('shown'))).toBe(true);
    expect(isVisibleToPerson(element('away'))).toBe(false);
    expect(isVisibleToPerson(element('tiny'))).toBe(false);
  });
});
