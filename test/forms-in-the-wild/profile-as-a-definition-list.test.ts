// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * A public-service profile page laid out as a definition list: each box sits in a <dd> after the
 * <dt> that names it, with no <label> and no id, as in the "Mes informations" pages of older
 * back offices. One <dd> holds the phone with a list of calling codes before it.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const form = `<form class="mes-informations"><h2>Mes informations</h2><dl class="profil">
  <dt>Nom</dt><dd><input name="usr[nom]"></dd>
  <dt>Prénom</dt><dd><input name="usr[prenom]"></dd>
  <dt>Courriel</dt><dd><input name="usr[courriel]"></dd>
  <dt>Téléphone</dt><dd><select name="usr[indicatif]"><option value="+32">Belgique (+32)</option><option value="+33">France (+33)</option><option value="+41">Suisse (+41)</option></select> <input name="usr[numero]"></dd>
  <dt>Commune</dt><dd><input name="usr[commune]"></dd>
  <dt>Métier recherché</dt><dd><input name="usr[metier]"></dd>
  <dt>Compétences</dt><dd><textarea name="usr[competences]" rows="4"></textarea></dd>
  <dt>Date d’inscription</dt><dd><input name="usr[inscription]" value="12/03/2024" readonly></dd></dl>
  <button>Enregistrer</button></form>`;

describe('a profile whose boxes are named by the <dt> before them', () => {
  it('fills each box by its term, picks the calling code, and undo puts the page back', async () => {
    const outcome = await mountAndFill(form, cariste);
    expect(pageState()).toEqual([
      'usr[nom]=FONTAINE', 'usr[prenom]=Mickaël', 'usr[courriel]=mickael.fontaine59@gmail.com', 'usr[indicatif]=+33', 'usr[numero]=0612345678',
      'usr[commune]=Valenciennes', 'usr[metier]=Cariste', 'usr[competences]=utiliser un chariot élévateur\npréparer des commandes', 'usr[inscription]=12/03/2024',
    ]);
    await outcome.undo();
    expect(pageState()).toEqual([
      'usr[nom]=', 'usr[prenom]=', 'usr[courriel]=', 'usr[indicatif]=+32', 'usr[numero]=', 'usr[commune]=', 'usr[metier]=', 'usr[competences]=', 'usr[inscription]=12/03/2024',
    ]);
  });

  it('reads the term of a <div> grouping it with its definition, as WHATWG allows', async () => {
    const outcome = await mountAndFill(
      `<form><dl><div class="ligne"><dt>Nom</dt><dd><input name="nom"></dd></div>
        <div class="ligne"><dt>Téléphone portable</dt><dd><select name="indicatif"><option value="+32">+32</option><option value="+33">+33</option></select><input name="numero"></dd></div></dl></form>`,
      cariste,
    );
    expect(pageState()).toEqual(['nom=FONTAINE', 'indicatif=+33', 'numero=0612345678']);
    await outcome.undo();
    expect(pageState()).toEqual(['nom=', 'indicatif=+32', 'numero=']);
  });
});
