// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * Boxes named by their placeholders, each followed by its help text (aria-describedby), the
 * elements side by side with no wrapper. The help under a box is no label of the box after it:
 * "Nous ne partagerons jamais votre e-mail" under the e-mail box does not make the phone box below
 * an e-mail box.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('help text under the box before', () => {
  it('writes each value in its own box, not the e-mail in the box after the e-mail’s help', async () => {
    const { undo } = await mountAndFill(
      `<form class="quick-apply" method="post">
        <input type="text" name="nom" placeholder="Nom" aria-describedby="nom-aide"><small id="nom-aide" class="form-text">Tel qu’il figure sur votre pièce d’identité</small>
        <input type="email" name="courriel" placeholder="Adresse e-mail" aria-describedby="courriel-aide"><small id="courriel-aide" class="form-text">Nous ne partagerons jamais votre e-mail.</small>
        <input type="text" name="contact" placeholder="Téléphone" aria-describedby="contact-aide"><small id="contact-aide" class="form-text">Un recruteur pourra vous appeler</small>
        <button type="submit">Postuler</button></form>`,
      cariste,
    );
    expect(pageState()).toEqual(['nom=FONTAINE', 'courriel=mickael.fontaine59@gmail.com', expect.stringMatching(/^contact=(\+33 ?6|06)/)]);
    await undo();
    expect(pageState()).toEqual(['nom=', 'courriel=', 'contact=']);
  });

  it('reads boxes named only by their help, and an example address in a help is no family name', async () => {
    await mountAndFill(
      `<form><input name="b1" aria-describedby="d1"><span id="d1">Votre nom de famille</span>
        <input name="b2" aria-describedby="d2"><span id="d2">Votre adresse électronique, ex : nom@domaine.fr</span></form>`,
      cariste,
    );
    expect([field('b1').value, field('b2').value]).toEqual(['FONTAINE', 'mickael.fontaine59@gmail.com']);
  });
});
