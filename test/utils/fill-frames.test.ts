import { describe, expect, it } from 'vitest';
import { emptyFillPlan, type FillPlan, type FillReport } from '../../lib/fill/fill-plan';
import { chooseFillFrame, framesToSurvey, hiddenFrameUrls, mergeFillReports, surveyTargets, type FrameSurvey } from '../../utils/fill-frames';

const plan: FillPlan = {
  ...emptyFillPlan(),
  fields: { firstName: 'Nadia', lastName: 'Benali', email: 'nadia.benali@example.fr', city: 'Lyon' },
  skills: ['Conduite de chariot élévateur'],
  experiences: [{ title: 'Cariste', employer: 'Logistique Rhône', start: '2019-03', end: 'present' }],
};

const survey = (frameId: number, found: number, coveredByParent = false): FrameSurvey => ({
  frameId, origin: frameId === 0 ? 'https://portail.example.fr' : `https://formulaire${frameId}.example.fr`, coveredByParent, found,
});

describe('surveyTargets', () => {
  it('names what the plan has values for, and nothing it lacks', () => {
    const targets = surveyTargets(plan);
    expect(targets).toEqual(expect.arrayContaining(['firstName', 'lastName', 'email', 'city', 'fullName', 'emailConfirmation', 'skills', 'experience']));
    expect(targets).not.toContain('phone');
    expect(targets).not.toContain('education');
    expect(targets).not.toContain('languages');
  });

  it('carries target names only, never the CV values', () => {
    const sent = JSON.stringify(surveyTargets(plan));
    for (const value of ['Nadia', 'Benali', 'example.fr', 'Lyon', 'chariot', 'Cariste']) expect(sent).not.toContain(value);
  });
});

describe('framesToSurvey', () => {
  const enabled = new Set(['https://portail.example.fr', 'https://formulaire.example.fr']);
  const isEnabled = async (url: string) => enabled.has(new URL(url).origin);

  it('keeps the top frame and the frames of enabled sites, never a frame of another site', async () => {
    const frames = [
      { frameId: 0, url: 'https://portail.example.fr/mon-espace' },
      { frameId: 3, url: 'https://publicite.example.com/banniere' },
      { frameId: 5, url: 'https://formulaire.example.fr/profil?id=42' },
    ];
    expect((await framesToSurvey(frames, 'https://portail.example.fr/', isEnabled)).map((frame) => frame.frameId)).toEqual([0, 5]);
  });

  it('still surveys the top frame when the frame list could not be read', async () => {
    expect(await framesToSurvey([], 'https://portail.example.fr/', isEnabled)).toEqual([{ frameId: 0, url: 'https://portail.example.fr/' }]);
  });
});

describe('chooseFillFrame', () => {
  it('sends the fill to the frame with a place for most of the plan', () => {
    expect(chooseFillFrame([survey(0, 1), survey(4, 7)])?.frameId).toBe(4);
  });

  it('keeps the top frame on a tie, and when no frame has a form', () => {
    expect(chooseFillFrame([survey(4, 3), survey(0, 3)])?.frameId).toBe(0);
    expect(chooseFillFrame([survey(0, 0), survey(4, 0)])?.frameId).toBe(0);
  });

  it('never picks a frame its same-origin parent fills already', () => {
    expect(chooseFillFrame([survey(0, 2), survey(6, 5, true)])?.frameId).toBe(0);
  });

  it('never picks a frame its parent says a person cannot see, however much of the form it holds', () => {
    const hiddenFrame = { ...survey(4, 9), url: 'https://formulaire4.example.fr/profil#etape' };
    const hidden = hiddenFrameUrls([{ shown: [], hidden: ['https://formulaire4.example.fr/profil'] }]);
    expect(chooseFillFrame([survey(0, 3), hiddenFrame], hidden)?.frameId).toBe(0);
    // The same address also shown elsewhere in the page: not known to be hidden, so the count decides.
    const both = hiddenFrameUrls([{ shown: ['https://formulaire4.example.fr/profil'], hidden: ['https://formulaire4.example.fr/profil'] }]);
    expect(chooseFillFrame([survey(0, 3), hiddenFrame], both)?.frameId).toBe(4);
  });

  it('among other frames, prefers the first created on a tie', () => {
    expect(chooseFillFrame([survey(0, 0), survey(9, 4), survey(7, 4)])?.frameId).toBe(7);
  });

  it('answers nothing when no frame answered', () => {
    expect(chooseFillFrame([])).toBeNull();
  });
});

describe('mergeFillReports', () => {
  it('drops a "not found" for what another frame filled, and keeps the more telling reason', () => {
    const top: FillReport = {
      filled: ['phone'],
      skipped: [{ target: 'email', reason: 'not-found' }, { target: 'city', reason: 'not-found' }],
      conflicts: [],
    };
    const frame: FillReport = {
      filled: ['email', 'skills:Excel'],
      skipped: [{ target: 'phone', reason: 'not-found' }, { target: 'city', reason: 'not-empty' }],
      conflicts: [{ key: 'city', pageValue: 'Villeurbanne', suggested: 'Lyon' }],
      irreversible: ['civility'],
      adapter: 'demo',
    };
    expect(mergeFillReports([top, frame])).toEqual({
      filled: ['phone', 'email', 'skills:Excel'],
      skipped: [{ target: 'city', reason: 'not-empty' }],
      conflicts: [{ key: 'city', pageValue: 'Villeurbanne', suggested: 'Lyon' }],
      irreversible: ['civility'],
      adapter: 'demo',
    });
  });

  it('gives back a single report unchanged', () => {
    const only: FillReport = { filled: ['email'], skipped: [{ target: 'phone', reason: 'not-found' }], conflicts: [] };
    expect(mergeFillReports([only])).toEqual(only);
  });
});

describe('list conflicts across frames', () => {
  it('keeps a skills box the person wrote in, once, whichever frame reported it', () => {
    const skills = { target: 'skills' as const, pageValue: 'Conduite de chariots', suggested: 'utiliser un chariot élévateur' };
    const merged = mergeFillReports([
      { filled: ['email'], skipped: [{ target: 'skills', reason: 'not-empty' }], conflicts: [], listConflicts: [skills] },
      { filled: [], skipped: [{ target: 'skills', reason: 'not-found' }], conflicts: [], listConflicts: [skills] },
    ]);
    expect(merged.listConflicts).toEqual([skills]);
    expect(mergeFillReports([{ filled: ['email'], skipped: [], conflicts: [] }]).listConflicts).toBeUndefined();
  });
});
