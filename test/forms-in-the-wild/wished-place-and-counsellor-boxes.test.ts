// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * A registration with a mission locale or an agency: beside the person's own town and postcode,
 * the page asks where they would like to work ("Ville souhaitée", "Code postal du lieu de travail
 * souhaité") and who follows them ("Nom du conseiller", "Courriel du conseiller"). The person's
 * address goes to their own boxes only, wherever those come in the page.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const box = (label: string, name: string) => `<p><label for="${name}">${label}</label><input id="${name}" name="${name}"></p>`;

const page = `<form>
  <h2>Votre recherche</h2>${box('Ville souhaitée', 'ville_souhaitee')}${box('Code postal du lieu de travail souhaité', 'cp_travail')}
  <h2>Votre conseiller</h2>${box('Nom du conseiller', 'conseiller')}${box('Courriel du conseiller', 'mail_conseiller')}${box('Téléphone de l’agence', 'tel_agence')}
  <h2>Vous</h2>${box('Nom', 'nom')}${box('Adresse e-mail', 'email')}${box('Téléphone', 'tel')}${box('Code postal', 'cp')}${box('Ville', 'ville')}
</form>`;

describe('the wished workplace and the counsellor before the person’s own boxes', () => {
  it('fills only the person’s own boxes, and undo empties them', async () => {
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, planOf({ ...cariste, softSkills: [] }));
    for (const name of ['ville_souhaitee', 'cp_travail', 'conseiller', 'mail_conseiller', 'tel_agence']) expect(field(name).value, name).toBe('');
    expect(['nom', 'email', 'cp', 'ville'].map((name) => field(name).value)).toEqual(['FONTAINE', 'mickael.fontaine59@gmail.com', '59300', 'Valenciennes']);
    expect(field('tel').value.replace(/\D/g, '')).toMatch(/612345678$/);
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });
});
