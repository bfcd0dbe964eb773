// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill } from './mount-form';

/**
 * Phone boxes of home-made forms that say what they take in the label itself ("Numéro de
 * portable (10 chiffres, sans espaces)") or that are number inputs (`type="number"`), where a
 * browser empties a value that is no number ("+33…"). The plan holds "+33612345678".
 */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('a phone box whose label says its shape', () => {
  it('writes ten digits without spaces for "(10 chiffres, sans espaces)"', async () => {
    await mountAndFill(`<form><label for="t">Numéro de portable (10 chiffres, sans espaces)</label><input id="t" name="tel" type="tel"></form>`, cariste);
    expect(field('tel').value).toBe('0612345678');
  });

  it('writes the example\'s shape for "Téléphone (ex : 06 12 34 56 78)"', async () => {
    await mountAndFill(`<form><label for="t">Téléphone (ex : 06 12 34 56 78)</label><input id="t" name="tel"></form>`, cariste);
    expect(field('tel').value).toBe('06 12 34 56 78');
  });
});

describe('a phone box that is a number input', () => {
  it('writes the national digits, which a number box keeps', async () => {
    const outcome = await mountAndFill(`<form><label for="t">Téléphone</label><input id="t" name="tel" type="number"></form>`, cariste);
    expect(field('tel').value).toBe('0612345678');
    expect(outcome.report.filled).toContain('phone');
  });
});
