// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * Some registration forms ask the e-mail address in two parts: "[identifiant] @ [domaine]", the
 * domain typed or chosen from a list (gmail.com, orange.fr…). The whole address went into the first
 * box ("mickael.fontaine59@gmail.com@…" once the page adds its "@"): each part goes to its box, and
 * an address whose domain the list does not offer is left to the person.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const DOMAINS = ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net'];

describe('an e-mail address asked in two parts', () => {
  it('a box for the name and a box for the domain, "@" printed between; undo empties both', async () => {
    const page = `<form><label for="n">Nom</label><input id="n" name="nom">
      <label for="m1">Adresse e-mail</label><input id="m1" name="mail_user"> @ <input name="mail_domain" aria-label="Domaine"></form>`;
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, cariste);
    expect([field('mail_user').value, field('mail_domain').value]).toEqual(['mickael.fontaine59', 'gmail.com']);
    expect(outcome.report.filled).toContain('email');
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });

  it('the domain chosen from a list; one the list lacks leaves both parts to the person', async () => {
    const page = `<form><label for="m1">Courriel</label><span><input id="m1" name="identifiant"><span class="at">@</span><select name="domaine"><option value="">--</option>${DOMAINS.map((domain) => `<option>${domain}</option>`).join('')}<option value="autre">Autre</option></select></span></form>`;
    await mountAndFill(page, cariste);
    expect([field('identifiant').value, field('domaine').value]).toEqual(['mickael.fontaine59', 'gmail.com']);
    const { report } = await mountAndFill(page, { ...cariste, fields: { ...cariste.fields, email: 'm.fontaine@hainaut-logistique.fr' } });
    expect([field('identifiant').value, field('domaine').value]).toEqual(['', '']);
    expect(report.skipped).toContainEqual({ target: 'email', reason: 'no-matching-option' });
  });

  it('a "Domaine d’activité" list after the e-mail box is no part of the address', async () => {
    const page = `<form><div><label for="m">Courriel</label><input id="m" name="courriel"></div>
      <div><label for="d">Domaine d'activité</label><select id="d" name="domaine"><option value="">--</option><option>Logistique</option><option>gmail.com</option></select></div></form>`;
    await mountAndFill(page, cariste);
    expect([field('courriel').value, field('domaine').value]).toEqual(['mickael.fontaine59@gmail.com', '']);
  });
});
