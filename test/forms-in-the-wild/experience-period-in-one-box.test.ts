// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * An experience's dates asked in one box ("Période", "Dates", "Du … au …"), as short registration
 * forms and job fairs do. No rule knew such a box: it stayed empty while job and employer were
 * written, and nothing said the dates were missing.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const entry = (label: string, placeholder: string) => `<form><fieldset><legend>Expérience professionnelle</legend>
  <label for="p">Poste</label><input id="p" name="poste">
  <label for="e">Entreprise</label><input id="e" name="entreprise">
  <label for="per">${label}</label><input id="per" name="periode" placeholder="${placeholder}">
</fieldset></form>`;

const adecco = planOf({ experiences: [cariste.experiences[1]!] });
const current = planOf({ experiences: [cariste.experiences[0]!] });

describe("an experience's dates in one box", () => {
  it('writes the years when the example shows years ("ex : 2019 - 2021"), and undo empties it', async () => {
    const outcome = await mountAndFill(entry('Période', 'ex : 2019 - 2021'), adecco);
    expect([field('poste').value, field('entreprise').value, field('periode').value]).toEqual(['Préparateur de commandes', 'Adecco', '2016 - 2018']);
    await outcome.undo();
    expect(pageState()).toEqual(['poste=', 'entreprise=', 'periode=']);
  });

  it('writes month and year when the CV gives them, "Du … au …"', async () => {
    await mountAndFill(entry('Du … au …', 'mm/aaaa - mm/aaaa'), adecco);
    expect(field('periode').value).toBe('03/2016 - 12/2018');
  });

  it("ends a job held today with the page's word for it", async () => {
    await mountAndFill(entry('Période', ''), current);
    expect(field('periode').value).toBe("03/2019 - aujourd'hui");
    await mountAndFill(entry('Dates', ''), current, 'en');
    expect(field('periode').value).toBe('03/2019 - present');
  });

  it('leaves the box empty, and says so, when the CV gives no start', async () => {
    const outcome = await mountAndFill(entry('Période', ''), planOf({ experiences: [{ title: 'Cariste', employer: 'Intérim', start: null, end: '2018' }] }));
    expect(field('periode').value).toBe('');
    expect(outcome.report.skipped).toContainEqual({ target: 'experience:0.period', reason: 'date-too-vague' });
  });
});
