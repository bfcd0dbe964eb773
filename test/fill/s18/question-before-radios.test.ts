// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState, planOf } from '../../forms-in-the-wild/mount-form';

/**
 * Yes/no questions written as a paragraph before the radios, no fieldset nor legend, the radios
 * labelled only "Oui" / "Non", as many regional and job-board forms print them.
 */
const ticked = () => [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => `${box.name}=${box.value}`);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a question in a paragraph before Oui/Non radios', () => {
  it('answers "Oui" to "Êtes-vous titulaire du permis B ?" and undo takes it back', async () => {
    const html = `<form>
      <div class="form-group">
        <label for="nom">Nom</label><input id="nom" name="nom">
      </div>
      <div class="form-group">
        <p class="question">Êtes-vous titulaire du permis B ? <span class="required">*</span></p>
        <div class="radios">
          <input type="radio" id="pb-oui" name="permis_b" value="1"><label for="pb-oui">Oui</label>
          <input type="radio" id="pb-non" name="permis_b" value="0"><label for="pb-non">Non</label>
        </div>
      </div>
      <div class="form-group">
        <span class="question">Êtes-vous titulaire du permis C ?</span>
        <input type="hidden" name="question_id" value="17">
        <label><input type="radio" name="permis_c" value="1"> Oui</label>
        <label><input type="radio" name="permis_c" value="0"> Non</label>
      </div>
      <div class="form-group">
        <div class="question">Êtes-vous titulaire du permis D ?</div>
        <label><input type="radio" name="permis_d" value="1"> Oui</label>
        <label><input type="radio" name="permis_d" value="0"> Non</label>
      </div>
    </form>`;
    document.body.innerHTML = html;
    const before = pageState();
    const { report, undo } = await mountAndFill(html, cariste);
    expect(ticked()).toEqual(['permis_b=1', 'permis_c=1']);
    expect(report.filled).toEqual(expect.arrayContaining(['drivingLicence:B', 'drivingLicence:C']));
    await undo();
    expect(pageState()).toEqual(before);
  });

  it('answers the licence question in a div and ticks the categories it reveals', async () => {
    await mountAndFill(`<form>
      <div class="champ">
        <div class="intitule">Possédez-vous le permis de conduire ?</div>
        <label><input type="radio" name="permis" value="oui"> Oui</label>
        <label><input type="radio" name="permis" value="non"> Non</label>
      </div>
      <div class="champ">
        <div class="intitule">Catégories de permis</div>
        <label><input type="checkbox" name="permis_cat" value="B"> B</label>
        <label><input type="checkbox" name="permis_cat" value="C"> C</label>
      </div>
    </form>`, cariste);
    expect(ticked()).toEqual(['permis=oui', 'permis_cat=B', 'permis_cat=C']);
  });

  it('does not take a heading above other questions for the question of unlabelled radios', async () => {
    await mountAndFill(`<form>
      <h2>Permis de conduire et mobilité</h2>
      <p>Possédez-vous un véhicule ?</p>
      <label><input type="radio" name="vehicule" value="oui"> Oui</label>
      <label><input type="radio" name="vehicule" value="non"> Non</label>
      <label for="rayon">Rayon de mobilité (km)</label><input id="rayon" name="rayon">
      <label><input type="radio" name="q7" value="oui"> Oui</label>
      <label><input type="radio" name="q7" value="non"> Non</label>
    </form>`, cariste);
    expect(ticked()).toEqual([]);
  });

  it('chooses the civility asked in a span before radios labelled Madame / Monsieur', async () => {
    await mountAndFill(`<form>
      <div><span>Civilité</span>
        <input type="radio" id="c1" name="q1" value="1"><label for="c1">Madame</label>
        <input type="radio" id="c2" name="q1" value="2"><label for="c2">Monsieur</label>
      </div>
      <div><span>Vous êtes</span>
        <input type="radio" id="s1" name="q2" value="1"><label for="s1">Salarié</label>
        <input type="radio" id="s2" name="q2" value="2"><label for="s2">Demandeur d'emploi</label>
      </div>
    </form>`, planOf({ ...cariste, civility: 'Monsieur' }));
    expect(ticked()).toEqual(['q1=2']);
  });

  it('reads a Symfony-style question label "for" the radios\' wrapper', async () => {
    await mountAndFill(`<form name="candidature">
      <div class="form-group"><label for="candidature_nom">Nom</label><input id="candidature_nom" name="candidature[nom]"></div>
      <div class="form-group">
        <label class="required" for="candidature_permisB">Permis B</label>
        <div id="candidature_permisB">
          <input type="radio" id="candidature_permisB_0" name="candidature[permisB]" value="1"><label for="candidature_permisB_0">Oui</label>
          <input type="radio" id="candidature_permisB_1" name="candidature[permisB]" value="0"><label for="candidature_permisB_1">Non</label>
        </div>
      </div>
    </form>`, cariste);
    expect(ticked()).toEqual(['candidature[permisB]=1']);
  });
});
