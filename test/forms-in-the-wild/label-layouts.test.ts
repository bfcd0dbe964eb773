// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill } from './mount-form';

/** Labels that name nothing with `for`: the text a person reads beside or above the box decides. */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('labels without `for`, in the layouts forms use', () => {
  it('a definition list (<dt>Nom</dt><dd><input></dd>)', async () => {
    await mountAndFill(
      `<form><dl><dt>Nom</dt><dd><input name="f1"></dd><dt>Prénom</dt><dd><input name="f2"></dd><dt>Ville</dt><dd><input name="f3"></dd></dl></form>`,
      cariste,
    );
    expect([field('f1').value, field('f2').value, field('f3').value]).toEqual(['FONTAINE', 'Mickaël', 'Valenciennes']);
  });

  it('a Bootstrap horizontal row (label column, input column)', async () => {
    await mountAndFill(
      `<form><div class="mb-3 row"><label class="col-sm-2 col-form-label">Nom</label><div class="col-sm-10"><input class="form-control" name="f1"></div></div>
        <div class="mb-3 row"><label class="col-sm-2 col-form-label">Adresse e-mail</label><div class="col-sm-10"><input class="form-control" name="f2"></div></div></form>`,
      cariste,
    );
    expect([field('f1').value, field('f2').value]).toEqual(['FONTAINE', 'mickael.fontaine59@gmail.com']);
  });

  it('a floating label after its box, with an empty placeholder', async () => {
    await mountAndFill(
      `<form><div class="form-floating"><input class="form-control" name="f1" placeholder=" "><label>Prénom</label></div>
        <div class="form-floating"><input class="form-control" name="f2" placeholder=" "><label>Code postal</label></div></form>`,
      cariste,
    );
    expect([field('f1').value, field('f2').value]).toEqual(['Mickaël', '59300']);
  });

  it('a table whose label row sits above the input row', async () => {
    await mountAndFill(
      `<form><table><tr><td>Nom</td></tr><tr><td><input name="f1"></td></tr><tr><td>Téléphone</td></tr><tr><td><input name="f2"></td></tr></table></form>`,
      cariste,
    );
    expect([field('f1').value, field('f2').value]).toEqual(['FONTAINE', '+33612345678']);
  });
});
