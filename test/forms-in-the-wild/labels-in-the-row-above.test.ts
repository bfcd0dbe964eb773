// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * An old municipal or association form laid out as a table: a row of captions in plain <td>
 * cells ("Nom", "Prénom"), then the row of their boxes, and again for the next pair. No <label>,
 * no <th>, no useful name ("t1", "t2").
 */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('captions in the row above the boxes', () => {
  const page = `<form action="inscription.php" method="post"><table class="formulaire" width="600">
    <tr><td colspan="2" class="titre"><b>Vos coordonnées</b></td></tr>
    <tr><td class="lib">Nom</td><td class="lib">Prénom</td></tr>
    <tr><td><input name="t1" size="30"></td><td><input name="t2" size="30"></td></tr>
    <tr><td class="lib"><b>Adresse e-mail</b></td><td class="lib">Téléphone</td></tr>
    <tr><td><input name="t3" size="30"></td><td><input name="t4" size="15"></td></tr>
    <tr><td class="lib">Code postal</td><td class="lib">Ville</td></tr>
    <tr><td><input name="t5" size="5"></td><td><input name="t6" size="30"></td></tr>
    <tr><td colspan="2" class="lib">Personne à prévenir en cas d'urgence</td></tr>
    <tr><td colspan="2"><input name="t7" size="60"></td></tr>
  </table><button type="submit">Envoyer</button></form>`;

  it('fills each box with what the caption above it asks, and leaves the emergency contact empty', async () => {
    const outcome = await mountAndFill(page, cariste);
    expect(pageState()).toEqual(['t1=FONTAINE', 't2=Mickaël', 't3=mickael.fontaine59@gmail.com', 't4=+33612345678', 't5=59300', 't6=Valenciennes', 't7=']);
    await outcome.undo();
    expect(pageState().every((entry) => entry.endsWith('='))).toBe(true);
  });

  it('takes no caption from a row that holds boxes itself', async () => {
    await mountAndFill(`<form><table><tr><td>Nom</td><td><input name="a"></td></tr><tr><td><input name="b"></td><td><input name="c"></td></tr></table></form>`, cariste);
    expect(pageState()).toEqual(['a=FONTAINE', 'b=', 'c=']);
  });
});

describe('a grid of experiences whose header row is plain cells', () => {
  it('gives every row the header of its column', async () => {
    const row = (n: number) => `<tr><td><input name="p${n}"></td><td><input name="e${n}"></td><td><input name="d${n}" size="7"></td><td><input name="f${n}" size="7"></td></tr>`;
    const outcome = await mountAndFill(`<form><h3>Expériences professionnelles</h3><table border="1">
      <tr><td><b>Poste occupé</b></td><td><b>Employeur</b></td><td><b>Du (mm/aaaa)</b></td><td><b>Au (mm/aaaa)</b></td></tr>
      ${row(1)}${row(2)}${row(3)}</table></form>`, cariste);
    expect(pageState()).toEqual([
      'p1=Cariste', 'e1=Hainaut Logistique Services', 'd1=03/2019', 'f1=',
      'p2=Préparateur de commandes', 'e2=Adecco', 'd2=03/2016', 'f2=12/2018',
      'p3=', 'e3=', 'd3=', 'f3=',
    ]);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1']));
  });
});
