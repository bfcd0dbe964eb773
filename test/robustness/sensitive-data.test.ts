// Data minimisation (PRIVACY.md §2): a CV that states birth date and place, age, nationality,
// family status, health and disability, with a photo, gives a profile that holds none of them —
// not as a value, not in an evidence snippet — while the skills profile itself is still read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../lib/pipeline/extract-profile';
import { readDocument } from '../../lib/read/read-document';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';

const NEVER_KEPT: [what: string, pattern: RegExp][] = [
  ['birth date', /14\/02\/1988|\b1988\b|\bn[ée]e?\s+le\b/i],
  ['birth place', /besan[çc]on/i],
  ['age', /\b37\s*ans\b/i],
  ['nationality', /nationalit|marocaine/i],
  ['family status', /mari[ée]e?\b|enfants?\b|situation familiale/i],
  ['health or disability', /handicap|rqth|asthme|m[ée]dical/i],
  ['photo', /data:image|base64|\.png\b/i],
];

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) allStrings(item, out);
  return out;
}

describe('what a CV says about birth, nationality, family and health never reaches the profile', () => {
  it.each(['sensitive-data-cv.pdf', 'sensitive-data-cv.txt'])('%s', async (file) => {
    const bytes = new Uint8Array(readFileSync(`test/fixtures/hostile/${file}`));
    // The reader does see all of it: what follows is the parser choosing not to keep it.
    const text = (await readDocument(bytes)).lines.map((line) => line.text).join('\n');
    for (const [what, pattern] of NEVER_KEPT.filter(([what]) => what !== 'photo')) expect(text, what).toMatch(pattern);
    const profile = await extractProfile(bytes, { fileName: file, referential: await loadStarterReferential(), referenceDate: new Date('2026-01-01') });
    // The profile is read: the test cannot pass on an empty result.
    expect(profile.fields.firstName?.value).toBe('Julie');
    expect(profile.fields.lastName?.value.toUpperCase()).toBe('MOREAU');
    expect(profile.fields.email?.value).toBe('julie.moreau@example.fr');
    expect(profile.fields.city?.value).toBe('Dijon');
    expect(profile.fields.jobTitle?.value).toBe('Assistante administrative');
    expect(profile.experiences.length).toBeGreaterThan(0);
    const { source: _source, timings: _timings, ...suggested } = profile;
    const strings = allStrings(suggested);
    for (const [what, pattern] of NEVER_KEPT) {
      expect(strings.filter((text) => pattern.test(text)), what).toEqual([]);
    }
  }, 60_000);
});
