// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * A server-rendered form as many employers' and training bodies' sites still serve it: labels in
 * the left cell of a table (no `for`), short French names, experiences as numbered blocks with a
 * fixed number of entries, dates as selects or "JJ/MM/AAAA" text boxes.
 */
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const dayOptions = `<option value="">Jour</option>${Array.from({ length: 31 }, (_, i) => `<option>${String(i + 1).padStart(2, '0')}</option>`).join('')}`;
const monthOptions = `<option value="">Mois</option>${MONTHS.map((month, i) => `<option value="${i + 1}">${month}</option>`).join('')}`;
const yearOptions = `<option value="">Année</option>${Array.from({ length: 60 }, (_, i) => `<option>${2026 - i}</option>`).join('')}`;

const experienceBlock = (n: number) => `<fieldset><legend>Expérience ${n}</legend><table>
  <tr><td class="lib">Poste occupé :</td><td><input type="text" name="exp${n}_poste" size="40"></td></tr>
  <tr><td class="lib">Employeur :</td><td><input type="text" name="exp${n}_employeur" size="40"></td></tr>
  <tr><td class="lib">Début :</td><td><select name="exp${n}_debut_mois">${monthOptions}</select> <select name="exp${n}_debut_annee">${yearOptions}</select></td></tr>
  <tr><td class="lib">Fin (JJ/MM/AAAA) :</td><td><input type="text" name="exp${n}_fin" maxlength="10" size="10"></td></tr>
</table></fieldset>`;

const CLASSIC_FORM = `<div id="page"><h1>Dépôt de candidature</h1>
<form action="candidature.php" method="post" name="form1">
<fieldset><legend>État civil</legend><table width="100%" cellpadding="2">
  <tr><td class="lib">Nom :</td><td><input type="text" name="nom" size="30"></td></tr>
  <tr><td class="lib">Prénom :</td><td><input type="text" name="prenom" size="30"></td></tr>
  <tr><td class="lib">Date de naissance :</td><td><select name="naiss_jour">${dayOptions}</select><select name="naiss_mois">${monthOptions}</select><select name="naiss_annee">${yearOptions}</select></td></tr>
  <tr><td class="lib">Adresse :</td><td><input type="text" name="adresse" size="50"></td></tr>
  <tr><td class="lib">CP :</td><td><input type="text" name="cp" size="5" maxlength="5"></td></tr>
  <tr><td class="lib">Ville :</td><td><input type="text" name="ville" size="30"></td></tr>
  <tr><td class="lib">Tél. portable :</td><td><input type="text" name="tel_port" size="10" maxlength="10"></td></tr>
  <tr><td class="lib">Mél :</td><td><input type="text" name="mel" size="40"></td></tr>
</table></fieldset>
${experienceBlock(1)}${experienceBlock(2)}${experienceBlock(3)}
<fieldset><legend>Savoir-faire</legend><table>
  <tr><td class="lib">Compétences (une par ligne) :</td><td><textarea name="competences" rows="6" cols="40"></textarea></td></tr>
</table></fieldset>
<p><input type="submit" value="Envoyer ma candidature"></p>
</form></div>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a classic table-layout form with French short names', () => {
  it('fills identity and contact from the left-hand cells, in the shape each box takes', async () => {
    const { report } = await mountAndFill(CLASSIC_FORM, cariste);
    expect(field('nom').value).toBe('FONTAINE');
    expect(field('prenom').value).toBe('Mickaël');
    expect(field('adresse').value).toBe('27 rue Jean Jaurès');
    expect(field('cp').value).toBe('59300');
    expect(field('ville').value).toBe('Valenciennes');
    // maxlength=10: the national number without spaces, not E.164.
    expect(field('tel_port').value).toBe('0612345678');
    expect(field('mel').value).toBe('mickael.fontaine59@gmail.com');
    expect(field('competences').value).toBe('utiliser un chariot élévateur\npréparer des commandes');
    // The CV gives no birth date: the three selects stay on "Jour / Mois / Année".
    expect([field('naiss_jour').value, field('naiss_mois').value, field('naiss_annee').value]).toEqual(['', '', '']);
    expect(report.conflicts).toEqual([]);
  });

  it('writes the first experience into "Expérience 1", month and year as options, no end for a current job', async () => {
    await mountAndFill(CLASSIC_FORM, cariste);
    expect(field('exp1_poste').value).toBe('Cariste');
    expect(field('exp1_employeur').value).toBe('Hainaut Logistique Services');
    expect(field('exp1_debut_mois').value).toBe('3');
    expect(field('exp1_debut_annee').value).toBe('2019');
    expect(field('exp1_fin').value).toBe('');
  });

  it('writes the second experience into the empty "Expérience 2" block, not the job sought', async () => {
    const { report } = await mountAndFill(CLASSIC_FORM, cariste);
    expect(field('exp2_poste').value).toBe('Préparateur de commandes');
    expect(field('exp2_employeur').value).toBe('Adecco');
    expect(field('exp2_debut_mois').value).toBe('3');
    expect(field('exp2_debut_annee').value).toBe('2016');
    expect(field('exp2_fin').value).toMatch(/^\d{2}\/12\/2018$/);
    expect(report.filled).toContain('experience:1');
    // Two experiences, three blocks: the third stays empty.
    expect(field('exp3_poste').value).toBe('');
  });

  it('undo puts every box and select back as it was', async () => {
    document.body.innerHTML = CLASSIC_FORM;
    const before = pageState();
    const { undo } = await mountAndFill(CLASSIC_FORM, cariste);
    await undo();
    expect(pageState()).toEqual(before);
  });
});
