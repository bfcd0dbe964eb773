import { describe, expect, it } from 'vitest';
import { actionableSkips, describeTarget } from '../../components/UnfilledList';
import { emptyFillPlan } from '../../lib/fill/fill-plan';
import { translate, type MessageKey } from '../../lib/i18n';
import { fr } from '../../lib/i18n/fr';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('fr', key, params);
const plan = {
  ...emptyFillPlan(),
  experiences: [{ title: 'Cariste', employer: 'Hainaut Logistique', start: '2019-01', end: 'present' }],
  education: [{ degree: "CAP Agent d'entreposage", school: null, end: '2008' }],
};

describe('the list of what the page did not take', () => {
  it('names each target as the counsellor knows it', () => {
    expect(describeTarget('jobTitle', plan, t, 'fr')).toBe('Métier recherché');
    expect(describeTarget('skills:gérer des stocks', plan, t, 'fr')).toBe('gérer des stocks');
    expect(describeTarget('drivingLicence:C1E', plan, t, 'fr')).toBe('Permis C1E');
    expect(describeTarget('experience:0.start', plan, t, 'fr')).toBe('Cariste');
    expect(describeTarget('education:0', plan, t, 'fr')).toBe("CAP Agent d'entreposage");
    expect(describeTarget('language:en', plan, t, 'fr')).toBe('anglais');
    // One field of a language entry the page could not take: named by its language too.
    expect(describeTarget('language:fr.language', plan, t, 'fr')).toBe('français');
    expect(describeTarget('drivingLicences', plan, t, 'fr')).toBe('Permis et certifications');
    expect(describeTarget('fullName', plan, t, 'fr')).toBe('Nom et prénom');
    expect(describeTarget('softSkills', plan, t, 'fr')).toBe('Savoir-être');
  });

  it('keeps only what the counsellor can act on, each with a message in both languages', () => {
    const skipped = actionableSkips({
      filled: ['email'],
      conflicts: [],
      skipped: [
        { target: 'phone', reason: 'not-found' },
        { target: 'city', reason: 'not-empty' },
        { target: 'jobTitle', reason: 'no-matching-option' },
        { target: 'city', reason: 'ambiguous-option' },
        { target: 'skills:Excel', reason: 'not-kept-by-page' },
        { target: 'email', reason: 'read-only' },
      ],
    });
    expect(skipped.map((entry) => entry.target)).toEqual(['jobTitle', 'city', 'skills:Excel', 'email']);
    for (const reason of ['no-matching-option', 'ambiguous-option', 'not-kept-by-page', 'rejected-by-page', 'add-failed', 'too-long', 'date-too-vague', 'too-many', 'no-room', 'wrong-format', 'read-only']) {
      expect(Object.keys(fr)).toContain(`review.unfilled.${reason}`);
    }
    expect(translate('fr', 'review.unfilled.ambiguous-option', { field: 'Ville' })).toBe('Ville : la page propose plusieurs choix possibles ; choisissez le bon.');
    expect(translate('fr', 'review.unfilled.read-only', { field: 'Courriel' })).toBe('Courriel : déjà rempli par le site, non modifiable.');
  });
});
