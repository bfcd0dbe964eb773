// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * A town hall's registration for its job fair ("Forum de l'emploi"): birth and usage names, the
 * France Travail identifier (digits and a letter), a birth date, the person's situation as radios,
 * the sectors as boxes, the jobs sought in a text area, a Bootstrap input group whose add-ons say
 * "@" and "km", and a consent box. The fill writes what the CV says and nothing it does not.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const page = `<form action="/forum-emploi/inscription" method="post" class="needs-validation">
  <div class="mb-3"><label class="form-label" for="civ">Civilité</label><select class="form-select" id="civ" name="civilite"><option value="">--</option><option>Madame</option><option>Monsieur</option></select></div>
  <div class="row"><div class="col"><label class="form-label" for="nom_naissance">Nom de naissance *</label><input class="form-control" id="nom_naissance" name="nom_naissance" required></div>
    <div class="col"><label class="form-label" for="nom_usage">Nom d'usage (si différent)</label><input class="form-control" id="nom_usage" name="nom_usage"></div>
    <div class="col"><label class="form-label" for="prenom">Prénom *</label><input class="form-control" id="prenom" name="prenom" required></div></div>
  <div class="mb-3"><label class="form-label" for="naissance">Date de naissance</label><input class="form-control" type="date" id="naissance" name="date_naissance"></div>
  <div class="mb-3"><label class="form-label" for="id_ft">Identifiant France Travail</label><input class="form-control" id="id_ft" name="identifiant_ft" placeholder="7 chiffres et 1 lettre" pattern="[0-9]{7}[A-Za-z]"></div>
  <label class="form-label" for="courriel">Courriel *</label>
  <div class="input-group mb-3"><span class="input-group-text" id="at">@</span><input type="email" class="form-control" id="courriel" name="courriel" aria-describedby="at" required></div>
  <div class="mb-3"><label class="form-label" for="portable">Téléphone portable</label><input class="form-control" type="tel" id="portable" name="portable"></div>
  <div class="mb-3"><label class="form-label" for="cp">Code postal</label><input class="form-control" id="cp" name="code_postal"></div>
  <label class="form-label" for="rayon">Jusqu'où pouvez-vous vous déplacer ?</label>
  <div class="input-group mb-3"><input type="number" class="form-control" id="rayon" name="rayon"><span class="input-group-text">km</span></div>
  <fieldset class="mb-3"><legend class="col-form-label">Votre situation</legend>
    <div class="form-check"><input class="form-check-input" type="radio" name="situation" id="s1" value="de"><label class="form-check-label" for="s1">Demandeur d'emploi</label></div>
    <div class="form-check"><input class="form-check-input" type="radio" name="situation" id="s2" value="salarie"><label class="form-check-label" for="s2">Salarié(e) en reconversion</label></div></fieldset>
  <fieldset class="mb-3"><legend class="col-form-label">Secteurs qui vous intéressent</legend>
    <div class="form-check"><input class="form-check-input" type="checkbox" name="secteurs[]" id="sec1" value="logistique"><label class="form-check-label" for="sec1">Transport et logistique</label></div>
    <div class="form-check"><input class="form-check-input" type="checkbox" name="secteurs[]" id="sec2" value="btp"><label class="form-check-label" for="sec2">BTP</label></div></fieldset>
  <div class="mb-3"><label class="form-label" for="metiers">Métier(s) recherché(s)</label><textarea class="form-control" id="metiers" name="metiers" rows="2"></textarea></div>
  <div class="form-check mb-3"><input class="form-check-input" type="checkbox" id="rgpd" name="rgpd" required><label class="form-check-label" for="rgpd">J'accepte que mes données soient transmises aux employeurs présents</label></div>
  <button class="btn btn-primary" type="submit">Je m'inscris</button>
</form>`;

describe('a town hall’s job fair registration', () => {
  it('fills name, first name, e-mail, mobile, postcode and job; leaves everything the CV does not say', async () => {
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, planOf({ ...cariste, softSkills: [] }));
    expect([field('nom_naissance').value, field('nom_usage').value, field('prenom').value]).toEqual(['FONTAINE', '', 'Mickaël']);
    expect(field('courriel').value).toBe('mickael.fontaine59@gmail.com');
    expect(field('portable').value.replace(/\D/g, '')).toMatch(/612345678$/);
    expect(field('code_postal').value).toBe('59300');
    expect(field('metiers').value).toBe('Cariste');
    for (const name of ['date_naissance', 'identifiant_ft', 'rayon', 'civilite']) expect(field(name).value, name).toBe('');
    expect([...document.querySelectorAll('input:checked')]).toEqual([]);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['lastName', 'firstName', 'email', 'phone', 'postcode', 'jobTitle']));
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });

  it('writes the name into "Nom", not into a "Nom d’usage (si différent)" box listed before it', async () => {
    await mountAndFill(
      `<form><label for="u">Nom d'usage (si différent)</label><input id="u" name="nom_usage"><label for="n">Nom</label><input id="n" name="nom"><label for="p">Prénom</label><input id="p" name="prenom"></form>`,
      planOf({ ...cariste, softSkills: [] }),
    );
    expect([field('nom_usage').value, field('nom').value, field('prenom').value]).toEqual(['', 'FONTAINE', 'Mickaël']);
  });
});
