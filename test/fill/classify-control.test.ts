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

  it('takes one box for the whole name as such, and refuses a label naming two unrelated fields', () => {
    expect(classify('<label for="x">Nom et prénom</label><input id="x" name="fullname">')).toBe('fullName');
    expect(classify('<label for="x">Full name</label><input id="x">')).toBe('fullName');
    expect(classify('<label for="x">Ville / Code postal</label><input id="x" name="zz">')).toBeNull();
  });

  it('tells the e-mail confirmation box from the e-mail box', () => {
    expect(classify('<label for="m">Confirmez votre adresse e-mail</label><input id="m" type="email">')).toBe('emailConfirmation');
    expect(classify('<label for="m">E-mail (confirmation)</label><input id="m" type="email">')).toBe('emailConfirmation');
    expect(classify('<label for="m">Adresse e-mail</label><input id="m" type="email">')).toBe('email');
  });

  it('never takes the details of someone else for the job seeker\'s', () => {
    const emergency = '<section><h2>Personne à prévenir en cas d\'urgence</h2><label for="t">Téléphone</label><input id="t" type="tel"></section>';
    expect(classify(emergency)).toBeNull();
    expect(classify('<fieldset><legend>Votre employeur actuel</legend><label for="n">Nom</label><input id="n"></fieldset>')).toBeNull();
    expect(classify('<section><h2>Vos coordonnées</h2><label for="t">Téléphone</label><input id="t" type="tel"></section>')).toBe('phone');
    expect(classify('<footer><h2>Newsletter</h2><label for="e">Votre e-mail</label><input id="e" type="email"></footer>')).toBeNull();
  });

  it('reads the label without its hint, as French public sites write them', () => {
    const field = '<label for="m">Métier recherché <span class="fr-hint-text">Exemple : cariste, aide-soignant, développeuse web</span></label><input id="m">';
    expect(classify(field)).toBe('jobTitle');
    const savoirEtre = '<label for="s">Savoir-être <span class="hint">Par exemple : rigueur, sens du travail en équipe, autonomie.</span></label><input id="s">';
    expect(classify(savoirEtre)).toBe('softSkills');
  });

  it('names a control of a shadow root by its host when nothing inside labels it', () => {
    document.body.innerHTML = '<tag-box aria-label="Compétences"></tag-box>';
    const root = document.querySelector('tag-box')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><input type="text"></div>';
    expect(classifyControl(describeControl(root.querySelector('input') as Control))?.target).toBe('skills');
  });

  it('reads English forms and text next to unlabelled controls', () => {
    expect(classify('<div class="row"><div>Surname</div><div><input name="f_2"></div></div>')).toBe('lastName');
    expect(classify('<label for="p">Postcode</label><input id="p">')).toBe('postcode');
    expect(classify('<label for="l">Driving licence</label><input id="l">')).toBe('drivingLicences');
    expect(classify('<label for="c">Civilité</label><select id="c"><option>Madame</option></select>', 'select')).toBe('civility');
  });

  it('finds skill and soft-skill lists, in French and English', () => {
    expect(classify('<label for="s">Compétences</label><input id="s">')).toBe('skills');
    expect(classify('<label for="s">Savoir-être</label><input id="s">')).toBe('softSkills');
    expect(classify('<label for="s">Skills (one per line)</label><textarea id="s"></textarea>', 'textarea')).toBe('skills');
    expect(classify('<label for="j">Métier recherché</label><input id="j">')).toBe('jobTitle');
    expect(classify('<label for="j">Desired job</label><input id="j">')).toBe('jobTitle');
  });
});
