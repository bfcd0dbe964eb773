// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * An English recruitment agency's registration: "Desired job location (city)" and "Desired
 * salary" beside the job wanted, and a referee's name and e-mail under a "Referee" heading before
 * the person's own contact details. The job title goes to the job wanted only; the person's name
 * and e-mail to their own boxes only.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const box = (label: string, name: string) => `<div class="form-row"><label for="${name}">${label}</label><input id="${name}" name="${name}"></div>`;

const page = `<form>
  <h3>Your search</h3>${box('Desired job location (city)', 'job_city')}${box('Desired salary', 'salary')}${box('What job are you looking for?', 'job')}
  <h3>Referee</h3>${box('Name', 'ref_name')}${box('Email', 'ref_email')}
  <h3>Your details</h3>${box('First name', 'fn')}${box('Last name', 'ln')}${box('Email address', 'email')}${box('Town or city', 'city')}
</form>`;

describe('a desired location and a referee beside the person’s own boxes', () => {
  it('writes the job, the name, the e-mail and the town only where they are the person’s', async () => {
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, planOf({ ...cariste, softSkills: [] }), 'en');
    for (const name of ['job_city', 'salary', 'ref_name', 'ref_email']) expect(field(name).value, name).toBe('');
    expect(['job', 'fn', 'ln', 'email', 'city'].map((name) => field(name).value)).toEqual(['Cariste', 'Mickaël', 'FONTAINE', 'mickael.fontaine59@gmail.com', 'Valenciennes']);
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });
});
