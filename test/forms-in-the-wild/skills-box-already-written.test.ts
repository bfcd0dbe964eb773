// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, mountAndFill, planOf } from './mount-form';

/**
 * A skills box (or a savoir-être box) the job seeker already wrote in: the fill leaves their text
 * as it is and says so, as it does for a name or an e-mail box, so the counsellor sees the box
 * was not filled and why, and chooses.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const plan = planOf({ ...cariste, softSkills: ['faire preuve de rigueur et de précision'] });

describe('a skills text area the person already wrote in', () => {
  const page = `<form>
    <label for="comp">Vos compétences</label><textarea id="comp" name="competences">Conduite de chariots, inventaires</textarea>
    <label for="qual">Vos savoir-être</label><textarea id="qual" name="qualites">Ponctuel</textarea>
  </form>`;

  it('keeps their text and reports both boxes as conflicts with what the CV says', async () => {
    const outcome = await mountAndFill(page, plan);
    expect(document.querySelector<HTMLTextAreaElement>('textarea[name="competences"]')!.value).toBe('Conduite de chariots, inventaires');
    expect(document.querySelector<HTMLTextAreaElement>('textarea[name="qualites"]')!.value).toBe('Ponctuel');
    expect(outcome.report.listConflicts).toEqual([
      { target: 'skills', pageValue: 'Conduite de chariots, inventaires', suggested: 'utiliser un chariot élévateur\npréparer des commandes' },
      { target: 'softSkills', pageValue: 'Ponctuel', suggested: 'faire preuve de rigueur et de précision' },
    ]);
    expect(outcome.report.skipped).toEqual(expect.arrayContaining([{ target: 'skills', reason: 'not-empty' }, { target: 'softSkills', reason: 'not-empty' }]));
    expect(outcome.report.filled.filter((entry) => entry.startsWith('skills') || entry.startsWith('softSkills'))).toEqual([]);
  });
});

describe('a contenteditable skills box that holds the person’s text', () => {
  it('leaves its markup untouched and reports it', async () => {
    const outcome = await mountAndFill(
      `<form><span id="s">Compétences professionnelles</span><div contenteditable="true" role="textbox" aria-labelledby="s"><p>Gestes et postures</p></div></form>`,
      planOf({ ...cariste, softSkills: [] }),
    );
    expect(document.querySelector('[contenteditable]')!.innerHTML).toBe('<p>Gestes et postures</p>');
    expect(outcome.report.listConflicts).toEqual([{ target: 'skills', pageValue: 'Gestes et postures', suggested: 'utiliser un chariot élévateur\npréparer des commandes' }]);
  });
});

describe('the same box, once the counsellor chose the CV’s skills', () => {
  it('replaces the text, and undo puts the person’s text back', async () => {
    const page = `<form><label for="comp">Compétences</label><textarea id="comp" name="competences">Conduite de chariots</textarea></form>`;
    const outcome = await mountAndFill(page, planOf({ ...cariste, overwrite: ['skills'] }));
    const box = document.querySelector('textarea')!;
    expect(box.value).toBe('utiliser un chariot élévateur\npréparer des commandes');
    expect(outcome.report.listConflicts ?? []).toEqual([]);
    await outcome.undo();
    expect(box.value).toBe('Conduite de chariots');
  });
});
