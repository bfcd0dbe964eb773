// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * A public-employment profile asks many things "professionnel(le)" before the job sought: the
 * socio-professional category, the current professional situation, the professional project, the
 * ROME code of the job. None of them is the job title; the "Métier recherché" box further down is.
 */
const PROFILE_FORM = `<form id="profil"><h2>Mon projet</h2>
  <label for="csp">Catégorie socio-professionnelle</label>
  <select id="csp" name="csp"><option value="">Choisir</option><option value="ONQ">Ouvrier non qualifié</option><option value="OQ">Ouvrier qualifié</option><option value="EQ">Employé qualifié</option><option value="AM">Agent de maîtrise</option><option value="CA">Cadre</option></select>
  <label for="situation">Situation professionnelle</label>
  <input id="situation" name="situation" type="text">
  <label for="projet">Projet professionnel</label>
  <textarea id="projet" name="projet" rows="4"></textarea>
  <label for="metier">Métier recherché</label>
  <input id="metier" name="metier" type="text">
  <label for="salaire">Salaire souhaité (brut annuel)</label>
  <input id="salaire" name="salaire" type="text">
  <fieldset><legend>Type de contrat souhaité</legend>
    <label><input type="checkbox" name="contrat" value="CDI"> CDI</label>
    <label><input type="checkbox" name="contrat" value="CDD"> CDD</label>
    <label><input type="checkbox" name="contrat" value="INT"> Intérim</label>
  </fieldset>
  <label for="dispo">Disponibilité</label>
  <input id="dispo" name="dispo" type="text">
  <button type="submit">Enregistrer</button>
</form>`;

const ROME_FORM = `<form><h2>Emploi recherché</h2>
  <label for="rome">Code ROME du métier recherché</label>
  <input id="rome" name="rome" type="text" size="5" placeholder="ex. N1101">
  <label for="intitule">Intitulé du poste recherché</label>
  <input id="intitule" name="intitule" type="text">
</form>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the job sought on a profile with many "professionnel" questions', () => {
  it('writes the job title into "Métier recherché", not into the situation or the project boxes', async () => {
    const before = (document.body.innerHTML = PROFILE_FORM, pageState());
    const { report, undo } = await mountAndFill(PROFILE_FORM, cariste);
    expect(field('metier').value).toBe('Cariste');
    expect(field('situation').value).toBe('');
    expect((document.querySelector('#projet') as HTMLTextAreaElement).value).toBe('');
    expect(field('csp').value).toBe('');
    // Questions the CV does not answer stay as they were.
    expect(field('salaire').value).toBe('');
    expect(field('dispo').value).toBe('');
    expect([...document.querySelectorAll<HTMLInputElement>('[name="contrat"]')].some((box) => box.checked)).toBe(false);
    expect(report.filled).toContain('jobTitle');
    await undo();
    expect(pageState()).toEqual(before);
  });

  it('leaves the ROME code box empty and writes the title into the job box after it', async () => {
    await mountAndFill(ROME_FORM, cariste);
    expect(field('rome').value).toBe('');
    expect(field('intitule').value).toBe('Cariste');
  });
});
