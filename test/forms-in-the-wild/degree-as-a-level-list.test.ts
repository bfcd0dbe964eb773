// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { context, field, pageState, planOf } from './mount-form';

/**
 * Many French forms ask each training's "Diplôme" as a list of kinds (CAP / BEP, Bac pro, BTS…),
 * not as free text, with an "Ajouter une formation" button for the next block. The CV names the
 * diploma in full ("Bac pro logistique", "CAP Agent d'entreposage"): a person picks its kind.
 */
const years = `<option value="">Année</option>${Array.from({ length: 40 }, (_, i) => `<option>${2026 - i}</option>`).join('')}`;
const kinds = `<option value="">Choisir</option><option value="0">Sans diplôme</option><option value="3">CAP / BEP</option><option value="4G">Bac général</option><option value="4P">Bac professionnel</option><option value="5">BTS / DUT</option><option value="6">Licence professionnelle</option>`;
const block = (n: number) => `<div class="formation"><h3>Formation ${n}</h3>
  <label for="dip${n}">Diplôme</label><select id="dip${n}" name="dip${n}">${kinds}</select>
  <label for="etab${n}">Établissement</label><input id="etab${n}" name="etab${n}">
  <label for="an${n}">Année d'obtention</label><select id="an${n}" name="an${n}">${years}</select>
</div>`;

function mountTrainingForm(): void {
  document.body.innerHTML = `<form><h2>Formations</h2><div id="formations">${block(1)}</div>
    <button type="button" id="ajouter">+ Ajouter une formation</button></form>`;
  let count = 1;
  document.querySelector('#ajouter')!.addEventListener('click', () => {
    count += 1;
    document.querySelector('#formations')!.insertAdjacentHTML('beforeend', block(count));
  });
}

const plan = planOf({
  education: [
    { degree: 'Bac pro logistique', school: 'Lycée Alfred Kastler', end: '2012' },
    { degree: "CAP Agent d'entreposage", school: 'CFA de Valenciennes', end: '2010' },
  ],
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a diploma asked as a kind of diploma', () => {
  it('chooses "Bac professionnel" for a Bac pro and "CAP / BEP" for a CAP, in blocks it adds', async () => {
    mountTrainingForm();
    const { report } = await fillForm(document, plan, context);
    expect([field('etab1').value, field('an1').value, field('etab2').value, field('an2').value]).toEqual(['Lycée Alfred Kastler', '2012', 'CFA de Valenciennes', '2010']);
    expect(field('dip1').value).toBe('4P');
    expect(field('dip2').value).toBe('3');
    expect(report.skipped.filter((skip) => skip.target.startsWith('education'))).toEqual([]);
  });

  it('leaves the list on "Choisir" for a diploma of no kind offered', async () => {
    mountTrainingForm();
    await fillForm(document, planOf({ education: [{ degree: 'CACES R489 catégories 1, 3 et 5', school: 'AFPA', end: '2015' }] }), context);
    expect(pageState()).toEqual(['dip1=', 'etab1=AFPA', 'an1=2015']);
  });
});
