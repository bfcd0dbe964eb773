// @vitest-environment happy-dom
// The savoir-être a counsellor confirmed (profile.softSkills, and a quality found among the skills):
// into the form's own "Savoir-être" box, ticked in a checklist of qualities by the CV's words for
// them ("Rigueur" for "veiller aux détails"), or with the skills when the form has no place of
// their own. Undo takes them back.
import { afterEach, describe, expect, it } from 'vitest';
import { acceptAllAbove, buildFillPlan } from '../../lib/fill/build-fill-plan';
import { fillForm, type FillContext } from '../../lib/fill/fill-form';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { settlePage } from '../../lib/fill/wait-for-page';
import type { CvProfile } from '../../lib/types';

const context: FillContext = { isVisible: isShownByStyle, settle: () => settlePage(5), waitForRerender: () => settlePage(60), highlight: false, adapters: [] };
const SKILL = 'http://data.europa.eu/esco/skill/';

const profile: CvProfile = {
  source: { file: 'cv.pdf', kind: 'pdf-text', pages: 1, language: 'fr' },
  fields: {},
  skills: [
    { id: `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`, label: 'utiliser un chariot élévateur', confidence: 0.92, evidence: { text: 'Conduite de chariot', page: 1 } },
    { id: `${SKILL}60c78287-22eb-4103-9c8c-28deaa460da0`, label: 'travailler en équipe', confidence: 0.91, evidence: { text: "Esprit d'équipe", page: 1 } },
  ],
  softSkills: [
    { id: `${SKILL}83e6510b-ffeb-4aec-959c-4265fd0ff7b7`, label: 'veiller aux détails', confidence: 0.93, evidence: { text: 'Rigueur', page: 1 } },
    { id: `${SKILL}c29aa9d2-4da8-4bdd-831c-8d4a2fb51730`, label: 'travailler de manière autonome', confidence: 0.93, evidence: { text: 'Autonomie', page: 1 } },
    { id: `${SKILL}7a147904-22b3-498a-b4d9-7bceeb86b45d`, label: 'supporter la pression', confidence: 0.7, evidence: { text: 'Je reste calme face aux imprévus', page: 1 } },
  ],
  occupations: [],
  experiences: [],
  education: [],
  languages: [],
  drivingLicences: [],
  certifications: [],
  warnings: [],
  timings: { readMs: 0, parseMs: 0, matchMs: 0, totalMs: 0 },
};

/** Everything at or above 80 % accepted, as "Tout accepter" does. */
const plan = () => buildFillPlan(profile, acceptAllAbove(profile, {}, 0.8));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the plan', () => {
  it('takes the accepted qualities apart from the skills, with the CV\'s words for them', () => {
    const accepted = plan();
    expect(accepted.skills).toEqual(['utiliser un chariot élévateur', 'travailler en équipe']);
    // "supporter la pression" (70 %) waits for the counsellor.
    expect(accepted.softSkills).toEqual(['veiller aux détails', 'travailler de manière autonome']);
    expect(accepted.wordings?.['veiller aux détails']).toEqual(expect.arrayContaining(['Rigueur', 'Minutie']));
    expect(accepted.wordings?.['travailler en équipe']).toEqual(expect.arrayContaining(["Esprit d'équipe", 'Travail en équipe']));
    // A trade skill has no such words.
    expect(accepted.wordings?.['utiliser un chariot élévateur']).toBeUndefined();
  });

  it('a rejected quality is never written', () => {
    const decisions = { ...acceptAllAbove(profile, {}, 0.8), 'softSkill:0': { status: 'rejected' as const } };
    expect(buildFillPlan(profile, decisions).softSkills).toEqual(['travailler de manière autonome']);
  });
});

describe('the fill', () => {
  it('a form with a "Savoir-être" box: the qualities there, the skills in theirs', async () => {
    document.body.innerHTML = `<form>
      <label for="competences">Compétences</label><textarea id="competences" name="competences"></textarea>
      <label for="savoir-etre">Savoir-être professionnels</label><textarea id="savoir-etre" name="savoir_etre"></textarea>
    </form>`;
    const fill = await fillForm(document, plan(), context);
    expect((document.getElementById('competences') as HTMLTextAreaElement).value).toBe('utiliser un chariot élévateur\ntravailler en équipe');
    expect((document.getElementById('savoir-etre') as HTMLTextAreaElement).value).toBe('veiller aux détails\ntravailler de manière autonome');
    await fill.undo();
    expect((document.getElementById('savoir-etre') as HTMLTextAreaElement).value).toBe('');
  });

  it('a form with one skills box only: the qualities follow the skills, nothing is left out', async () => {
    document.body.innerHTML = `<form><label for="competences">Vos compétences (séparées par des virgules)</label><input id="competences" name="competences"></form>`;
    const fill = await fillForm(document, plan(), context);
    expect((document.getElementById('competences') as HTMLInputElement).value).toBe('utiliser un chariot élévateur, travailler en équipe, veiller aux détails, travailler de manière autonome');
    expect(fill.report.skipped.filter((skip) => skip.target === 'softSkills')).toEqual([]);
    // Each named as what it is: a frame with a box of its own for the qualities is not sent them again.
    expect(fill.report.filled).toEqual(['skills:utiliser un chariot élévateur', 'skills:travailler en équipe', 'softSkills:veiller aux détails', 'softSkills:travailler de manière autonome']);
  });

  it('France Travail\'s own list of savoir-être professionnels (ROME\'s wording): "Rigueur" ticks "Faire preuve de rigueur et de précision"', async () => {
    const qualities = ["Faire preuve d'autonomie", "Avoir l'esprit d'équipe", 'Faire preuve de rigueur et de précision', 'Faire preuve de réactivité', 'Faire preuve de contrôle de soi', 'Faire preuve de leadership'];
    document.body.innerHTML = `<form><fieldset><legend>Savoir-être professionnels (3 maximum)</legend>${qualities
      .map((quality, index) => `<label><input type="checkbox" name="se" value="${index}"> ${quality}</label>`)
      .join('')}</fieldset></form>`;
    const ticked = () => [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => qualities[Number(box.value)]);
    await fillForm(document, plan(), context);
    expect(ticked()).toEqual(["Faire preuve d'autonomie", "Avoir l'esprit d'équipe", 'Faire preuve de rigueur et de précision']);
  });

  it('never ticks more qualities than the question allows ("2 maximum"), and says which were left', async () => {
    const qualities = ["Faire preuve d'autonomie", "Avoir l'esprit d'équipe", 'Faire preuve de rigueur et de précision', 'Faire preuve de leadership'];
    document.body.innerHTML = `<form><fieldset><legend>Vos savoir-être (2 maximum)</legend>${qualities
      .map((quality, index) => `<label><input type="checkbox" name="se" value="${index}"> ${quality}</label>`)
      .join('')}</fieldset></form>`;
    const fill = await fillForm(document, plan(), context);
    expect(document.querySelectorAll('input:checked')).toHaveLength(2);
    expect(fill.report.skipped).toContainEqual({ target: 'softSkills:travailler de manière autonome', reason: 'too-many' });
  });

  it('a checklist of savoir-être (France Travail\'s list): the boxes the CV\'s qualities say are ticked, undo unticks them', async () => {
    const qualities = ['Autonomie', "Capacité d'adaptation", 'Curiosité', 'Gestion du stress', 'Persévérance', 'Réactivité', 'Rigueur', "Sens de l'organisation", 'Travail en équipe'];
    document.body.innerHTML = `<form><fieldset><legend>Vos savoir-être professionnels</legend>${qualities
      .map((quality, index) => `<label><input type="checkbox" name="savoir_etre" value="${index}"> ${quality}</label>`)
      .join('')}</fieldset></form>`;
    const ticked = () => [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => qualities[Number(box.value)]);
    const fill = await fillForm(document, plan(), context);
    expect(ticked()).toEqual(['Autonomie', 'Rigueur', 'Travail en équipe']);
    expect(fill.report.filled).toEqual(expect.arrayContaining(['softSkills:veiller aux détails', 'softSkills:travailler de manière autonome', 'skills:travailler en équipe']));
    await fill.undo();
    expect(ticked()).toEqual([]);
  });
});
