// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from './mount-form';

/**
 * A Workday-like education entry: "Degree" is a list of degree kinds (High School Diploma,
 * Bachelor's…), "Field of Study" a box beside it. A French CACES or CAP is none of those kinds:
 * the list was rightly left alone, but the whole diploma went into "Field of Study" instead, the
 * next box the degree rule knows, which made it the entry's subject ("Field of Study: CACES
 * R489…") while the required Degree stayed empty and the counsellor was told the entry was filled.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const entry = (n: number) => `<div class="entry"><h4>Education ${n}</h4><button type="button" aria-label="Delete Education ${n}">Delete</button>
<label for="sc${n}">School or University*</label><input id="sc${n}" name="school">
<label for="dg${n}">Degree*</label><select id="dg${n}" name="degree"><option value="">Select One</option><option>High School Diploma</option><option>Associate's Degree</option><option>Bachelor's Degree</option><option>Master's Degree</option><option>Doctorate</option></select>
<label for="fs${n}">Field of Study</label><input id="fs${n}" name="fieldOfStudy">
<fieldset><legend>To (Actual or Expected)</legend><input role="spinbutton" aria-label="Year" name="eduYear" placeholder="YYYY" maxlength="4"></fieldset></div>`;

function mount(): void {
  document.documentElement.lang = 'en';
  document.body.innerHTML = `<form><label for="first">First Name</label><input id="first" name="firstName">
<div role="group" aria-labelledby="ed-h"><h3 id="ed-h">Education</h3><div class="entries"></div><button type="button" id="add" aria-label="Add Education">Add</button></div></form>`;
  let n = 0;
  document.getElementById('add')!.addEventListener('click', () => {
    n += 1;
    const div = document.createElement('div');
    div.innerHTML = entry(n);
    div.querySelector('button')!.addEventListener('click', () => div.remove());
    document.querySelector('.entries')!.append(div);
  });
}

const value = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value;

describe('a "Degree" list that has no option for the diploma', () => {
  it('leaves Degree and Field of Study empty and says the degree found no option', async () => {
    mount();
    const plan = planOf({ fields: { firstName: 'Mickaël' }, education: [{ degree: 'CACES R489 catégories 1, 3 et 5', school: 'AFPA Valenciennes', end: '2019' }] });
    const outcome = await fillForm(document, plan, context);
    expect(value('school')).toBe('AFPA Valenciennes');
    expect(value('degree')).toBe('');
    expect(value('fieldOfStudy')).toBe('');
    expect(outcome.report.skipped).toContainEqual({ target: 'education:0.degree', reason: 'no-matching-option' });
  });

  it('still writes the diploma beside a Degree list that took it', async () => {
    mount();
    const plan = planOf({ education: [{ degree: 'Master Droit des affaires', school: 'Université de Lille', end: '2016' }] });
    await fillForm(document, plan, context);
    expect(value('degree')).toBe("Master's Degree");
    expect(value('fieldOfStudy')).toBe('Master Droit des affaires');
  });
});
