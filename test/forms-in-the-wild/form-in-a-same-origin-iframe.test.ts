// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * A portal that shows its profile form in a frame it writes itself (an older CMS: the page is the
 * portal's menu and header, the form written into an <iframe srcdoc> or an about:blank frame). Such
 * a frame is of the page's origin, but its address (about:srcdoc) names none, and the fill skipped
 * it: nothing was written. The content script of the top page reaches the frame's document: the
 * fill goes in there, with the frame's own event
 * constructors (a React or jQuery page in the frame only trusts its own realm's events), the
 * frame's honeypot is left alone, and undo empties what the fill wrote, there too.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const framed = `<form id="profil" action="/profil/enregistrer" method="post">
  <h2>Identité</h2>
  <label for="prenom">Prénom</label><input id="prenom" name="prenom">
  <label for="nom">Nom</label><input id="nom" name="nom">
  <label for="courriel">Courriel</label><input id="courriel" name="courriel" type="email">
  <div style="position:absolute; left:-9999px" aria-hidden="true"><label for="site">Site web</label><input id="site" name="site_web" tabindex="-1"></div>
  <h2>Projet</h2>
  <label for="metier">Métier recherché</label><input id="metier" name="metier">
  <label for="competences">Vos compétences</label><textarea id="competences" name="competences"></textarea>
  <fieldset><legend>Permis de conduire</legend>
    <label><input type="checkbox" name="permis" value="B"> Permis B</label>
    <label><input type="checkbox" name="permis" value="C"> Permis C</label>
  </fieldset>
</form>`;

async function mountFramed(): Promise<Document> {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<header><nav><a href="/">Accueil</a> <a href="/offres">Offres</a></nav>
    <form role="search" action="/recherche"><label for="q">Rechercher une offre</label><input id="q" name="q" type="search"></form></header>
    <main><h1>Mon espace</h1><iframe id="cadre" title="Mon profil" style="width:100%;height:900px" srcdoc="<!doctype html><html lang=&quot;fr&quot;><body></body></html>"></iframe></main>`;
  const frame = document.getElementById('cadre') as HTMLIFrameElement;
  const inner = frame.contentDocument!;
  inner.documentElement.lang = 'fr';
  inner.body.innerHTML = framed;
  return inner;
}

describe('a profile form inside a frame of the same site', () => {
  it('fills the framed form, not the portal search box, with events of the frame', async () => {
    const inner = await mountFramed();
    const seen: string[] = [];
    const view = inner.defaultView as unknown as typeof globalThis;
    inner.addEventListener('input', (event) => {
      if (event instanceof view.Event) seen.push((event.target as HTMLInputElement).name);
    });
    const outcome = await fillForm(document, planOf({ ...cariste, softSkills: [] }), context);
    const value = (name: string) => inner.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value;
    expect([value('prenom'), value('nom'), value('courriel'), value('metier')]).toEqual(['Mickaël', 'FONTAINE', 'mickael.fontaine59@gmail.com', 'Cariste']);
    expect(value('competences')).toBe('utiliser un chariot élévateur\npréparer des commandes');
    expect([...inner.querySelectorAll<HTMLInputElement>('[name="permis"]')].map((box) => box.checked)).toEqual([true, true]);
    expect(value('site_web')).toBe('');
    expect(document.querySelector<HTMLInputElement>('#q')!.value).toBe('');
    expect(seen).toEqual(expect.arrayContaining(['prenom', 'nom', 'metier', 'competences']));
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['firstName', 'lastName', 'email', 'jobTitle', 'drivingLicence:B', 'drivingLicence:C']));

    await outcome.undo();
    for (const name of ['prenom', 'nom', 'courriel', 'metier', 'competences']) expect(value(name), name).toBe('');
    expect([...inner.querySelectorAll<HTMLInputElement>('[name="permis"]')].some((box) => box.checked)).toBe(false);
  });
});
