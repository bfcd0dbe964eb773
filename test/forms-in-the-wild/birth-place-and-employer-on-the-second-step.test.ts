// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, pageState } from './mount-form';

/**
 * Step 2 of 3 of a training-centre registration (the identity step, done, is hidden): the place of
 * birth and the current employer, in boxes whose names are the short upper-case ones of an old
 * back office ("VILLE_NAISS", "CP_NAISS", "TEL_EMP", "MAIL_EMP"). Their labels say whose place and
 * number they are; their names alone would read as the person's town, postcode, phone and e-mail.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const row = (name: string, label: string, extra = '') =>
  `<p><label for="${name}">${label}</label><input id="${name}" name="${name}" ${extra}></p>`;

const form = `<form action="/inscription" method="post">
  <ol class="steps"><li>Identité</li><li aria-current="step">Situation</li><li>Projet</li></ol>
  <div class="step" style="display:none">${row('NOM', 'Nom')}${row('PRENOM', 'Prénom')}${row('CP', 'Code postal')}${row('VILLE', 'Ville')}</div>
  <div class="step">
    <h2>Étape 2 : votre situation</h2>
    ${row('DATE_NAISS', 'Date de naissance', 'type="date"')}
    ${row('VILLE_NAISS', 'Ville de naissance')}
    ${row('CP_NAISS', 'Code postal de naissance', 'maxlength="5"')}
    ${row('NATIONALITE', 'Nationalité')}
    ${row('TEL_EMP', 'Téléphone employeur', 'type="tel"')}
    ${row('MAIL_EMP', 'E-mail employeur', 'type="email"')}
    ${row('METIER', 'Métier recherché')}
    <button type="button">Étape suivante</button>
  </div></form>`;

describe('the second step of a registration: birth place and employer', () => {
  it('writes only the job sought, never the person’s town, postcode, phone or e-mail into the birth place or the employer’s boxes', async () => {
    const outcome = await mountAndFill(form, cariste);
    expect(pageState()).toEqual([
      'NOM=', 'PRENOM=', 'CP=', 'VILLE=',
      'DATE_NAISS=', 'VILLE_NAISS=', 'CP_NAISS=', 'NATIONALITE=', 'TEL_EMP=', 'MAIL_EMP=', 'METIER=Cariste',
    ]);
    expect(outcome.report.filled).toEqual(['jobTitle']);
    expect(outcome.report.skipped).toEqual(expect.arrayContaining([
      { target: 'city', reason: 'not-found' }, { target: 'postcode', reason: 'not-found' }, { target: 'phone', reason: 'not-found' }, { target: 'email', reason: 'not-found' },
    ]));
    await outcome.undo();
    expect(field('METIER')).toBe('');
  });
});

function field(name: string): string {
  return document.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value;
}
