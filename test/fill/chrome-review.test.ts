// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm, type FillContext } from '../../lib/fill/fill-form';
import { emptyFillPlan, type FillPlan } from '../../lib/fill/fill-plan';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { settlePage } from '../../lib/fill/wait-for-page';

const context: FillContext = {
  isVisible: isShownByStyle,
  settle: () => settlePage(5),
  waitForRerender: () => settlePage(60),
  highlight: false,
  adapters: [],
};

afterEach(() => {
  document.body.innerHTML = '';
});

const planOf = (patch: Partial<FillPlan>): FillPlan => ({ ...emptyFillPlan(), ...patch });
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

describe('site chrome (review of a726e3c)', () => {
  it('leaves the site language switcher alone on a page whose whole layout is one <form> (ASP.NET WebForms)', async () => {
    document.body.innerHTML = `<form id="aspnetForm" method="post">
      <header><select aria-label="Languages" id="site"><option>English</option><option>Français</option></select></header>
      <main><label for="langues">Langues parlées</label><textarea id="langues"></textarea></main>
      <footer>© Mairie</footer></form>`;
    await fillForm(document, planOf({ languages: [{ language: 'en', level: 'B2' }] }), context);
    expect(value('site')).toBe('English');
    expect(value('langues')).toBe('Anglais (B2)');
  });

  it('fills an application dialog whose markup sits in the site footer', async () => {
    document.body.innerHTML = `<main><h1>Offre : cariste</h1><button>Postuler</button></main>
      <footer><p>© Entreprise</p>
        <div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">Postuler</h2>
          <form><label for="courriel">Courriel</label><input id="courriel" type="email"></form></div></footer>`;
    const { report } = await fillForm(document, planOf({ fields: { email: 'marie@example.fr' } }), context);
    expect(value('courriel')).toBe('marie@example.fr');
    expect(report.filled).toContain('email');
  });

  it('fills a form placed in the page’s top <header> (a landing page hero: "Déposez votre CV")', async () => {
    document.body.innerHTML = `<header class="hero"><h1>Déposez votre CV</h1>
        <form><label for="courriel">Courriel</label><input id="courriel" type="email"></form></header>
      <main><p>Nos offres</p></main>`;
    await fillForm(document, planOf({ fields: { email: 'marie@example.fr' } }), context);
    expect(value('courriel')).toBe('marie@example.fr');
  });

  it('leaves alone a language switcher in a web component of the site banner (shadow DOM)', async () => {
    document.body.innerHTML = `<header role="banner"><site-lang></site-lang></header>
      <main><form><label for="langues">Langues parlées</label><textarea id="langues"></textarea></form></main>`;
    const root = document.querySelector('site-lang')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<select aria-label="Languages" id="site"><option>English</option><option>Français</option></select>';
    await fillForm(document, planOf({ languages: [{ language: 'en', level: 'B2' }] }), context);
    expect((root.getElementById('site') as HTMLSelectElement).value).toBe('English');
    expect(value('langues')).toBe('Anglais (B2)');
  });
});
