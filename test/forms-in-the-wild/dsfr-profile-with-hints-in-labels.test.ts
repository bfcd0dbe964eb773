// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * A public-service profile page in the French State's design system (DSFR): every label holds its
 * help in a span ("Format attendu : …"), lists are fr-select with a disabled "Sélectionner une
 * option", licences are fr-checkbox-group boxes in a fieldset, languages a fr-select per row, and
 * the honeypot of the page's anti-spam sits off screen in a fr-hidden block.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const input = (id: string, label: string, hint: string, extra = '') =>
  `<div class="fr-input-group"><label class="fr-label" for="${id}">${label}<span class="fr-hint-text">${hint}</span></label><input class="fr-input" type="text" id="${id}" name="${id}" ${extra}></div>`;

const page = `<form class="fr-form">
  <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Votre identité</legend>
    ${input('nom', 'Nom de famille', 'Tel qu’il figure sur votre pièce d’identité', 'autocomplete="family-name"')}
    ${input('prenoms', 'Prénom(s)', 'Si vous en avez plusieurs, séparez-les par une virgule', 'autocomplete="given-name"')}
  </fieldset>
  <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Vos coordonnées</legend>
    ${input('mel', 'Adresse électronique', 'Format attendu : nom@domaine.fr', 'type="email"')}
    ${input('tel', 'Numéro de téléphone', 'Format attendu : 06 12 34 56 78')}
    ${input('cp', 'Code postal', 'Format attendu : 5 chiffres', 'inputmode="numeric" maxlength="5"')}
    ${input('commune', 'Commune', 'Exemple : Valenciennes')}
  </fieldset>
  <div class="fr-hidden" aria-hidden="true">${input('site', 'Site web', 'Ne pas remplir')}</div>
  <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Votre projet</legend>
    <div class="fr-select-group"><label class="fr-label" for="domaine">Domaine professionnel<span class="fr-hint-text">Choisissez le domaine du métier que vous recherchez</span></label>
      <select class="fr-select" id="domaine" name="domaine"><option value="" selected disabled hidden>Sélectionner une option</option><option value="N">Transport et logistique</option><option value="H">Industrie</option></select></div>
    ${input('metier', 'Métier recherché', 'Exemple : Cariste, Agent de quai')}
  </fieldset>
  <fieldset class="fr-fieldset" id="permis"><legend class="fr-fieldset__legend">Permis de conduire<span class="fr-hint-text">Cochez les catégories dont vous êtes titulaire</span></legend>
    ${['B', 'BE', 'C', 'CE'].map((code) => `<div class="fr-fieldset__element"><div class="fr-checkbox-group"><input type="checkbox" id="permis-${code}" name="permis" value="${code}"><label class="fr-label" for="permis-${code}">Permis ${code}</label></div></div>`).join('')}
  </fieldset>
  <div class="fr-input-group"><label class="fr-label" for="competences">Vos compétences<span class="fr-hint-text">Une compétence par ligne</span></label><textarea class="fr-input" id="competences" name="competences"></textarea></div>
  <button class="fr-btn" type="submit">Enregistrer mon profil</button>
</form>`;

describe('a DSFR profile page', () => {
  it('fills each box in the shape its help asks, ticks B and C only, leaves the domain list and the hidden box', async () => {
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, planOf({ ...cariste, softSkills: [] }));
    expect([field('nom').value, field('prenoms').value, field('mel').value]).toEqual(['FONTAINE', 'Mickaël', 'mickael.fontaine59@gmail.com']);
    expect(field('tel').value).toBe('06 12 34 56 78');
    expect([field('cp').value, field('commune').value, field('metier').value]).toEqual(['59300', 'Valenciennes', 'Cariste']);
    expect(field('site').value).toBe('');
    expect((document.getElementById('domaine') as HTMLSelectElement).value).toBe('');
    expect([...document.querySelectorAll<HTMLInputElement>('[name="permis"]:checked')].map((box) => box.value)).toEqual(['B', 'C']);
    expect(field('competences').value).toBe('utiliser un chariot élévateur\npréparer des commandes');
    expect(outcome.report.conflicts).toEqual([]);
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });
});
