// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, planOf } from './mount-form';
import type { FillPlan } from '../../lib/fill/fill-plan';

/**
 * A job board's "Niveau d'études" list in ranges, as many French boards word it: "Bac+2",
 * "Bac+3/4", "Bac+5 et plus". The CV names diplomas ("BTS", "Licence pro", "Master"): the list
 * gets the range of the highest, never a neighbouring one, and a choice the person made stays.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const form = `<form><div class="field"><label for="niveau">Niveau d’études <span aria-hidden="true">*</span></label>
  <select id="niveau" name="niveau" required><option value="">Sélectionnez votre niveau</option><option value="0">Sans diplôme</option>
  <option value="3">CAP / BEP</option><option value="4">Bac</option><option value="5">Bac+2</option><option value="6">Bac+3/4</option><option value="7">Bac+5 et plus</option></select></div>
  <div class="field"><label for="nom">Nom</label><input id="nom" name="nom"></div></form>`;

const withDegrees = (...degrees: string[]): FillPlan => planOf({ ...cariste, education: degrees.map((degree) => ({ degree, school: null, end: null })) });
const level = () => document.querySelector<HTMLSelectElement>('#niveau')!;
const chosenText = () => level().options[level().selectedIndex]!.text;

describe('an education level asked in Bac+ ranges', () => {
  it('takes "Bac+2" for a BTS above a Bac pro, and undo puts the list back on its prompt', async () => {
    const outcome = await mountAndFill(form, withDegrees('Bac pro logistique', 'BTS Gestion des transports et logistique associée'));
    expect(chosenText()).toBe('Bac+2');
    expect(outcome.report.filled).toContain('educationLevel');
    await outcome.undo();
    expect(level().value).toBe('');
  });

  it('takes "Bac+3/4" for a licence professionnelle and "Bac+5 et plus" for a master', async () => {
    await mountAndFill(form, withDegrees('Licence professionnelle logistique et transports'));
    expect(chosenText()).toBe('Bac+3/4');
    await mountAndFill(form, withDegrees('Master Management de la chaîne logistique'));
    expect(chosenText()).toBe('Bac+5 et plus');
  });

  it('leaves the list to the person for a titre professionnel, which exists at several levels', async () => {
    const outcome = await mountAndFill(form, withDegrees('Titre professionnel Préparateur de commandes en entrepôt'));
    expect(level().value).toBe('');
    expect(outcome.report.filled).not.toContain('educationLevel');
  });

  it('keeps a level the person chose, and says so', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = form;
    level().value = '7';
    const { fillForm } = await import('../../lib/fill/fill-form');
    const { context } = await import('./mount-form');
    const outcome = await fillForm(document, withDegrees('BTS MCO'), context);
    expect(chosenText()).toBe('Bac+5 et plus');
    expect(outcome.report.skipped).toContainEqual({ target: 'educationLevel', reason: 'not-empty' });
  });
});
