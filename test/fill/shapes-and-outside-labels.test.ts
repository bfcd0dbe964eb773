// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifyControl } from '../../lib/fill/classify-control';
import { describeControl } from '../../lib/fill/describe-control';
import type { Control } from '../../lib/fill/find-controls';
import { dateForControl, parseCvDate } from '../../lib/fill/format-date';
import { phoneForControl } from '../../lib/fill/format-phone';

/** Shapes a box shows (masks, examples, counts of digits) and labels the page keeps outside a web
 *  component: the pieces behind test/forms-in-the-wild/r3-input-masks and r3-shadow-and-hint-labels. */
afterEach(() => {
  document.body.innerHTML = '';
});

function phoneIn(html: string, value: string): string {
  document.body.innerHTML = html;
  return phoneForControl(document.querySelector('input') as Control, value);
}

function dateIn(html: string, value: string): string | null {
  document.body.innerHTML = html;
  const control = document.querySelector('input') as Control;
  return dateForControl(control, describeControl(control), parseCvDate(value)!);
}

describe('a phone box that shows its shape', () => {
  it('pours the national digits into a mask of blanks, whatever the blank character', () => {
    expect(phoneIn('<input placeholder="__.__.__.__.__">', '+33745198372')).toBe('07.45.19.83.72');
    expect(phoneIn('<input placeholder="99 99 99 99 99">', '+33612345678')).toBe('06 12 34 56 78');
    expect(phoneIn('<input placeholder="(___) ___-____">', '+12015550123')).toBe('(201) 555-0123');
  });

  it('keeps the country code a mask writes out, and only for a number of that country', () => {
    expect(phoneIn('<input placeholder="+33 _ __ __ __ __">', '+33612345678')).toBe('+33 6 12 34 56 78');
    expect(phoneIn('<input placeholder="+33 _ __ __ __ __">', '+32470123456')).toBe('+32470123456');
  });

  it('follows an international example, and a national one after "Ex :" or "e.g."', () => {
    expect(phoneIn('<input placeholder="Ex : +33 6 12 34 56 78">', '+33745198372')).toBe('+33 7 45 19 83 72');
    expect(phoneIn('<input placeholder="e.g. 07700 900123">', '+447911123456')).toBe('07911 123456');
  });

  it('on a French page, keeps a foreign number international rather than in the French shape', () => {
    const phoneOnFrenchPage = (html: string, value: string) => {
      document.body.innerHTML = html;
      return phoneForControl(document.querySelector('input') as Control, value, false, 'FR');
    };
    expect(phoneOnFrenchPage('<input placeholder="Exemple : 06 12 34 56 78">', '+447700900123')).toBe('+447700900123');
    expect(phoneOnFrenchPage('<input placeholder="__ __ __ __ __">', '+447700900123')).toBe('+447700900123');
    expect(phoneOnFrenchPage('<input placeholder="Exemple : 06 12 34 56 78">', '+33745198372')).toBe('07 45 19 83 72');
  });

  it('reads a count of digits and "sans espace" in the help text, not a date as an example', () => {
    expect(phoneIn('<input aria-describedby="h"><p id="h">Saisissez 10 chiffres</p>', '+33612345678')).toBe('0612345678');
    expect(phoneIn('<input aria-describedby="h"><p id="h">9 chiffres, sans le 0</p>', '+33612345678')).toBe('612345678');
    expect(phoneIn('<input aria-describedby="h"><p id="h">Mis à jour le 01/01/2024</p>', '+33612345678')).toBe('+33612345678');
  });
});

describe('a date box that shows its shape by blanks', () => {
  it('reads the groups of blanks, their separators kept', () => {
    expect(dateIn('<label for="d">Début</label><input id="d" placeholder="__/____">', '2016-03')).toBe('03/2016');
    expect(dateIn('<label for="d">Début</label><input id="d" placeholder="____-__">', '2016-03')).toBe('2016-03');
    expect(dateIn('<label for="d">Début</label><input id="d" placeholder="99.99.9999">', '2016-03')).toBe('01.03.2016');
    expect(dateIn('<label for="d">Début</label><input id="d" placeholder="__/__/____">', '2016')).toBeNull();
  });
});

class LabelledElsewhere extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div class="outer"><div class="inner"><span class="prefix"></span><input></div></div>';
  }
}

beforeAll(() => {
  if (!customElements.get('x-box')) customElements.define('x-box', LabelledElsewhere);
});

function classifyHosted(html: string, index: number): string | null {
  document.body.innerHTML = html;
  const host = document.querySelectorAll('x-box')[index]!;
  return classifyControl(describeControl(host.shadowRoot!.querySelector('input') as Control))?.target ?? null;
}

describe('a web component labelled by the text before it', () => {
  it('reads the label before its host, through wrappers of any depth inside', () => {
    const page = '<form><div><span>Ville</span><x-box></x-box></div><div><span>Code postal</span><x-box></x-box></div></form>';
    expect(classifyHosted(page, 0)).toBe('city');
    expect(classifyHosted(page, 1)).toBe('postcode');
  });

  it('does not lend one label to the second of two components side by side', () => {
    expect(classifyHosted('<form><div><span>Ville</span><x-box></x-box><x-box></x-box></div></form>', 1)).toBeNull();
  });
});

describe('help text that names another field', () => {
  const classify = (html: string) => {
    document.body.innerHTML = html;
    return classifyControl(describeControl(document.querySelector('input') as Control))?.target ?? null;
  };

  it('is no evidence of that field, nor against its own label', () => {
    expect(classify('<label for="p">Surnom</label><input id="p" aria-describedby="h"><small id="h">Utilisé au lieu de votre nom</small>')).toBeNull();
    expect(classify('<label for="p">Pseudo</label><input id="p" title="Votre nom public">')).toBeNull();
    expect(classify('<label for="p">Nom d\'usage</label><input id="p" aria-describedby="h"><small id="h">Si différent du nom de naissance</small>')).toBe('lastName');
    expect(classify('<input name="x" placeholder="Votre numéro de téléphone">')).toBe('phone');
  });
});
