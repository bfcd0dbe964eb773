// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * A job board's mobility block asks each licence as its own yes/no question ("Permis B : ( ) Oui
 * ( ) Non"). The person already answered "Non" for the B (a licence suspended since the CV was
 * written) and left the C unanswered. The CV's B must not change the person's answer.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const question = (name: string, text: string, answer?: 'oui' | 'non') =>
  `<div class="question"><span class="question__label">${text} :</span>
    <label><input type="radio" name="${name}" value="oui"${answer === 'oui' ? ' checked' : ''}> Oui</label>
    <label><input type="radio" name="${name}" value="non"${answer === 'non' ? ' checked' : ''}> Non</label></div>`;

const form = (answerB?: 'oui' | 'non') => `<form><h2>Mobilité</h2>
  ${question('permisB', 'Permis B', answerB)}
  ${question('permisC', 'Permis C')}
  ${question('vehicule', 'Véhicule personnel')}
  <label for="n">Nom</label><input id="n" name="nom"></form>`;

describe('licence questions answered one by one', () => {
  it('keeps the person’s "Non" for the B, reports it, and answers the C', async () => {
    const outcome = await mountAndFill(form('non'), cariste);
    expect(pageState()).toEqual(['permisB=false', 'permisB=true', 'permisC=true', 'permisC=false', 'vehicule=false', 'vehicule=false', 'nom=FONTAINE']);
    expect(outcome.report.skipped).toContainEqual({ target: 'drivingLicence:B', reason: 'not-empty' });
    expect(outcome.report.filled).toContain('drivingLicence:C');
    expect(outcome.report.filled).not.toContain('drivingLicence:B');
    await outcome.undo();
    expect(pageState()).toEqual(['permisB=false', 'permisB=true', 'permisC=false', 'permisC=false', 'vehicule=false', 'vehicule=false', 'nom=']);
  });

  it('answers both when nothing was answered, and undo takes both back', async () => {
    const outcome = await mountAndFill(form(), cariste);
    expect(pageState()).toEqual(['permisB=true', 'permisB=false', 'permisC=true', 'permisC=false', 'vehicule=false', 'vehicule=false', 'nom=FONTAINE']);
    await outcome.undo();
    expect(pageState()).toEqual(['permisB=false', 'permisB=false', 'permisC=false', 'permisC=false', 'vehicule=false', 'vehicule=false', 'nom=']);
  });

  it('reports an answer "Oui" already given as already there', async () => {
    const outcome = await mountAndFill(form('oui'), cariste);
    expect(pageState().slice(0, 2)).toEqual(['permisB=true', 'permisB=false']);
    expect(outcome.report.skipped).toContainEqual({ target: 'drivingLicence:B', reason: 'already-present' });
  });
});
