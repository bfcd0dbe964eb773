// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyControl } from '../../lib/fill/classify-control';
import { describeControl } from '../../lib/fill/describe-control';
import type { Control } from '../../lib/fill/find-controls';

function classify(html: string, selector = 'input, textarea, select'): string | null {
  document.body.innerHTML = html;
  const control = document.querySelector(selector) as Control;
  return classifyControl(describeControl(control))?.target ?? null;
}

describe('classifyControl', () => {
  it('trusts the autocomplete token first', () => {
    expect(classify('<label for="a">Champ 1</label><input id="a" autocomplete="given-name">')).toBe('firstName');
    expect(classify('<input autocomplete="family-name" name="x1">')).toBe('lastName');
    expect(classify('<input autocomplete="postal-code">')).toBe('postcode');
  });

  it('tells "nom" from "prénom", "nom d\'utilisateur" and a company name', () => {
    expect(classify('<label for="n">Nom *</label><input id="n" name="field3">')).toBe('lastName');
    expect(classify('<label for="p">Prénom</label><input id="p" name="field4">')).toBe('firstName');
    expect(classify('<label for="u">Nom d\'utilisateur</label><input id="u" name="field5">')).toBeNull();
    expect(classify('<label for="e">Nom de l\'entreprise</label><input id="e" name="field6">')).toBeNull();
  });

  it('reads wrapping labels, aria-labelledby and aria-label', () => {
    expect(classify('<label>Courriel <input name="c"></label>')).toBe('email');
    expect(classify('<span id="t">Mobile</span><input aria-labelledby="t" name="q">')).toBe('phone');
    expect(classify('<input aria-label="Ville de résidence" name="q">')).toBe('city');
  });

  it('does not take a birth town for the town of residence', () => {
    expect(classify('<label for="b">Ville de naissance</label><input id="b">')).toBeNull();
  });

  it('falls back on placeholder, input type, then name', () => {
    expect(classify('<input placeholder="Code postal">')).toBe('postcode');
    expect(classify('<input type="email" name="zz">')).toBe('email');
    expect(classify('<input name="usr_fname">')).toBe('firstName');
    expect(classify('<input name="usr_lname">')).toBe('lastName');
  });

  it('refuses to guess when the label names two fields', () => {
    expect(classify('<label for="x">Nom et prénom</label><input id="x" name="fullname">')).toBeNull();
  });

  it('finds skill and soft-skill lists, in French and English', () => {
    expect(classify('<label for="s">Compétences</label><input id="s">')).toBe('skills');
    expect(classify('<label for="s">Savoir-être</label><input id="s">')).toBe('softSkills');
    expect(classify('<label for="s">Skills (one per line)</label><textarea id="s"></textarea>', 'textarea')).toBe('skills');
    expect(classify('<label for="j">Métier recherché</label><input id="j">')).toBe('jobTitle');
    expect(classify('<label for="j">Desired job</label><input id="j">')).toBe('jobTitle');
  });
});
