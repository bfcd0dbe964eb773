// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, planOf } from './mount-form';

/** Contact boxes whose labels share words with other questions of a public-employment profile. */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('contact boxes among other questions', () => {
  it('writes the e-mail into "Adresse électronique professionnelle" (the word is no job title)', async () => {
    const { report } = await mountAndFill(
      `<form><label for="mail">Adresse électronique professionnelle</label><input id="mail" name="mail"></form>`,
      cariste,
    );
    expect(field('mail').value).toBe('mickael.fontaine59@gmail.com');
    expect(report.filled).toContain('email');
  });

  it('gives the postcode to its box, not to a mobility radius around it listed first', async () => {
    await mountAndFill(
      `<form><label for="rayon">Rayon de mobilité autour du code postal (km)</label><input id="rayon" name="rayon">
        <label for="cp">Code postal</label><input id="cp" name="cp"></form>`,
      cariste,
    );
    expect(field('rayon').value).toBe('');
    expect(field('cp').value).toBe('59300');
  });

  it('chooses the civility in its own list, not in "Titre de séjour" listed before it', async () => {
    await mountAndFill(
      `<form><label for="sejour">Titre de séjour</label><select id="sejour" name="sejour"><option value="">Choisir</option><option value="CR">Carte de résident</option><option value="CS">Carte de séjour</option></select>
        <label for="civ">Civilité</label><select id="civ" name="civ"><option value="">Choisir</option><option value="MME">Madame</option><option value="M">Monsieur</option></select></form>`,
      planOf({ ...cariste, civility: 'Monsieur' }),
    );
    expect(field('sejour').value).toBe('');
    expect(field('civ').value).toBe('M');
  });
});
