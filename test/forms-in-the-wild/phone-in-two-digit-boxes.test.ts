// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * Older French forms (town halls, job fairs, training bodies) ask the phone number as five boxes
 * of two digits, "06 12 34 56 78", the cursor jumping from one to the next. The number did not fit
 * the first box, so it was skipped ("too-long") and the boxes stayed empty. Each box takes its
 * digits of the national number; a series that does not add up to it is left alone.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const fiveBoxes = (lengths = [2, 2, 2, 2, 2]) => `<form><label for="n">Nom</label><input id="n" name="nom">
  <label for="t1">Téléphone</label><span class="tel">${lengths.map((length, index) => `<input ${index === 0 ? 'id="t1" ' : ''}name="tel${index + 1}" maxlength="${length}" size="${length}">`).join(' ')}</span>
  <label for="c">Courriel</label><input id="c" name="courriel"></form>`;

describe('a phone number asked in two-digit boxes', () => {
  it('writes 06 12 34 56 78 across the five boxes; undo empties them', async () => {
    document.body.innerHTML = fiveBoxes();
    const before = pageState();
    const outcome = await mountAndFill(fiveBoxes(), cariste);
    expect(['tel1', 'tel2', 'tel3', 'tel4', 'tel5'].map((name) => field(name).value)).toEqual(['06', '12', '34', '56', '78']);
    expect(field('courriel').value).toBe('mickael.fontaine59@gmail.com');
    expect(outcome.report.filled).toContain('phone');
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });

  it('boxes of 2, 4 and 4 digits take 06, 1234, 5678', async () => {
    await mountAndFill(fiveBoxes([2, 4, 4]), cariste);
    expect(['tel1', 'tel2', 'tel3'].map((name) => field(name).value)).toEqual(['06', '1234', '5678']);
  });

  it('boxes that do not add up to the number are left alone, and said so', async () => {
    const { report } = await mountAndFill(fiveBoxes([2, 2, 2]), cariste);
    expect(['tel1', 'tel2', 'tel3'].map((name) => field(name).value)).toEqual(['', '', '']);
    expect(report.filled).not.toContain('phone');
    expect(report.skipped.map(({ target }) => target)).toContain('phone');
  });
});
