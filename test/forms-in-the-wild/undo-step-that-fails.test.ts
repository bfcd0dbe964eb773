// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { addFill, reportAfterUndo } from '../../lib/fill/successive-fills';
import { undoNotice } from '../../components/use-fill';
import { translate, type MessageKey } from '../../lib/i18n';
import { fillForm } from '../../lib/fill/fill-form';
import { context, field, planOf } from './mount-form';

/**
 * A masked phone box (Inputmask-like: the library replaces the box's own `value` with a getter of
 * its mask). The page tears the mask down after the fill (a step of the wizard re-rendered), and the
 * box's value then throws. Undo went on with the other boxes but said nothing of the phone: the
 * counsellor believed the page was back as before while it still held the CV's number.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const FORM = `<form><h2>Vos coordonnées</h2>
  <label for="prenom">Prénom</label><input id="prenom" name="prenom">
  <label for="nom">Nom</label><input id="nom" name="nom">
  <label for="tel">Téléphone portable</label><input id="tel" name="tel" type="tel">
  <label for="ville">Ville</label><input id="ville" name="ville">
</form>`;

/** The library's own `value` on the box, reading its mask; `tearDown` removes the mask. */
function maskPhoneBox(box: HTMLInputElement): { tearDown: () => void } {
  const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  const holder = box as HTMLInputElement & { inputmask: { valueGet: () => string } | null };
  holder.inputmask = { valueGet: () => native.get!.call(box) as string };
  Object.defineProperty(box, 'value', {
    configurable: true,
    get() {
      return holder.inputmask!.valueGet();
    },
    set(next: string) {
      native.set!.call(box, next);
    },
  });
  return { tearDown: () => (holder.inputmask = null) };
}

const plan = planOf({ fields: { firstName: 'Amina', lastName: 'BENALI', phone: '+33612345678', city: 'Valenciennes' } });
const t = (language: 'fr' | 'en') => (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);

describe('an undo step that fails', () => {
  it('does not stop the others, and the undo names the box it could not put back', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = FORM;
    const mask = maskPhoneBox(field('tel'));
    const fills = addFill(null, await fillForm(document, plan, context));
    expect(field('tel').value).not.toBe('');
    mask.tearDown();
    await fills.undo();
    expect(['prenom', 'nom', 'ville'].map((name) => field(name).value)).toEqual(['', '', '']);
    const report = reportAfterUndo(fills);
    expect(report.notRestored).toEqual(['phone']);
    // The review screen says so, in the counsellor's language.
    const response = { ok: true as const, report };
    expect(undoNotice(response, [], plan, t('fr'), 'fr')).toBe(
      "Le formulaire a été remis comme avant le remplissage, sauf ce qui n'a pas pu l'être : Téléphone. Vérifiez ces champs sur la page et corrigez-les à la main si besoin.",
    );
    expect(undoNotice(response, [], plan, t('en'), 'en')).toBe(
      'The form was put back as it was before the fill, except what could not be: Phone. Check these fields on the page and correct them by hand if needed.',
    );
  });

  it('says the form is back as before when every step worked', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = FORM;
    const fills = addFill(null, await fillForm(document, plan, context));
    await fills.undo();
    const report = reportAfterUndo(fills);
    expect(report.notRestored).toBeUndefined();
    expect(undoNotice({ ok: true, report }, [], plan, t('fr'), 'fr')).toBe('Le formulaire a été remis comme avant le remplissage.');
  });
});
