// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, planOf } from './mount-form';

/**
 * An application form asks the job the person holds ("Current employer", then "Job title") and the
 * one they apply for ("Position applied for"). The job sought went into the first "Job title" box
 * and the position applied for stayed empty.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const application = (withPosition: boolean) => `<form>
  <h2>Your details</h2>
  <label for="fn">First name</label><input id="fn" name="first_name">
  <label for="ln">Last name</label><input id="ln" name="last_name">
  <h2>Employment</h2>
  <label for="emp">Current employer</label><input id="emp" name="current_employer">
  <label for="jt">Job title</label><input id="jt" name="job_title">
  ${withPosition ? '<label for="pos">Position applied for</label><input id="pos" name="position">' : ''}
</form>`;

describe('a job title box beside an employer box is the job held', () => {
  it('the job sought goes to "Position applied for", not to the job title of the current employer', async () => {
    const { report } = await mountAndFill(application(true), planOf(cariste), 'en');
    expect(field('position').value).toBe('Cariste');
    expect(field('job_title').value).toBe('');
    expect(report.filled).toContain('jobTitle');
  });

  it('with no box for the job sought, the pair takes the job held, never the job sought', async () => {
    // In retraining: the job sought is one the person never held.
    const retraining = planOf({ ...cariste, fields: { ...cariste.fields, jobTitle: 'Aide-soignant' } });
    const { report } = await mountAndFill(application(false), retraining, 'en');
    expect(field('job_title').value).toBe('Cariste');
    expect(field('current_employer').value).toBe('Hainaut Logistique Services');
    expect(report.filled).not.toContain('jobTitle');
  });

  it('a French "Intitulé du poste" on its own is still the job sought', async () => {
    await mountAndFill(`<form><label for="n">Nom</label><input id="n" name="nom"><label for="p">Intitulé du poste</label><input id="p" name="poste"></form>`, planOf(cariste));
    expect(field('poste').value).toBe('Cariste');
  });
});
