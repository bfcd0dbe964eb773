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

describe('job title opening the contact line', () => {
  const cv = (contactLine: string) =>
    documentOf(plainLines(`Marco Bellini
${contactLine}
PROFILE
Chef with nine years in Italian and British kitchens.
EXPERIENCE
Sep 2021 – now\tChef de Partie (Sauce), The Ivy Clifton Brasserie, Bristol
Ran the sauce section for 180 covers`), 'docx');

  it('reads "Chef de Partie · 112 Gloucester Road, Bristol · phone · e-mail" as the headline', () => {
    const profile = parseProfile(cv('Chef de Partie · 112 Gloucester Road, Bristol BS7 8NU · 07845 220 917 · marcobellini.chef@gmail.com'), { referenceDate: today });
    expect(profile.fields.jobTitle?.value).toBe('Chef de Partie');
    expect(profile.fields.jobTitle?.confidence).toBeGreaterThan(0.55);
    expect(profile.fields.city?.value).toBe('Bristol');
  });

  it('takes no town or note of a contact line for a title', () => {
    const profile = parseProfile(cv('Bristol · 07845 220 917 · marcobellini.chef@gmail.com'), { referenceDate: today });
    expect(profile.fields.jobTitle?.value).toBe('Chef de Partie (Sauce)');
    expect(profile.fields.jobTitle?.confidence).toBe(0.55);
  });
});
