// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, pageState } from './mount-form';

/**
 * A registration form of a small job board, guarded by anti-spam traps: a second e-mail box out of
 * sight (display:none), a "Téléphone" box under aria-hidden, a "Leave this field empty" box, a
 * "Ville" box out of the tab order; the required marks are separate spans ("Nom *"), the
 * agency's code is read-only and prefilled, the company part is a disabled fieldset.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const star = '<span class="required" aria-hidden="true">*</span>';
const page = `<form id="inscription" action="/inscription" method="post">
  <p class="legend"><span class="required">*</span> Champs obligatoires</p>
  <div class="field"><label for="prenom">Prénom ${star}</label><input id="prenom" name="prenom" required></div>
  <div class="field"><label for="nom">Nom ${star}</label><input id="nom" name="nom" required></div>
  <div class="field"><label for="mail">Adresse e-mail ${star}</label><input id="mail" name="mail" type="email" required></div>
  <div style="display:none"><label for="mail2">E-mail</label><input id="mail2" name="email_confirm_hp"></div>
  <div aria-hidden="true" class="trap"><label for="tel2">Téléphone</label><input id="tel2" name="tel2"></div>
  <div class="field"><label for="tel">Téléphone portable ${star}</label><input id="tel" name="tel" type="tel"></div>
  <p class="ohnohoney"><label for="url">Leave this field empty</label><input id="url" name="url" autocomplete="off"></p>
  <input id="ville2" name="ville2" placeholder="Ville" tabindex="-1" autocomplete="off" class="pot">
  <div class="field"><label for="ville">Ville ${star}</label><input id="ville" name="ville"></div>
  <div class="field"><label for="agence">Code agence</label><input id="agence" name="agence" value="59-VAL-02" readonly></div>
  <fieldset disabled><legend>Votre entreprise (recruteurs uniquement)</legend>
    <label for="poste-r">Intitulé du poste</label><input id="poste-r" name="poste_recruteur">
    <label for="tel-r">Téléphone</label><input id="tel-r" name="tel_recruteur"></fieldset>
  <div class="field"><label for="metier">Métier recherché ${star}</label><input id="metier" name="metier"></div>
</form>`;

describe('a form guarded by traps, with separate required marks and locked boxes', () => {
  it('fills the person’s boxes and leaves every trap, the read-only code and the disabled part untouched', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = page;
    const outcome = await fillForm(document, cariste, context);
    expect(pageState()).toEqual([
      'prenom=Mickaël', 'nom=FONTAINE', 'mail=mickael.fontaine59@gmail.com', 'email_confirm_hp=', 'tel2=', 'tel=+33612345678',
      'url=', 'ville2=', 'ville=Valenciennes', 'agence=59-VAL-02', 'poste_recruteur=', 'tel_recruteur=', 'metier=Cariste',
    ]);
    await outcome.undo();
    expect(pageState().filter((entry) => !entry.endsWith('='))).toEqual(['agence=59-VAL-02']);
  });
});
