// A CV with no headings: name, contact block, a headline, then the jobs and diplomas one a line.
// The headline after the contact block is the job title, not the first job's title, and a
// diploma line ("2008 : CAP Maçon, CFA de Saint-Pierre") is no headline.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const profile = parseProfile(documentOf(plainLines(`Mickaël Hoarau
06 92 45 67 89
mickael.hoarau974@gmail.com
12 chemin Léopold Rambaud
97490 Sainte-Clotilde
Maçon qualifié – 15 ans d'expérience
2015 – 2025 : Maçon, SBTPC, Saint-Denis
2010 – 2015 : Maçon coffreur, GTOI, Le Port
2008 : CAP Maçon, CFA de Saint-Pierre
Permis B et C`), 'docx'), { referenceDate: today });

describe('a CV without headings', () => {
  it('reads the headline after the contact block as the job title', () => {
    expect(profile.fields.jobTitle?.value).toBe('Maçon qualifié');
  });

  it('reads each dated line as a job of its own', () => {
    expect(profile.experiences.map(({ title, employer, location }) => ({ title, employer, location }))).toEqual([
      { title: 'Maçon', employer: 'SBTPC', location: 'Saint-Denis' },
      { title: 'Maçon coffreur', employer: 'GTOI', location: 'Le Port' },
    ]);
  });
});
