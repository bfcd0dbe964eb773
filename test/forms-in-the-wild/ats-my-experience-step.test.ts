// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * An applicant-tracking "My Experience" step (Workday's shape): every section starts empty with an
 * "Add" button named only by its aria-label ("Add Work Experience"); an entry has "Job Title*",
 * "Company*", "I currently work here", dates as two spin boxes (MM, YYYY) under a "From*" / "To*"
 * legend, and a delete button; languages have a proficiency list per use (Reading, Speaking,
 * Writing) on words, not CEFR codes; skills are pills made by Enter in a search prompt; "Websites"
 * and the CV upload are never touched. Undo deletes the entries and pills the fill made.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const PROF = ['Beginner', 'Intermediate', 'Advanced', 'Fluent', 'Native'].map((l) => `<option value="${l.toLowerCase()}">${l}</option>`).join('');
const workday = `<div data-automation-id="applyFlowMyExpPage"><h2>My Experience</h2>
<div role="group" aria-labelledby="we-h"><h3 id="we-h">Work Experience</h3><div class="entries"></div>
<button type="button" data-automation-id="Add" aria-label="Add Work Experience">Add</button></div>
<div role="group" aria-labelledby="ed-h"><h3 id="ed-h">Education</h3><div class="entries"></div><button type="button" data-automation-id="Add" aria-label="Add Education">Add</button></div>
<div role="group" aria-labelledby="la-h"><h3 id="la-h">Languages</h3><div class="entries"></div><button type="button" data-automation-id="Add" aria-label="Add Languages">Add</button></div>
<div role="group" aria-labelledby="sk-h"><h3 id="sk-h">Skills</h3><label for="skills">Type to Add Skills</label><input id="skills" data-automation-id="searchBox" placeholder="Search"><ul id="chosen-skills"></ul></div>
<div role="group" aria-labelledby="ws-h"><h3 id="ws-h">Websites</h3><div class="entries"></div><button type="button" data-automation-id="Add" aria-label="Add Websites">Add</button></div>
<div role="group" aria-labelledby="cv-h"><h3 id="cv-h">Resume/CV</h3><input type="file" data-automation-id="file-upload-input-ref"></div>
</div>`;
const templates: Record<string, (n: number) => string> = {
  'Work Experience': (n) => `<h4>Work Experience ${n}</h4><button type="button" aria-label="Delete Work Experience ${n}">Delete</button>
<label for="jt${n}">Job Title*</label><input id="jt${n}" name="jobTitle">
<label for="co${n}">Company*</label><input id="co${n}" name="company">
<label for="lo${n}">Location</label><input id="lo${n}" name="location">
<label><input type="checkbox" name="currentlyWorkHere"> I currently work here</label>
<fieldset><legend>From*</legend><input role="spinbutton" aria-label="Month" name="fromMonth" placeholder="MM" maxlength="2"><input role="spinbutton" aria-label="Year" name="fromYear" placeholder="YYYY" maxlength="4"></fieldset>
<fieldset><legend>To*</legend><input role="spinbutton" aria-label="Month" name="toMonth" placeholder="MM" maxlength="2"><input role="spinbutton" aria-label="Year" name="toYear" placeholder="YYYY" maxlength="4"></fieldset>
<label for="rd${n}">Role Description</label><textarea id="rd${n}" name="description"></textarea>`,
  Education: (n) => `<h4>Education ${n}</h4><button type="button" aria-label="Delete Education ${n}">Delete</button>
<label for="sc${n}">School or University*</label><input id="sc${n}" name="school">
<label for="dg${n}">Degree*</label><select id="dg${n}" name="degree"><option value="">Select One</option><option>High School Diploma</option><option>Associate's Degree</option><option>Bachelor's Degree</option><option>Master's Degree</option><option>Doctorate</option><option>Vocational Certificate</option></select>
<label for="fs${n}">Field of Study</label><input id="fs${n}" name="fieldOfStudy">
<label for="gpa${n}">Overall Result (GPA)</label><input id="gpa${n}" name="gpa">
<fieldset><legend>To (Actual or Expected)</legend><input role="spinbutton" aria-label="Year" name="eduYear" placeholder="YYYY" maxlength="4"></fieldset>`,
  Languages: (n) => `<h4>Languages ${n}</h4><button type="button" aria-label="Delete Languages ${n}">Delete</button>
<label for="ln${n}">Language*</label><select id="ln${n}" name="language"><option value="">Select One</option><option>English</option><option>French</option><option>German</option><option>Spanish</option></select>
<label><input type="checkbox" name="fluent"> I am fluent in this language.</label>
<label for="rp${n}">Reading Proficiency</label><select id="rp${n}" name="reading"><option value="">Select One</option>${PROF}</select>
<label for="sp${n}">Speaking Proficiency</label><select id="sp${n}" name="speaking"><option value="">Select One</option>${PROF}</select>
<label for="wp${n}">Writing Proficiency</label><select id="wp${n}" name="writing"><option value="">Select One</option>${PROF}</select>`,
  Websites: (n) => `<label for="url${n}">URL*</label><input id="url${n}" name="url">`,
};
function wire() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-automation-id="Add"]')) {
    const kind = button.getAttribute('aria-label')!.replace('Add ', '');
    let n = 0;
    button.addEventListener('click', () => {
      n += 1;
      const div = document.createElement('div');
      div.innerHTML = templates[kind]!(n);
      div.querySelector('button')?.addEventListener('click', () => div.remove());
      button.parentElement!.querySelector('.entries')!.append(div);
    });
  }
  // The skills prompt: Enter makes a pill of what was typed, each with its delete charm.
  const box = document.getElementById('skills') as HTMLInputElement;
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !box.value.trim()) return;
    event.preventDefault();
    const pill = document.createElement('li');
    pill.setAttribute('data-automation-id', 'selectedItem');
    pill.innerHTML = `<p></p><div role="button" tabindex="0" data-automation-id="DELETE_charm" aria-label="Delete">×</div>`;
    pill.querySelector('p')!.textContent = box.value.trim();
    pill.querySelector('[role="button"]')!.addEventListener('click', () => pill.remove());
    document.getElementById('chosen-skills')!.append(pill);
    box.value = '';
  });
}

const plan = planOf({
  ...cariste,
  languages: [{ language: 'en', level: 'B1' }, { language: 'es', level: 'C1' }],
  education: [{ degree: 'CACES R489 catégories 1, 3 et 5', school: 'AFPA Valenciennes', end: '2019' }],
});
const values = (selector: string, name: string) => [...document.querySelectorAll<HTMLInputElement>(`${selector} [name="${name}"]`)].map((control) => (control.type === 'checkbox' ? String(control.checked) : control.value));
const pills = () => [...document.querySelectorAll('#chosen-skills p')].map((pill) => pill.textContent);

describe('a "My Experience" step of an applicant-tracking system', () => {
  it('adds an entry per job, diploma and language through the Add buttons, and a pill per skill', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = workday;
    wire();
    const outcome = await fillForm(document, plan, context);
    const work = '[aria-labelledby="we-h"]';
    expect(values(work, 'jobTitle')).toEqual(['Cariste', 'Préparateur de commandes']);
    expect(values(work, 'company')).toEqual(['Hainaut Logistique Services', 'Adecco']);
    expect(values(work, 'currentlyWorkHere')).toEqual(['true', 'false']);
    expect([values(work, 'fromMonth'), values(work, 'fromYear')]).toEqual([['03', '03'], ['2019', '2016']]);
    expect([values(work, 'toMonth'), values(work, 'toYear')]).toEqual([['', '12'], ['', '2018']]);
    expect(values(work, 'location')).toEqual(['', '']);
    expect(values(work, 'description')).toEqual(['', '']);
    const education = '[aria-labelledby="ed-h"]';
    expect(values(education, 'school')).toEqual(['AFPA Valenciennes']);
    expect(values(education, 'eduYear')).toEqual(['2019']);
    expect(values(education, 'gpa')).toEqual(['']);
    const languages = '[aria-labelledby="la-h"]';
    expect(values(languages, 'language')).toEqual(['English', 'Spanish']);
    expect([values(languages, 'reading'), values(languages, 'speaking'), values(languages, 'writing')]).toEqual([['intermediate', 'advanced'], ['intermediate', 'advanced'], ['intermediate', 'advanced']]);
    expect(pills()).toEqual(['utiliser un chariot élévateur', 'préparer des commandes']);
    expect(document.querySelectorAll('[aria-labelledby="ws-h"] input')).toHaveLength(0);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1', 'education:0', 'language:en', 'language:es', 'skills:utiliser un chariot élévateur', 'skills:préparer des commandes']));

    expect(await outcome.undo()).toEqual([]);
    expect(document.querySelectorAll('.entries > div')).toHaveLength(0);
    expect(pills()).toEqual([]);
  });
});
