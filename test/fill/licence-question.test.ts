// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from '../forms-in-the-wild/mount-form';

const question = (legend: string, name = 'permis') => `<fieldset><legend>${legend}</legend>
  <label><input type="radio" name="${name}" value="1"> Oui</label>
  <label><input type="radio" name="${name}" value="0"> Non</label></fieldset>`;
const categories = (...codes: string[]) => `<div id="cats" style="display:none"><fieldset><legend>Catégories</legend>${codes
  .map((code) => `<label><input type="checkbox" name="cat" value="${code}"> Permis ${code}</label>`)
  .join('')}</fieldset></div>`;

/** Shows the categories once "Oui" is chosen, as the page's script would. */
function revealOnYes(): void {
  const cats = document.querySelector<HTMLElement>('#cats');
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
    radio.addEventListener('change', () => {
      if (cats) cats.style.display = radio.value === '1' && radio.checked ? '' : 'none';
    });
  }
}

/** Mounts the form with its script, then fills it for a job seeker holding these licences. */
function fill(html: string, licences: string[]) {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = html;
  revealOnYes();
  return fillForm(document, planOf({ drivingLicences: licences }), context);
}

const checked = () => [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => `${input.name}=${input.value}`);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a yes/no question about holding a driving licence', () => {
  it('answers "Oui" to "Êtes-vous titulaire du permis de conduire ?" and ticks what it reveals', async () => {
    const { report, undo } = await fill(`<form>${question('Êtes-vous titulaire du permis de conduire ?')}${categories('B', 'C', 'CE')}</form>`, ['B', 'CE']);
    expect(checked()).toEqual(['permis=1', 'cat=B', 'cat=CE']);
    expect(report.filled).toEqual(['drivingLicences', 'drivingLicence:B', 'drivingLicence:CE']);
    await undo();
    expect(checked()).toEqual([]);
    expect(document.querySelector<HTMLElement>('#cats')!.style.display).toBe('none');
  });

  it('reports a category the revealed boxes do not offer', async () => {
    const { report } = await fill(`<form>${question('Permis de conduire')}${categories('A', 'B')}</form>`, ['B', 'C']);
    expect(checked()).toEqual(['permis=1', 'cat=B']);
    expect(report.skipped).toContainEqual({ target: 'drivingLicence:C', reason: 'not-found' });
  });

  it('lets the "Oui" stand for the licences when the page asks nothing more', async () => {
    const { report } = await fill(`<form>${question('Avez-vous le permis ?')}</form>`, ['B']);
    expect(checked()).toEqual(['permis=1']);
    expect(report.filled).toEqual(['drivingLicences']);
    expect(report.skipped.filter((skip) => skip.target.startsWith('drivingLicence'))).toEqual([]);
  });

  it('leaves other permits, vehicle questions and questions about another category alone', async () => {
    for (const legend of ['Avez-vous un permis de travail ?', 'Avez-vous le permis de conduire et un véhicule ?', 'Permis C : êtes-vous titulaire du permis C ?', 'Permis CACES', "N'avez-vous pas le permis de conduire ?"]) {
      await fill(`<form>${question(legend)}</form>`, ['B']);
      expect(checked(), legend).toEqual([]);
    }
  });

  it('ticks a lone "J\'ai le permis de conduire" box, never a "sans permis" one', async () => {
    const box = (label: string, name: string) => `<label><input type="checkbox" name="${name}" value="1"> ${label}</label>`;
    const { report } = await fill(`<form>${box('Je suis sans permis de conduire', 'sans')}${box("J'ai le permis de conduire", 'avec')}</form>`, ['B']);
    expect(checked()).toEqual(['avec=1']);
    expect(report.filled).toEqual(['drivingLicences']);
  });

  it('keeps an answer already given on the page', async () => {
    const { report } = await fill(
      `<form><fieldset><legend>Avez-vous le permis de conduire ?</legend>
        <label><input type="radio" name="permis" value="1"> Oui</label>
        <label><input type="radio" name="permis" value="0" checked> Non</label></fieldset></form>`,
      ['B'],
    );
    expect(checked()).toEqual(['permis=0']);
    expect(report.skipped).toContainEqual({ target: 'drivingLicences', reason: 'not-empty' });
  });
});
