// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * An English job-board application (Greenhouse/Lever-like markup): autocomplete tokens, fields
 * known only by their placeholder, a phone number split into a country-code list and a national
 * number, dates as a month select and a year select, "I currently work here".
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthSelect = (name: string) => `<select name="${name}" aria-label="Month"><option value="">Month</option>${MONTHS.map((month, i) => `<option value="${String(i + 1).padStart(2, '0')}">${month}</option>`).join('')}</select>`;
const yearSelect = (name: string) => `<select name="${name}" aria-label="Year"><option value="">Year</option>${Array.from({ length: 45 }, (_, i) => `<option value="${2026 - i}">${2026 - i}</option>`).join('')}</select>`;
const COUNTRY_CODES = `<option value="US" selected>🇺🇸 United States (+1)</option><option value="GB">🇬🇧 United Kingdom (+44)</option><option value="FR">🇫🇷 France (+33)</option><option value="BE">🇧🇪 Belgium (+32)</option>`;

const JOB_BOARD_FORM = `<main><form id="application-form"><section><h2>Personal information</h2>
  <div class="field"><label for="first_name">First name</label><input id="first_name" name="first_name" autocomplete="given-name"></div>
  <div class="field"><label for="last_name">Last name</label><input id="last_name" name="last_name" autocomplete="family-name"></div>
  <div class="field"><input name="candidate_email" type="email" autocomplete="email" placeholder="Email"></div>
  <div class="field"><input name="candidate_zip" autocomplete="postal-code" placeholder="Postal code"></div>
  <div class="field phone"><label for="phone">Phone number</label>
    <div class="phone-row"><select name="phone_country" aria-label="Country code">${COUNTRY_CODES}</select>
    <input id="phone" name="phone" type="tel" autocomplete="tel-national" placeholder="(201) 555-0123"></div></div>
  </section>
  <section><h2>Work experience</h2>
  <div class="experience" data-index="0">
    <div class="field"><label for="exp-title-0">Title</label><input id="exp-title-0" name="experience[0][title]"></div>
    <div class="field"><label for="exp-company-0">Company</label><input id="exp-company-0" name="experience[0][company]"></div>
    <div class="dates"><span>Start date</span>${monthSelect('experience[0][start_month]')}${yearSelect('experience[0][start_year]')}</div>
    <div class="dates"><span>End date</span>${monthSelect('experience[0][end_month]')}${yearSelect('experience[0][end_year]')}</div>
    <label><input type="checkbox" name="experience[0][current]" value="1"> I currently work here</label>
  </div></section>
</form></main>`;

/** The same form as many builders render it: headings and fields side by side, no <section>. */
const FLAT_JOB_BOARD_FORM = JOB_BOARD_FORM.replace(/<\/?section>/g, '');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('an English job-board form', () => {
  it('fills fields known only by autocomplete and placeholder', async () => {
    const { report } = await mountAndFill(JOB_BOARD_FORM, cariste, 'en');
    expect(field('first_name').value).toBe('Mickaël');
    expect(field('last_name').value).toBe('FONTAINE');
    expect(field('candidate_email').value).toBe('mickael.fontaine59@gmail.com');
    expect(field('candidate_zip').value).toBe('59300');
    expect(report.conflicts).toEqual([]);
  });

  it('writes the experience dates as month and year options and ticks "I currently work here"', async () => {
    await mountAndFill(JOB_BOARD_FORM, cariste, 'en');
    expect(field('experience[0][title]').value).toBe('Cariste');
    expect(field('experience[0][company]').value).toBe('Hainaut Logistique Services');
    expect(field('experience[0][start_month]').value).toBe('03');
    expect(field('experience[0][start_year]').value).toBe('2019');
    expect(field('experience[0][end_month]').value).toBe('');
    expect(field('experience[0][end_year]').value).toBe('');
    expect(field('experience[0][current]').checked).toBe(true);
  });

  it('writes a phone number the page reads as French: national digits beside the country-code list, never +1 followed by +33…', async () => {
    await mountAndFill(JOB_BOARD_FORM, cariste, 'en');
    const country = field('phone_country') as unknown as HTMLSelectElement;
    const national = field('phone').value.replace(/\D/g, '');
    // autocomplete="tel-national" asks for the number without its country code.
    expect(field('phone').value.startsWith('+')).toBe(false);
    expect(['0612345678', '612345678']).toContain(national);
    // Left on "United States (+1)", the form would send +1 612 345 678.
    expect(country.value).toBe('FR');
  });

  it('writes the national number into a box whose autocomplete is "tel-national"', async () => {
    await mountAndFill(
      `<form><label for="tel">Téléphone portable</label><input id="tel" name="tel" type="tel" autocomplete="tel-national"></form>`,
      cariste,
    );
    expect(field('tel').value.replace(/\s/g, '')).toBe('0612345678');
  });

  it('finds the experience block under its own heading when the form is flat (h2 siblings, no sections)', async () => {
    const { report } = await mountAndFill(FLAT_JOB_BOARD_FORM, cariste, 'en');
    expect(field('experience[0][title]').value).toBe('Cariste');
    expect(field('experience[0][company]').value).toBe('Hainaut Logistique Services');
    expect(field('experience[0][start_year]').value).toBe('2019');
    expect(field('experience[0][current]').checked).toBe(true);
    expect(report.filled).toContain('experience:0');
  });

  it('undo puts every field, select and tick back', async () => {
    document.body.innerHTML = JOB_BOARD_FORM;
    const before = pageState();
    const { undo } = await mountAndFill(JOB_BOARD_FORM, cariste, 'en');
    await undo();
    expect(pageState()).toEqual(before);
  });
});
