// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * Licence categories shown as pictograms (a car, a lorry, a lorry and trailer), the category named
 * only by the image's alternative text, as a screen reader reads it: `<label><input type=checkbox>
 * <img alt="Permis B"></label>`. The labels were read without their images' text: the first box
 * was taken for a lone "J'ai le permis" box and ticked for every licence (B ticked by chance, C
 * left), the report saying "drivingLicences".
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const page = `<form><label for="n">Nom</label><input id="n" name="nom">
  <fieldset><legend>Permis de conduire</legend>
    <label><input type="checkbox" name="permis[]" value="1"><img src="/img/permis-b.svg" alt="Permis B"></label>
    <label><input type="checkbox" name="permis[]" value="2"><img src="/img/permis-c.svg" alt="Permis C"></label>
    <label><input type="checkbox" name="permis[]" value="3"><img src="/img/permis-ce.svg" alt="Permis CE"></label>
    <label><input type="checkbox" name="permis[]" value="4"><img src="/img/permis-d.svg" alt="Permis D"> <span class="sr-only">transport en commun</span></label>
  </fieldset></form>`;

describe('licence boxes labelled by pictograms', () => {
  it('ticks the categories whose images say them, each reported; undo unticks them', async () => {
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, cariste);
    const ticked = [...document.querySelectorAll<HTMLInputElement>('[name="permis[]"]')].map((box) => box.checked);
    expect(ticked).toEqual([true, true, false, false]);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['drivingLicence:B', 'drivingLicence:C']));
    expect(outcome.report.filled).not.toContain('drivingLicences');
    await outcome.undo();
    expect(pageState().slice(1)).toEqual(before.slice(1));
  });

  it('boxes that say nothing at all (images without text) are not taken for "J’ai le permis": none is ticked', async () => {
    const mute = page.replace(/ alt="[^"]*"/g, ' alt=""');
    const outcome = await mountAndFill(mute, cariste);
    expect([...document.querySelectorAll<HTMLInputElement>('[name="permis[]"]')].some((box) => box.checked)).toBe(false);
    expect(outcome.report.filled).not.toContain('drivingLicences');
  });
});
