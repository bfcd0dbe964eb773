// @vitest-environment happy-dom
// The certificates a CV names (CACES, SST, habilitation électrique…): each confirmed or corrected on
// the review screen, written into the form's own "Habilitations / Certifications" box, never into
// the skills or the driving licences, and taken back by undo. A form without such a box is told.
import { afterEach, describe, expect, it } from 'vitest';
import { acceptAllAbove, buildFillPlan, reviewRows } from '../../lib/fill/build-fill-plan';
import { classifyControl } from '../../lib/fill/classify-control';
import { describeControl } from '../../lib/fill/describe-control';
import { fillForm, type FillContext } from '../../lib/fill/fill-form';
import { fillPlanIsEmpty } from '../../lib/fill/fill-plan';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { settlePage } from '../../lib/fill/wait-for-page';
import type { CvProfile } from '../../lib/types';
import { planParts, planWith, partsOf } from '../../utils/frame-shares';

const context: FillContext = { isVisible: isShownByStyle, settle: () => settlePage(5), waitForRerender: () => settlePage(60), highlight: false, adapters: [] };

const profile: CvProfile = {
  source: { file: 'cv.pdf', kind: 'pdf-text', pages: 1, language: 'fr' },
  fields: {},
  skills: [{ id: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da', label: 'utiliser un chariot élévateur', confidence: 0.92, evidence: { text: 'Conduite de chariot', page: 1 } }],
  occupations: [],
  experiences: [],
  education: [],
  languages: [],
  drivingLicences: ['B'],
  certifications: [
    { label: 'CACES R489 cat. 1, 3 et 5', evidence: { text: 'CACES R489 cat. 1, 3 et 5 (valide jusqu’en 2028)', page: 1 } },
    { label: 'SST', evidence: { text: 'Sauveteur Secouriste du Travail (SST)', page: 1 } },
    { label: 'Habilitation électrique B0', evidence: { text: 'Habilitation électrique B0', page: 1 } },
  ],
  warnings: [],
  timings: { readMs: 0, parseMs: 0, matchMs: 0, totalMs: 0 },
};

const allAccepted = () => acceptAllAbove(profile, {}, 0.8);
const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement).value;

function classify(html: string): string | null {
  document.body.innerHTML = html;
  return classifyControl(describeControl(document.querySelector('input, textarea') as HTMLInputElement))?.target ?? null;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the plan', () => {
  it('has a review row per certificate, accepted by "Tout accepter", and carries what the counsellor corrected', () => {
    expect(reviewRows(profile).filter((row) => row.key.startsWith('certification:'))).toHaveLength(3);
    const decisions = { ...allAccepted(), 'certification:0': { status: 'accepted' as const, value: 'CACES R489 catégories 1, 3 et 5' }, 'certification:2': { status: 'rejected' as const } };
    const plan = buildFillPlan(profile, decisions);
    expect(plan.certifications).toEqual(['CACES R489 catégories 1, 3 et 5', 'SST']);
    // Never mixed into the skills or the licences.
    expect(plan.skills).toEqual(['utiliser un chariot élévateur']);
    expect(plan.drivingLicences).toEqual(['B']);
  });

  it('a certificate alone is something to fill', () => {
    const plan = buildFillPlan(profile, { 'certification:1': { status: 'accepted' } });
    expect(plan.certifications).toEqual(['SST']);
    expect(fillPlanIsEmpty(plan)).toBe(false);
  });

  it('goes whole to the frame that has the box for it', () => {
    const plan = buildFillPlan(profile, allAccepted());
    expect(planParts(plan)).toContain('certifications');
    expect(planWith(plan, ['skills']).certifications).toEqual([]);
    expect(planWith(plan, ['certifications']).certifications).toHaveLength(3);
    expect(partsOf('certifications:SST')).toEqual(['certifications']);
  });
});

describe('the box for the certificates', () => {
  it('is found by its label, in French and in English', () => {
    expect(classify('<label for="h">Habilitations et certifications</label><textarea id="h"></textarea>')).toBe('certifications');
    expect(classify('<label for="h">Vos certificats (CACES, SST…)</label><input id="h">')).toBe('certifications');
    expect(classify('<label for="h">Certifications</label><input id="h" name="x">')).toBe('certifications');
    expect(classify('<label for="h">Licences &amp; certifications</label><textarea id="h"></textarea>')).toBe('certifications');
  });

  it('is not a box about a document, a number or a date, nor one shared with the licences or the skills', () => {
    expect(classify('<label for="h">Numéro de certification</label><input id="h">')).not.toBe('certifications');
    expect(classify('<label for="h">Date d’obtention de la certification</label><input id="h">')).not.toBe('certifications');
    expect(classify('<label for="h">Certificat de travail (PDF)</label><input id="h">')).not.toBe('certifications');
    expect(classify('<label for="h">Certificat médical</label><input id="h">')).not.toBe('certifications');
    expect(classify('<label for="h">Permis et habilitations</label><input id="h">')).toBe('drivingLicences');
    expect(classify('<label for="h">Compétences et certifications</label><textarea id="h"></textarea>')).toBe('skills');
  });
});

describe('the fill', () => {
  it('writes the certificates into their box, one per line, apart from the skills; undo empties it', async () => {
    document.body.innerHTML = `<form>
      <label for="competences">Compétences</label><textarea id="competences"></textarea>
      <label for="habilitations">Habilitations et certifications</label><textarea id="habilitations"></textarea>
    </form>`;
    const fill = await fillForm(document, buildFillPlan(profile, allAccepted()), context);
    expect(value('habilitations')).toBe('CACES R489 cat. 1, 3 et 5\nSST\nHabilitation électrique B0');
    expect(value('competences')).toBe('utiliser un chariot élévateur');
    expect(fill.report.filled).toContain('certifications:SST');
    await fill.undo();
    expect(value('habilitations')).toBe('');
  });

  it('keeps what the person wrote in the box: a conflict the counsellor decides, then Replace writes the CV\'s list', async () => {
    document.body.innerHTML = `<form><label for="habilitations">Certifications</label><input id="habilitations" value="PSC1"></form>`;
    const plan = buildFillPlan(profile, allAccepted());
    const first = await fillForm(document, plan, context);
    expect(value('habilitations')).toBe('PSC1');
    expect(first.report.listConflicts).toEqual([{ target: 'certifications', pageValue: 'PSC1', suggested: 'CACES R489 cat. 1, 3 et 5, SST, Habilitation électrique B0' }]);
    const replaced = await fillForm(document, { ...plan, overwrite: ['certifications'] }, context);
    expect(value('habilitations')).toBe('CACES R489 cat. 1, 3 et 5, SST, Habilitation électrique B0');
    await replaced.undo();
    expect(value('habilitations')).toBe('PSC1');
  });

  it('a form with no box for them says so, and puts them nowhere else', async () => {
    document.body.innerHTML = `<form><label for="competences">Compétences</label><textarea id="competences"></textarea></form>`;
    const fill = await fillForm(document, buildFillPlan(profile, allAccepted()), context);
    expect(value('competences')).toBe('utiliser un chariot élévateur');
    expect(fill.report.skipped).toContainEqual({ target: 'certifications', reason: 'not-found' });
  });
});
