// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill } from './mount-form';

/**
 * Older French forms ask "Code postal et ville" (or "CP / Ville", "Code postal - Commune") in one
 * box under the street's. The box names two fields, so it was known as neither: left empty, and the
 * postcode and town were added to the street's box instead ("27 rue Jean Jaurès, 59300
 * Valenciennes"). They go together in their own box, as a person writes them.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('postcode and town asked in one box', () => {
  for (const label of ['Code postal et ville', 'CP / Ville', 'Code postal - Commune', 'Code postal, localité']) {
    it(`"${label}": "59300 Valenciennes" there, the street alone in its box`, async () => {
      const { report } = await mountAndFill(`<form><label for="n">Nom</label><input id="n" name="nom">
        <label for="a">Adresse</label><input id="a" name="adresse">
        <label for="cv">${label}</label><input id="cv" name="cp_ville"></form>`, cariste);
      expect(field('adresse').value).toBe('27 rue Jean Jaurès');
      expect(field('cp_ville').value).toBe('59300 Valenciennes');
      expect(report.filled).toEqual(expect.arrayContaining(['address', 'postcode', 'city']));
    });
  }

  it('a box of its own for the town beside it: the postcode box is not taken for both', async () => {
    await mountAndFill(`<form><label for="a">Adresse</label><input id="a" name="adresse">
      <label for="cp">Code postal</label><input id="cp" name="cp"><label for="v">Ville</label><input id="v" name="ville"></form>`, cariste);
    expect([field('adresse').value, field('cp').value, field('ville').value]).toEqual(['27 rue Jean Jaurès', '59300', 'Valenciennes']);
  });

  it('a "Ville de naissance / code postal" box is no address', async () => {
    await mountAndFill(`<form><label for="a">Adresse</label><input id="a" name="adresse">
      <label for="vn">Code postal et ville de naissance</label><input id="vn" name="naissance"></form>`, cariste);
    expect(field('naissance').value).toBe('');
  });
});
