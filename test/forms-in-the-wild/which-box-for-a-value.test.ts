// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill } from './mount-form';

/** When a form offers several boxes for one value, or one box for two: which one a person would use. */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('choosing the box for a value', () => {
  it('writes a mobile number (06…) into "Téléphone portable", not into "Téléphone fixe" listed first', async () => {
    await mountAndFill(
      `<form method="post"><table>
        <tr><td>Téléphone fixe :</td><td><input type="tel" name="tel_fixe" maxlength="14"></td></tr>
        <tr><td>Téléphone portable :</td><td><input type="tel" name="tel_portable" maxlength="14"></td></tr>
      </table></form>`,
      cariste,
    );
    // The number in either of its written forms (06 12 34 56 78, +33 6 12 34 56 78), in that box.
    expect(field('tel_portable').value.replace(/\D/g, '')).toMatch(/^(0|33)612345678$/);
    expect(field('tel_fixe').value).toBe('');
  });

  it('writes the number into the phone box, not into the country-code list the same label wraps', async () => {
    const { report } = await mountAndFill(
      `<form method="post"><label>Téléphone <select name="indicatif"><option value="33" selected>+33</option><option value="32">+32</option><option value="41">+41</option></select>
        <input name="tel" type="tel" maxlength="10"></label></form>`,
      cariste,
    );
    expect(field('tel').value).toBe('0612345678');
    expect(field('indicatif').value).toBe('33');
    // The list's "+33" is no phone number the person typed: no conflict to show.
    expect(report.conflicts).toEqual([]);
  });

  it('writes the full name into an English form\'s single "Name" box', async () => {
    const { report } = await mountAndFill(
      `<main><form><div class="field"><label for="name">Name</label><input id="name" name="name"></div>
        <div class="field"><label for="email">Email</label><input id="email" name="email" type="email"></div></form></main>`,
      cariste,
      'en',
    );
    expect(field('name').value).toBe('Mickaël FONTAINE');
    expect(report.filled).toContain('fullName');
  });
});
