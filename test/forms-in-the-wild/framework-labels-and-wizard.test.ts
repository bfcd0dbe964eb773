// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { context, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * Checks found sound in round 2: labels as frameworks render them (Angular Material, Vuetify,
 * asterisks, non-breaking spaces, English labels on a French page), values with particles and
 * hyphens, questions the CV does not answer, and a wizard whose later steps are hidden.
 */
const person = planOf({
  fields: {
    firstName: 'Jean-Baptiste',
    lastName: 'de La Fontaine',
    email: 'jb.delafontaine@orange.fr',
    phone: '+33612345678',
    address: '12 ter avenue Foch',
    postcode: '59300',
    city: 'Valenciennes',
    jobTitle: 'Cariste',
  },
});

const MATERIAL_FORM = `<form class="ng-untouched ng-pristine ng-invalid">
  <mat-form-field appearance="outline" class="mat-mdc-form-field"><div class="mat-mdc-text-field-wrapper"><div class="mat-mdc-form-field-infix">
    <label class="mdc-floating-label" id="mat-mdc-form-field-label-0" for="mat-input-0"><mat-label>Prénom</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker">*</span></label>
    <input matinput class="mat-mdc-input-element" id="mat-input-0" aria-required="true">
  </div></div></mat-form-field>
  <mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-form-field-infix">
    <label class="mdc-floating-label" for="mat-input-1"><mat-label>Nom</mat-label><span aria-hidden="true">*</span></label>
    <input matinput class="mat-mdc-input-element" id="mat-input-1">
  </div></mat-form-field>
  <mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-form-field-infix">
    <mat-label id="poste-label">Intitulé du poste souhaité</mat-label>
    <input matinput class="mat-mdc-input-element" id="mat-input-2" aria-labelledby="poste-label">
  </div></mat-form-field>
  <mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-form-field-infix">
    <label class="mdc-floating-label" for="mat-input-3"><mat-label>Mobilité (km)</mat-label></label>
    <input matinput type="number" class="mat-mdc-input-element" id="mat-input-3">
  </div></mat-form-field>
</form>`;

const VUETIFY_FORM = `<form class="v-form">
  <div class="v-input"><div class="v-field"><div class="v-field__field"><label class="v-label v-field-label" for="input-12">Prénom *</label><input id="input-12" type="text"></div></div></div>
  <div class="v-input"><div class="v-field"><div class="v-field__field"><label class="v-label v-field-label" for="input-14">Nom *</label><input id="input-14" type="text"></div></div></div>
  <div class="v-row"><div class="v-col text-subtitle-2">Adresse e-mail</div><div class="v-col"><input id="input-16" type="text"></div></div>
  <div class="v-row"><div class="v-col text-subtitle-2">Last name&nbsp;:</div><div class="v-col"><input id="input-18" type="text"></div></div>
</form>`;

const PROFILE_QUESTIONS = `<form>
  <label for="age">Âge</label><input id="age" name="age" type="number">
  <label for="naissance">Date de naissance (JJ/MM/AAAA)</label><input id="naissance" name="naissance" maxlength="10">
  <label for="nom">Nom d'usage&nbsp;:</label><input id="nom" name="nom">
  <label for="adresse">Adresse</label><input id="adresse" name="adresse">
  <label for="mel">Courriel (adresse @francetravail.fr uniquement)</label><input id="mel" name="mel" type="email" pattern=".+@francetravail\\.fr">
  <label for="salaire">Salaire souhaité</label><input id="salaire" name="salaire">
  <label for="temps">Temps de travail</label><select id="temps" name="temps"><option value="">Choisir</option><option>Temps plein</option><option>Temps partiel</option></select>
  <label for="presentation">Présentation / À propos de moi</label><textarea id="presentation" name="presentation"></textarea>
</form>`;

const WIZARD = `<form id="wizard">
  <section id="step1"><h2>Étape 1 : identité</h2>
    <label for="nom">Nom</label><input id="nom" name="nom"><label for="prenom">Prénom</label><input id="prenom" name="prenom">
  </section>
  <section id="step2" style="display:none"><h2>Étape 2 : coordonnées</h2>
    <label for="email">E-mail</label><input id="email" name="email" type="email"><label for="tel">Téléphone</label><input id="tel" name="tel" type="tel">
  </section>
</form>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('labels as frameworks render them', () => {
  it('reads Angular Material floating labels and leaves the km box alone', async () => {
    await mountAndFill(MATERIAL_FORM, person);
    const value = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!.value;
    expect([value('mat-input-0'), value('mat-input-1'), value('mat-input-2'), value('mat-input-3')]).toEqual(['Jean-Baptiste', 'de La Fontaine', 'Cariste', '']);
  });

  it('reads Vuetify labels, a label in a sibling column and an English label on a French page', async () => {
    await mountAndFill(VUETIFY_FORM, person);
    const value = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!.value;
    expect(value('input-12')).toBe('Jean-Baptiste');
    expect(value('input-16')).toBe('jb.delafontaine@orange.fr');
    // Two boxes claim the family name: the French label first, the English one is left empty.
    expect([value('input-14'), value('input-18')].filter(Boolean)).toEqual(['de La Fontaine']);
  });
});

describe('questions the CV does not answer', () => {
  it('keeps age, birth date, salary, working time and presentation empty; a foreign-domain e-mail box too', async () => {
    const before = (document.body.innerHTML = PROFILE_QUESTIONS, pageState());
    const { report, undo } = await mountAndFill(PROFILE_QUESTIONS, person);
    expect(pageState()).toEqual([
      // No box for the postcode or the town: the address box takes them (address-in-one-box.test.ts).
      'age=', 'naissance=', 'nom=de La Fontaine', 'adresse=12 ter avenue Foch, 59300 Valenciennes', 'mel=', 'salaire=', 'temps=', 'presentation=',
    ]);
    expect(report.skipped).toContainEqual({ target: 'email', reason: 'wrong-format' });
    await undo();
    expect(pageState()).toEqual(before);
  });
});

describe('a wizard whose later steps are hidden', () => {
  it('fills only the step shown, then the next step on a second fill without touching the first', async () => {
    await mountAndFill(WIZARD, person);
    expect(pageState()).toEqual(['nom=de La Fontaine', 'prenom=Jean-Baptiste', 'email=', 'tel=']);
    field('prenom').value = 'Jean-Baptiste Marie'; // the person corrected step 1
    document.querySelector<HTMLElement>('#step1')!.style.display = 'none';
    document.querySelector<HTMLElement>('#step2')!.style.display = '';
    const { report } = await fillForm(document, person, context);
    expect(pageState()).toEqual(['nom=de La Fontaine', 'prenom=Jean-Baptiste Marie', 'email=jb.delafontaine@orange.fr', 'tel=+33612345678']);
    expect(report.conflicts).toEqual([]);
  });
});
