// The line under the name is often the town or an availability note, not a headline.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

function cvWithLineUnderName(lineUnderName: string) {
  return documentOf(plainLines(`Sophie Martin
${lineUnderName}
06 12 34 56 78
sophie.martin@gmail.com
EXPÉRIENCE PROFESSIONNELLE
Vendeuse, Decathlon, Lyon, 2019 - 2024
Conseil client, encaissement, mise en rayon`), 'docx');
}

describe('job title when the line under the name is not a headline', () => {
  for (const lineUnderName of ['Lyon 3e', 'Villeurbanne', 'Genève', 'Paris (75)', 'Bruxelles 1000', 'Disponible immédiatement', 'Française', 'Véhiculée', 'Bilingue anglais']) {
    it(`does not offer "${lineUnderName}" as the job title`, () => {
      const profile = parseProfile(cvWithLineUnderName(lineUnderName), { referenceDate: today });
      expect(profile.fields.jobTitle?.value).not.toBe(lineUnderName);
      // The current job gives the title instead.
      expect(profile.fields.jobTitle?.value).toBe('Vendeuse');
    });
  }

  it('keeps a real headline under the name', () => {
    const profile = parseProfile(cvWithLineUnderName('Conseillère de vente'), { referenceDate: today });
    expect(profile.fields.jobTitle?.value).toBe('Conseillère de vente');
  });
});

describe('job title written on the name line', () => {
  it('reads "Marie Dupont — Aide-soignante" as the name and the title, not the town below', () => {
    const profile = parseProfile(documentOf(plainLines(`Marie Dupont — Aide-soignante
Bruxelles 1000
+32 470 12 34 56
marie.dupont@skynet.be
PROFESSIONAL EXPERIENCE
Jan 2019 – Present
Aide-soignante, Hôpital Erasme, Bruxelles`), 'docx'), { referenceDate: today });
    expect(profile.fields.firstName?.value).toBe('Marie');
    expect(profile.fields.lastName?.value).toBe('Dupont');
    expect(profile.fields.phone?.value).toBe('+32470123456');
    expect(profile.fields.jobTitle?.value).toBe('Aide-soignante');
  });
});
