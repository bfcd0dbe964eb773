// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, planOf } from './mount-form';

/**
 * The job sought ("Cariste", confirmed by the counsellor) is not the job the person last held. A
 * form that asks only for the last one, named "dernier_poste", must not be given the job sought:
 * people in retraining seek a job they never held.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const reconversion = planOf({ ...cariste, experiences: [], fields: { ...cariste.fields, jobTitle: 'Aide-soignant' } });

describe('the job sought is never written into a past job field', () => {
  it('leaves "Dernier poste occupé" (name dernier_poste) alone', async () => {
    const { report } = await mountAndFill(
      `<form method="post"><table>
        <tr><td>Nom :</td><td><input type="text" name="nom"></td></tr>
        <tr><td>Prénom :</td><td><input type="text" name="prenom"></td></tr>
        <tr><td>Dernier poste occupé :</td><td><input type="text" name="dernier_poste"></td></tr>
        <tr><td>Dernier employeur :</td><td><input type="text" name="dernier_employeur"></td></tr>
      </table><input type="submit" value="Valider"></form>`,
      reconversion,
    );
    expect(field('nom').value).toBe('FONTAINE');
    expect(field('dernier_poste').value).toBe('');
    expect(report.filled).not.toContain('jobTitle');
  });

  it('still fills "Poste recherché" when the form asks for it (name poste)', async () => {
    const { report } = await mountAndFill(
      `<form method="post"><table>
        <tr><td>Poste recherché :</td><td><input type="text" name="poste"></td></tr>
      </table></form>`,
      reconversion,
    );
    expect(field('poste').value).toBe('Aide-soignant');
    expect(report.filled).toContain('jobTitle');
  });
});
