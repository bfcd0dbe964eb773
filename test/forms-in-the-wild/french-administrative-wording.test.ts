// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * A French public-service form in the administration's own words: "Adresse mél" (the official
 * term for the e-mail), its confirmation, "Code commune INSEE" beside "Commune de résidence",
 * inclusive writing ("Prénom·s de l'usager·ère"), and the birth name left to the person.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const box = (name: string, label: string) => `<div class="fr-input-group"><label class="fr-label" for="${name}">${label}</label><input class="fr-input" id="${name}" name="${name}"></div>`;

describe("a form in the administration's wording", () => {
  const page = `<form>
    ${box('nomNaissance', 'Nom de naissance')}${box('nomUsage', "Nom d'usage")}${box('prenoms', "Prénom·s de l'usager·ère")}
    ${box('voie', 'N° et libellé de la voie')}${box('cp', 'Code postal')}${box('insee', 'Code commune INSEE')}${box('commune', 'Commune de résidence')}
    ${box('mel', 'Adresse mél')}${box('mel2', "Confirmation de l'adresse mél")}${box('tel', 'Tél. portable')}</form>`;

  it('writes the e-mail in "Adresse mél" and its confirmation, the town in the commune box, never in the INSEE code', async () => {
    const outcome = await mountAndFill(page, cariste);
    expect(pageState()).toEqual([
      'nomNaissance=', 'nomUsage=FONTAINE', 'prenoms=Mickaël',
      'voie=27 rue Jean Jaurès', 'cp=59300', 'insee=', 'commune=Valenciennes',
      'mel=mickael.fontaine59@gmail.com', 'mel2=mickael.fontaine59@gmail.com', 'tel=+33612345678',
    ]);
    await outcome.undo();
    expect(pageState().every((entry) => entry.endsWith('='))).toBe(true);
  });
});
