// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill } from './mount-form';

/**
 * An application form opened from the person's account: the e-mail is the account's, shown in a
 * read-only box (readonly, or aria-readonly on a box a framework locks), or a disabled one. The fill left it alone,
 * as it must, but reported the e-mail "not found", as if the page had no place for it.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const page = (lock: string, email: string) => `<form>
  <label for="prenom">Prénom</label><input id="prenom" name="prenom">
  <label for="nom">Nom</label><input id="nom" name="nom">
  <label for="courriel">Adresse e-mail</label><input id="courriel" name="courriel" type="email" value="${email}" ${lock}>
  <label for="tel">Téléphone</label><input id="tel" name="tel" type="tel">
</form>`;

describe('an e-mail box the site locked', () => {
  for (const lock of ['readonly', 'aria-readonly="true"', 'disabled']) {
    it(`reports it read-only, left as it is (${lock})`, async () => {
      const outcome = await mountAndFill(page(lock, 'mickael.fontaine59@gmail.com'), cariste);
      expect(field('courriel').value).toBe('mickael.fontaine59@gmail.com');
      expect(field('tel').value).toBe('+33612345678');
      expect(outcome.report.skipped).toContainEqual({ target: 'email', reason: 'read-only' });
      expect(outcome.report.skipped).not.toContainEqual({ target: 'email', reason: 'not-found' });
      expect(outcome.report.conflicts).toEqual([]);
    });
  }

  it('holding another address than the CV’s: still left as it is, and said so', async () => {
    const outcome = await mountAndFill(page('readonly', 'm.fontaine@exemple.fr'), cariste);
    expect(field('courriel').value).toBe('m.fontaine@exemple.fr');
    expect(outcome.report.skipped).toContainEqual({ target: 'email', reason: 'read-only' });
  });

  it('an empty locked box a script fills later is no place for the e-mail: not found, as before', async () => {
    const outcome = await mountAndFill(page('readonly', ''), cariste);
    expect(outcome.report.skipped).toContainEqual({ target: 'email', reason: 'not-found' });
  });
});
