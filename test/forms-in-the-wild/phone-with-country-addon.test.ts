// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * Bootstrap forms show the country code as a fixed add-on in front of the box
 * (`<span class="input-group-text">+33</span>`): the person types the number without it, and
 * without the leading 0 ("6 12 34 56 78"). The add-on is text, not a list: nothing to choose.
 */
const addonForm = (constraint: string) => `<form class="needs-validation" novalidate>
  <div class="mb-3">
    <label for="tel" class="form-label">Téléphone portable <span class="text-danger">*</span></label>
    <div class="input-group">
      <span class="input-group-text" id="tel-addon">+33</span>
      <input type="tel" class="form-control" id="tel" name="tel" aria-describedby="tel-addon" ${constraint} required>
    </div>
  </div>
</form>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a phone box behind a fixed "+33" add-on', () => {
  it('does not write the country code a second time after the add-on', async () => {
    await mountAndFill(addonForm(''), cariste);
    // "+33" then "+33612345678" or "0612345678" reads as a wrong number once the form joins them.
    expect(field('tel').value.replace(/\D/g, '')).toBe('612345678');
  });

  it('fits the nine digits a box of maxlength 9 asks for, and undo empties it', async () => {
    const before = (document.body.innerHTML = addonForm('maxlength="9" placeholder="612345678"'), pageState());
    const { report, undo } = await mountAndFill(addonForm('maxlength="9" placeholder="612345678"'), cariste);
    expect(field('tel').value).toBe('612345678');
    expect(report.filled).toContain('phone');
    await undo();
    expect(pageState()).toEqual(before);
  });
});
