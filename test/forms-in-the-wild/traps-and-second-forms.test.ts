// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * What the fill must leave alone or adapt to: honeypots, read-only and disabled boxes, what the
 * person already typed, boxes shorter than the value, a numeric postcode, and the other forms of
 * the page (the site's search, a login box, a job alert) beside the application form.
 */
const person = planOf({
  fields: {
    firstName: 'Marie-Christine',
    lastName: 'DELACROIX-FONTAINE',
    email: 'marie-christine.delacroix@laposte.net',
    phone: '+33612345678',
    address: '127 avenue du Maréchal de Lattre de Tassigny, Bâtiment C',
    postcode: '59300',
    city: 'Valenciennes',
    jobTitle: 'Agent de propreté et d’hygiène',
  },
  skills: ['nettoyer des locaux', 'trier les déchets'],
});

const PROFILE_FORM = `<header role="banner"><a href="/">Emploi Hainaut</a>
  <form role="search" action="/recherche"><input type="search" name="q" placeholder="Métier, ville…"><button>Rechercher</button></form></header>
<main><form id="profil" method="post"><h2>Mon profil</h2>
  <div style="display:none"><label for="website">Nom</label><input id="website" name="website"></div>
  <label for="nom">Nom</label><input id="nom" name="nom" readonly value="DUPONT">
  <label for="prenom">Prénom</label><input id="prenom" name="prenom" value="Marie">
  <label for="mail">E-mail</label><input id="mail" name="mail" type="email" value="ancienne@adresse.fr" disabled>
  <label for="tel">Téléphone</label><input id="tel" name="tel" type="tel" maxlength="10" pattern="0[1-9][0-9]{8}">
  <label for="adr">Adresse</label><input id="adr" name="adr" maxlength="38">
  <label for="cp">Code postal</label><input id="cp" name="cp" type="number" min="1000" max="99999">
  <label for="ville">Ville</label><input id="ville" name="ville" maxlength="32">
  <label for="metier">Métier recherché</label><input id="metier" name="metier" maxlength="20">
  <label for="comp">Compétences</label><input id="comp" name="comp" maxlength="30">
</form></main>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('traps on a profile page', () => {
  it('leaves the hidden, read-only and disabled boxes and the header search as they are', async () => {
    await mountAndFill(PROFILE_FORM, person);
    expect(field('website').value).toBe('');
    expect(field('nom').value).toBe('DUPONT');
    expect(field('mail').value).toBe('ancienne@adresse.fr');
    expect(field('q').value).toBe('');
  });

  it('keeps what the person typed and reports it as a conflict; replaces it only when the counsellor chose to', async () => {
    const { report } = await mountAndFill(PROFILE_FORM, person);
    expect(field('prenom').value).toBe('Marie');
    expect(report.conflicts).toEqual([{ key: 'firstName', pageValue: 'Marie', suggested: 'Marie-Christine' }]);
    await mountAndFill(PROFILE_FORM, { ...person, overwrite: ['firstName'] });
    expect(field('prenom').value).toBe('Marie-Christine');
  });

  it('adapts to maxlength, pattern and type=number, and never cuts a value to fit', async () => {
    const { report } = await mountAndFill(PROFILE_FORM, person);
    expect(field('tel').value).toBe('0612345678');
    expect(field('cp').value).toBe('59300');
    expect(field('ville').value).toBe('Valenciennes');
    // 56 characters in a 38-character box, 30 in a 20 one: left for the person, reported.
    expect(field('adr').value).toBe('');
    expect(field('metier').value).toBe('');
    expect(report.skipped).toEqual(expect.arrayContaining([{ target: 'address', reason: 'too-long' }, { target: 'jobTitle', reason: 'too-long' }]));
    // As many skills as fit the box, whole.
    expect(field('comp').value).toBe('nettoyer des locaux');
  });

  it('leaves "Confirmez votre e-mail" empty when the e-mail box keeps the address the person typed', async () => {
    const { report } = await mountAndFill(
      `<form method="post"><label for="m1">Adresse e-mail</label><input id="m1" name="email" type="email" value="m.delacroix@orange.fr">
        <label for="m2">Confirmez votre adresse e-mail</label><input id="m2" name="email_confirm" type="email"></form>`,
      person,
    );
    expect(field('email').value).toBe('m.delacroix@orange.fr');
    expect(report.conflicts.map((conflict) => conflict.key)).toEqual(['email']);
    // Another address in the confirmation box: the form refuses both, or keeps the wrong one.
    expect(field('email_confirm').value).not.toBe('marie-christine.delacroix@laposte.net');
  });

  it('undo puts every box back', async () => {
    document.body.innerHTML = PROFILE_FORM;
    const before = pageState();
    const { undo } = await mountAndFill(PROFILE_FORM, { ...person, overwrite: ['firstName'] });
    await undo();
    expect(pageState()).toEqual(before);
  });

  it('leaves alone a honeypot that says "Laissez ce champ vide", even drawn in a zero-height box', async () => {
    const { report } = await mountAndFill(
      `<main><form method="post"><h2>Candidature spontanée</h2>
        <label for="nom">Nom</label><input id="nom" name="nom">
        <label for="mail">E-mail</label><input id="mail" name="mail" type="email">
        <div class="form-extra" style="height:0;overflow:hidden"><label for="adresse">Laissez ce champ vide</label><input id="adresse" name="adresse" autocomplete="off"></div>
        <button type="submit">Envoyer</button></form></main>`,
      person,
    );
    expect(field('nom').value).toBe('DELACROIX-FONTAINE');
    expect(field('adresse').value).toBe('');
    expect(report.filled).not.toContain('address');
  });
});

describe('other forms on the page', () => {
  it('writes the e-mail into the application form, not into the job-alert box of the sidebar before it', async () => {
    const { report } = await mountAndFill(
      `<div class="layout"><aside class="sidebar"><h3>Alerte emploi</h3><p>Recevez les nouvelles offres de cariste</p>
        <form action="/alerte" method="post"><label for="alert-mail">Votre e-mail</label><input type="email" id="alert-mail" name="alert_email">
        <button type="submit">Créer l'alerte</button></form></aside>
      <main><h1>Postuler : Cariste H/F</h1><form id="candidature" method="post"><h2>Vos coordonnées</h2>
        <label for="nom">Nom</label><input id="nom" name="nom">
        <label for="mail">E-mail</label><input id="mail" name="email" type="email">
        <label for="tel">Téléphone</label><input id="tel" name="telephone" type="tel">
        <button type="submit">Envoyer ma candidature</button></form></main></div>`,
      person,
    );
    expect(field('email').value).toBe('marie-christine.delacroix@laposte.net');
    expect(field('alert_email').value).toBe('');
    expect(report.filled).toContain('email');
  });

  it('never writes into the job search of the site header, a plain form with text boxes and a "Rechercher" button', async () => {
    const { report } = await mountAndFill(
      `<header><a href="/">Emploi Hainaut</a>
        <form action="/offres/recherche" method="get"><label for="q">Quel métier ?</label><input type="text" id="q" name="q">
        <label for="ou">Où ?</label><input type="text" id="ou" name="lieu" placeholder="Ville"><button type="submit">Rechercher</button></form></header>
      <main><form method="post"><h2>Vos coordonnées</h2>
        <label for="nom">Nom</label><input id="nom" name="nom"><label for="mail">E-mail</label><input id="mail" name="mail" type="email">
        <button type="submit">Envoyer</button></form></main>`,
      person,
    );
    expect(field('nom').value).toBe('DELACROIX-FONTAINE');
    expect(field('q').value).toBe('');
    expect(field('lieu').value).toBe('');
    // The application form has no job or town box: the report must not say they were filled.
    expect(report.filled).not.toContain('jobTitle');
    expect(report.filled).not.toContain('city');
  });

  it('never writes into the login box of the site header, even when the profile e-mail is locked', async () => {
    await mountAndFill(
      `<header role="banner"><a href="/">Emploi Hainaut</a>
        <form action="/connexion" method="post" class="login"><input type="email" name="login_email" placeholder="E-mail">
        <input type="password" name="login_password" placeholder="Mot de passe"><button type="submit">Connexion</button></form></header>${PROFILE_FORM.replace(/<header[\s\S]*?<\/header>/, '')}`,
      person,
    );
    expect(field('login_email').value).toBe('');
    expect(field('mail').value).toBe('ancienne@adresse.fr');
  });
});
