import { describe, expect, it } from 'vitest';
import { confidenceLevel } from '../../components/ConfidenceBadge';
import { acceptAllAbove, reviewRows } from '../../lib/fill/build-fill-plan';
import type { CvProfile } from '../../lib/types';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const profile = {
  source: { file: 'cv.pdf', kind: 'pdf', pages: 1, language: 'fr' },
  fields: {
    lastName: { value: 'Fontaine', confidence: 0.95, evidence: { text: 'Julien FONTAINE', page: 1 } },
    jobTitle: { value: 'Cariste', confidence: 0.82, evidence: { text: 'CARISTE', page: 1 } },
    city: { value: 'Lille', confidence: 0.7, evidence: { text: '59000 Lille', page: 1 } },
  },
  skills: [],
  softSkills: [],
  occupations: [],
  experiences: [],
  education: [],
  languages: [],
  drivingLicences: [],
  certifications: [],
} as unknown as CvProfile;

describe('what the review screen calls reliable', () => {
  it('is what "Accept all" takes: no row marked "to check" is accepted by it', () => {
    const threshold = DEFAULT_SETTINGS.acceptThreshold;
    const decisions = acceptAllAbove(profile, {}, threshold);
    for (const row of reviewRows(profile)) {
      const accepted = decisions[row.key]?.status === 'accepted';
      expect(confidenceLevel(row.confidence, threshold) === 'high', row.key).toBe(accepted);
    }
    // The job title at 82 % is reliable at the default threshold (80 %), the city at 70 % is to check.
    expect(confidenceLevel(0.82, threshold)).toBe('high');
    expect(confidenceLevel(0.7, threshold)).toBe('medium');
  });

  it('follows the threshold the counsellor sets in the options', () => {
    expect(confidenceLevel(0.82, 0.9)).toBe('medium');
    expect(confidenceLevel(0.92, 0.9)).toBe('high');
    expect(confidenceLevel(0.55, 0.9)).toBe('low');
    // A threshold below the "uncertain" line: everything from it is reliable, nothing is "to check".
    expect(confidenceLevel(0.5, 0.45)).toBe('high');
    expect(confidenceLevel(0.4, 0.45)).toBe('low');
  });
});
