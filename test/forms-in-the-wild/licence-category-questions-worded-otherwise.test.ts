// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountAndFill, pageState, planOf } from './mount-form';

/**
 * One yes/no question per licence category, worded as forms word them: "Permis de conduire B",
 * "Disposez-vous du permis poids lourd (C) ?". Only "Permis B" and "Catégorie B" right after the
 * word were read, so these were left unanswered and the licences reported not found. And a
 * question about a licence to take ("Souhaitez-vous passer le permis C ?") was answered "Oui" as if
 * it were held.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const yesNo = (name: string) => `<label><input type="radio" name="${name}" value="oui"> Oui</label><label><input type="radio" name="${name}" value="non"> Non</label>`;
const page = `<form>
  <div class="q"><span class="question">Êtes-vous véhiculé(e) ?</span>${yesNo('vehicule')}</div>
  <div class="q"><span class="question">Permis de conduire B</span>${yesNo('permis_b')}</div>
  <div class="q"><p>Disposez-vous du permis poids lourd (C) ?</p>${yesNo('permis_c')}</div>
  <div class="q"><p>Permis D (transport en commun) :</p>${yesNo('permis_d')}</div>
  <div class="q"><p>Souhaitez-vous passer le permis CE ?</p>${yesNo('passer_ce')}</div>
</form>`;

describe('licence categories asked one question each, worded otherwise', () => {
  it('answers "Oui" for the categories held, nothing else, and undo takes the answers back', async () => {
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, planOf({ drivingLicences: ['B', 'C', 'CE'] }));
    expect(pageState()).toEqual([
      'vehicule=false', 'vehicule=false', 'permis_b=true', 'permis_b=false', 'permis_c=true', 'permis_c=false',
      'permis_d=false', 'permis_d=false', 'passer_ce=false', 'passer_ce=false',
    ]);
    expect(outcome.report.filled).toEqual(['drivingLicence:B', 'drivingLicence:C']);
    expect(outcome.report.skipped).toContainEqual({ target: 'drivingLicence:CE', reason: 'not-found' });
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });
});
