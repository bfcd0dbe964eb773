// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, planOf } from './mount-form';

/**
 * An English applicant-tracking page (Greenhouse / Lever shape): labels with a starred span, a CV
 * upload, "Current company" and "Current title" (the last job, not the one sought), a cover letter
 * and "Additional information" boxes, and eligibility questions in lists. The fill writes the
 * person's identity and contact; it never pours the skills into the cover letter or the
 * additional information, never answers the eligibility questions, never types the job sought as
 * the current title.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const page = `<form id="application_form" action="/jobs/4012/applications" method="post">
  <div class="field"><label for="first_name">First Name<span class="asterisk">*</span></label><input type="text" id="first_name" name="job_application[first_name]" autocomplete="given-name"></div>
  <div class="field"><label for="last_name">Last Name<span class="asterisk">*</span></label><input type="text" id="last_name" name="job_application[last_name]" autocomplete="family-name"></div>
  <div class="field"><label for="email">Email<span class="asterisk">*</span></label><input type="text" id="email" name="job_application[email]"></div>
  <div class="field"><label for="phone">Phone</label><input type="text" id="phone" name="job_application[phone]"></div>
  <div class="field"><label for="resume">Resume/CV<span class="asterisk">*</span></label><input type="file" id="resume" name="job_application[resume]"></div>
  <div class="field"><label for="org">Current company</label><input type="text" id="org" name="urls[org]"></div>
  <div class="field"><label for="title">Current title</label><input type="text" id="title" name="job_application[current_title]"></div>
  <div class="field"><label for="linkedin">LinkedIn Profile</label><input type="text" id="linkedin" name="urls[LinkedIn]"></div>
  <div class="field"><label for="cover_letter_text">Cover Letter</label><textarea id="cover_letter_text" name="job_application[cover_letter_text]"></textarea></div>
  <div class="field"><label for="q1">Are you legally authorised to work in France?<span class="asterisk">*</span></label>
    <select id="q1" name="job_application[answers_attributes][0][boolean_value]"><option value="">--</option><option value="1">Yes</option><option value="0">No</option></select></div>
  <div class="field"><label for="q2">Will you now or in the future require sponsorship?</label>
    <select id="q2" name="job_application[answers_attributes][1][boolean_value]"><option value="">--</option><option value="1">Yes</option><option value="0">No</option></select></div>
  <div class="field"><label for="comments">Additional information</label><textarea id="comments" name="comments" placeholder="Add a cover letter or anything else you want to share."></textarea></div>
  <input type="submit" value="Submit Application">
</form>`;

describe('an applicant-tracking page in English', () => {
  it('fills identity and contact only, and says where the skills and the job sought could not go', async () => {
    const outcome = await mountAndFill(page, planOf({ ...cariste, softSkills: ['attend to detail'] }), 'en');
    expect([field('job_application[first_name]').value, field('job_application[last_name]').value, field('job_application[email]').value]).toEqual(['Mickaël', 'FONTAINE', 'mickael.fontaine59@gmail.com']);
    expect(field('job_application[phone]').value.replace(/\D/g, '')).toMatch(/612345678$/);
    for (const name of ['urls[org]', 'job_application[current_title]', 'urls[LinkedIn]', 'job_application[cover_letter_text]', 'comments']) expect(field(name).value, name).toBe('');
    expect(field('job_application[answers_attributes][0][boolean_value]').value).toBe('');
    expect(field('job_application[answers_attributes][1][boolean_value]').value).toBe('');
    expect(outcome.report.skipped).toEqual(expect.arrayContaining([{ target: 'skills', reason: 'not-found' }, { target: 'jobTitle', reason: 'not-found' }]));
  });
});
