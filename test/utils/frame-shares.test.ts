import { describe, expect, it } from 'vitest';
import { emptyFillPlan, type FillPlan, type FillReport } from '../../lib/fill/fill-plan';
import { fillCandidates, type FrameSurvey } from '../../utils/fill-frames';
import {
  asShares, partsLeftOver, planParts, planWith, recordShares, routeToRecorded, shareLeftovers, withoutHandedOn, type FrameShare,
} from '../../utils/frame-shares';

// A CV confirmed in full: identity and contact, the job sought, skills, experiences, languages.
const plan: FillPlan = {
  ...emptyFillPlan(),
  fields: {
    firstName: 'Mickaël', lastName: 'Fontaine', email: 'mickael.fontaine59@example.fr', phone: '06 12 34 56 78',
    postcode: '59300', city: 'Valenciennes', jobTitle: 'Cariste – Préparateur de commandes',
  },
  occupations: ['cariste'],
  skills: ['utiliser un chariot élévateur', 'préparer des commandes'],
  languages: [{ language: 'fr', level: 'C2' }, { language: 'en', level: 'A1' }],
  drivingLicences: ['B'],
  experiences: [
    { title: 'Cariste', employer: 'Hainaut Logistique Services', start: '2019-01', end: 'present' },
    { title: 'Préparateur de commandes', employer: 'Adecco', start: '2016-03', end: '2018-12' },
  ],
};

/** What the identity frame answers when it is sent the whole plan: its boxes take identity and
 *  contact, the rest is "not found" (as fillForm words it). */
const identityReport: FillReport = {
  filled: ['firstName', 'lastName', 'email', 'phone', 'postcode', 'city'],
  skipped: [
    { target: 'jobTitle', reason: 'not-found' },
    { target: 'skills', reason: 'not-found' },
    { target: 'experience:0', reason: 'not-found' },
    { target: 'experience:1', reason: 'not-found' },
    { target: 'drivingLicence:B', reason: 'not-found' },
    { target: 'language:fr', reason: 'not-found' },
    { target: 'language:en', reason: 'not-found' },
  ],
  conflicts: [],
};

const frame = (frameId: number, places: FrameSurvey['places'], extra: Partial<FrameSurvey> = {}): FrameSurvey => ({
  frameId,
  origin: frameId === 0 ? 'https://mon-espace.example.fr' : 'https://formulaires.prestataire.example',
  url: frameId === 0 ? 'https://mon-espace.example.fr/profil' : `https://formulaires.prestataire.example/partie-${frameId}`,
  coveredByParent: false,
  found: places?.length ?? 0,
  places,
  ...extra,
});

describe('planWith', () => {
  it('keeps only the parts given, so a frame is never sent the values of another part', () => {
    const career = planWith(plan, ['jobTitle', 'skills', 'experiences', 'languages']);
    expect(career.fields).toEqual({ jobTitle: plan.fields.jobTitle });
    expect(career.occupations).toEqual(['cariste']);
    expect(career.experiences).toHaveLength(2);
    expect(career.drivingLicences).toEqual([]);
    const sent = JSON.stringify(career);
    for (const value of ['Mickaël', 'Fontaine', 'example.fr', '06 12', 'Valenciennes']) expect(sent).not.toContain(value);
  });

  it('keeps the choice to replace a page value only for the fields sent', () => {
    const replace = { ...plan, overwrite: ['email', 'jobTitle'] as FillPlan['overwrite'] };
    expect(planWith(replace, ['jobTitle']).overwrite).toEqual(['jobTitle']);
    expect(planWith(replace, ['email', 'phone']).overwrite).toEqual(['email']);
  });
});

describe('partsLeftOver', () => {
  it('names the parts a frame had no place for', () => {
    expect(partsLeftOver(plan, identityReport).sort()).toEqual(['drivingLicences', 'experiences', 'jobTitle', 'languages', 'skills']);
  });

  it('keeps with the frame a part it has a place for but did not write: a conflict, a missing option, a vague date', () => {
    const report: FillReport = {
      ...identityReport,
      skipped: [
        { target: 'jobTitle', reason: 'not-empty' },
        { target: 'language:en', reason: 'no-matching-option' },
        { target: 'experience:1.start', reason: 'date-too-vague' },
        { target: 'skills', reason: 'not-found' },
      ],
      conflicts: [{ key: 'jobTitle', pageValue: 'Magasinier', suggested: plan.fields.jobTitle! }],
    };
    expect(partsLeftOver(plan, report).sort()).toEqual(['drivingLicences', 'skills']);
  });

  it('counts a part written in part as placed: a name in one box, some skills ticked', () => {
    const report: FillReport = { filled: ['fullName', 'skills:utiliser un chariot élévateur'], skipped: [{ target: 'skills', reason: 'not-found' }], conflicts: [] };
    const left = partsLeftOver(plan, report);
    expect(left).not.toContain('firstName');
    expect(left).not.toContain('lastName');
    expect(left).not.toContain('skills');
    expect(left).toContain('email');
  });
});

describe('shareLeftovers', () => {
  const career = frame(5, ['jobTitle', 'skills', 'languages', 'language', 'experience', 'email']);

  it('hands each part left over to the frame that has a place for it, and nothing else', () => {
    const shares = shareLeftovers(partsLeftOver(plan, identityReport), [career]);
    expect(shares).toHaveLength(1);
    expect(shares[0]!.frame.frameId).toBe(5);
    // The e-mail was placed by the identity frame: the career frame's alert box is not given it.
    expect(shares[0]!.parts.sort()).toEqual(['experiences', 'jobTitle', 'languages', 'skills']);
  });

  it('gives a part to one frame only, the best first', () => {
    const skillsOnly = frame(7, ['skills']);
    const shares = shareLeftovers(['skills', 'jobTitle', 'experiences'], [skillsOnly, career]);
    expect(shares.map((share) => [share.frame.frameId, share.parts])).toEqual([[5, ['jobTitle', 'skills', 'experiences']]]);
    const tie = shareLeftovers(['skills'], [frame(9, ['skills']), frame(0, ['skills'])]);
    expect(tie.map((share) => share.frame.frameId)).toEqual([0]);
  });

  it("never hands the person's e-mail or phone to a frame that asks no name: a job alert, a newsletter, a sign-in", () => {
    // The frame chosen first had no e-mail box: the career frame's job-alert box is not given it.
    expect(shareLeftovers(['email', 'skills', 'experiences'], [career]).map((share) => share.parts)).toEqual([['skills', 'experiences']]);
    expect(shareLeftovers(['email', 'phone'], [frame(6, ['email']), frame(7, ['phone', 'email'])])).toEqual([]);
    // A contact frame that asks the name too takes them.
    const contact = frame(8, ['lastName', 'email', 'phone']);
    expect(shareLeftovers(['email', 'phone'], [frame(6, ['email']), contact]).map((share) => [share.frame.frameId, share.parts])).toEqual([[8, ['email', 'phone']]]);
  });

  it('gives nothing when no other frame has a place for what is left', () => {
    expect(shareLeftovers(['drivingLicences', 'education'], [career, frame(6, [])])).toEqual([]);
    expect(shareLeftovers(['skills'], [frame(8, undefined, { found: 3 })])).toEqual([]);
  });

  it('is handed only the frames that may take a fill: not a frame out of sight, nor one its same-origin parent fills', () => {
    const hidden = frame(6, ['skills', 'experience']);
    const covered = frame(8, ['skills', 'experience'], { coveredByParent: true });
    const candidates = fillCandidates([frame(0, []), hidden, covered], new Set([hidden.url!]));
    expect(shareLeftovers(['skills', 'experiences'], candidates.filter((survey) => survey.frameId !== 0))).toEqual([]);
  });
});

describe('routeToRecorded', () => {
  const identity: FrameShare = { frameId: 3, origin: 'https://formulaires.prestataire.example', parts: ['firstName', 'lastName', 'email', 'phone', 'postcode', 'city', 'drivingLicences'] };
  const career: FrameShare = { frameId: 4, origin: 'https://formulaires.prestataire.example', parts: ['jobTitle', 'skills', 'languages', 'experiences'] };

  it('sends "Replace" of a conflict back to the frame that holds that field, and to no other', () => {
    const replace: FillPlan = { ...emptyFillPlan(), fields: { jobTitle: plan.fields.jobTitle }, overwrite: ['jobTitle'] };
    expect(routeToRecorded(replace, [identity, career])).toEqual({ sends: [{ frame: career, parts: ['jobTitle'] }], unrouted: [] });
  });

  it('sends a second fill of the whole plan to the same frames, part by part', () => {
    const { sends, unrouted } = routeToRecorded(plan, [identity, career]);
    expect(sends.map((send) => [send.frame.frameId, send.parts.sort()])).toEqual([
      [3, ['city', 'drivingLicences', 'email', 'firstName', 'lastName', 'phone', 'postcode']],
      [4, ['experiences', 'jobTitle', 'languages', 'skills']],
    ]);
    expect(unrouted).toEqual([]);
  });

  it('leaves to a new search the parts no recorded frame holds', () => {
    const withAddress: FillPlan = { ...plan, fields: { ...plan.fields, address: '27 rue Jean Jaurès' } };
    expect(routeToRecorded(withAddress, [identity, career]).unrouted).toEqual(['address']);
    expect(routeToRecorded(plan, []).unrouted).toEqual(planParts(plan));
  });
});

describe('recordShares', () => {
  const identity: FrameShare = { frameId: 3, origin: 'https://a.example', parts: ['firstName', 'email'] };

  it('records every frame that filled, so undo reaches each', () => {
    const career: FrameShare = { frameId: 4, origin: 'https://a.example', parts: ['skills'] };
    expect(recordShares([], [identity, career])).toEqual([identity, career]);
  });

  it('keeps one frame per part, and a frame that holds nothing any more stays for undo', () => {
    const moved: FrameShare = { frameId: 6, origin: 'https://b.example', parts: ['email', 'firstName'] };
    expect(recordShares([identity], [moved])).toEqual([{ ...identity, parts: [] }, moved]);
  });

  it('adds to the frame already recorded rather than recording it twice', () => {
    expect(recordShares([identity], [{ frameId: 3, origin: 'https://a.example', parts: ['phone'] }])).toEqual([{ ...identity, parts: ['firstName', 'email', 'phone'] }]);
  });

  it('reads a record of frames without parts as frames that hold none', () => {
    expect(asShares([{ frameId: 0, origin: 'https://a.example' }])).toEqual([{ frameId: 0, origin: 'https://a.example', parts: [] }]);
  });
});

describe('withoutHandedOn', () => {
  it('drops the first frame\'s "not found" for what another frame took, and keeps the rest', () => {
    const merged = withoutHandedOn(identityReport, ['jobTitle', 'skills', 'experiences', 'languages']);
    expect(merged.skipped).toEqual([{ target: 'drivingLicence:B', reason: 'not-found' }]);
    expect(merged.filled).toEqual(identityReport.filled);
  });
});
