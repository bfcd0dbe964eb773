// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * A counsellor's prescription form ("fiche de prescription" to a training body or a partner
 * structure): first the prescriber's own details ("Nom du conseiller", "Courriel du conseiller",
 * "Téléphone de l'agence"), under a heading that names no one else; then "Identité du
 * bénéficiaire", which on these forms is the job seeker being referred.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const row = (id: string, label: string, extra = '') =>
  `<div class="fr-input-group"><label class="fr-label" for="${id}">${label}</label><input class="fr-input" id="${id}" name="${id}" ${extra}></div>`;

const form = `<main><h1>Fiche de prescription</h1><form>
  <h2>Prescripteur</h2>
  ${row('structure', 'Structure prescriptrice')}
  ${row('nomConseiller', 'Nom du conseiller')}
  ${row('mailConseiller', 'Courriel du conseiller', 'type="email"')}
  ${row('telAgence', 'Téléphone de l’agence', 'type="tel"')}
  <h2>Identité du bénéficiaire</h2>
  ${row('nom', 'Nom')}
  ${row('prenom', 'Prénom')}
  ${row('courriel', 'Courriel', 'type="email"')}
  ${row('telephone', 'Téléphone', 'type="tel"')}
  ${row('cp', 'Code postal')}
  ${row('commune', 'Commune de résidence')}
  <button type="submit" class="fr-btn">Envoyer la prescription</button></form></main>`;

describe('a prescription form: the prescriber, then the beneficiary', () => {
  it('writes the job seeker into the beneficiary’s boxes and leaves the counsellor’s and the agency’s empty', async () => {
    const outcome = await mountAndFill(form, cariste);
    expect(pageState()).toEqual([
      'structure=', 'nomConseiller=', 'mailConseiller=', 'telAgence=',
      'nom=FONTAINE', 'prenom=Mickaël', 'courriel=mickael.fontaine59@gmail.com', 'telephone=+33612345678', 'cp=59300', 'commune=Valenciennes',
    ]);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['lastName', 'firstName', 'email', 'phone', 'postcode', 'city']));
    await outcome.undo();
    expect(pageState().every((entry) => entry.endsWith('='))).toBe(true);
  });

  it('leaves the counsellor’s boxes empty even on a form that asks nothing else', async () => {
    const outcome = await mountAndFill(
      `<form><h2>Votre demande</h2>${row('nomConseiller', 'Nom de votre conseiller')}${row('mailConseiller', 'Adresse e-mail de votre conseiller France Travail', 'type="email"')}
        ${row('telConseiller', 'Téléphone de votre conseiller', 'type="tel"')}</form>`,
      cariste,
    );
    expect(pageState()).toEqual(['nomConseiller=', 'mailConseiller=', 'telConseiller=']);
    expect(outcome.report.filled).toEqual([]);
  });

  it('still fills a box whose aside in brackets names someone else: “Téléphone (visible par les entreprises)”', async () => {
    await mountAndFill(`<form>${row('tel', 'Téléphone (visible par les entreprises)', 'type="tel"')}</form>`, cariste);
    expect(pageState()).toEqual(['tel=+33612345678']);
  });

  it('fills a box whose label names a company only to say who will reach the person', async () => {
    await mountAndFill(
      `<form>${row('tel', 'Téléphone où les entreprises peuvent vous joindre', 'type="tel"')}${row('mail', 'E-mail sur lequel un conseiller peut vous contacter', 'type="email"')}</form>`,
      cariste,
    );
    expect(pageState()).toEqual(['tel=+33612345678', 'mail=mickael.fontaine59@gmail.com']);
  });
});
