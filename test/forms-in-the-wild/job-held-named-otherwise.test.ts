// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, planOf } from './mount-form';

/**
 * English applications ask the job the person holds ("Current employer", then "Job title") and the
 * one they apply for. Round 5 saw the job sought typed into the job held's box; it still was when
 * the pair is named only by placeholders, and the job sought was lost altogether when the job held's
 * box carries autocomplete="organization-title" (the browser's token for a job title): that
 * stronger evidence beat "Position applied for", then the job held's box was set aside, and the job
 * sought went nowhere. In retraining, the job sought is one the person never held.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const retraining = planOf({ ...cariste, fields: { ...cariste.fields, jobTitle: 'Aide-soignant' } });

describe('the job held, however its boxes are named, never gets the job sought', () => {
  it('a pair named by placeholders only', async () => {
    const { report } = await mountAndFill(`<form class="quick-apply">
      <input name="first_name" placeholder="First name"><input name="last_name" placeholder="Last name">
      <input name="employer" placeholder="Current employer"><input name="job_title" placeholder="Job title">
    </form>`, retraining, 'en');
    expect(field('job_title').value).not.toBe('Aide-soignant');
    expect(report.filled).not.toContain('jobTitle');
  });

  it('a job held marked autocomplete="organization-title" leaves the job sought to "Position applied for"', async () => {
    const { report } = await mountAndFill(`<form>
      <label for="pos">Position applied for</label><input id="pos" name="position">
      <label for="emp">Current employer</label><input id="emp" name="employer" autocomplete="organization">
      <label for="jt">Job title</label><input id="jt" name="title" autocomplete="organization-title">
    </form>`, retraining, 'en');
    expect(field('position').value).toBe('Aide-soignant');
    expect(field('title').value).not.toBe('Aide-soignant');
    expect(report.filled).toContain('jobTitle');
  });
});
