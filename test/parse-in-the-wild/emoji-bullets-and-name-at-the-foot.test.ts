// A CV typed on a phone or from a social-media template: emoji for labels and headings ("📍",
// "💼 EXPÉRIENCE"), jobs listed as emoji bullets ("👉 Serveur – Brasserie…, Marseille (2023 –
// 2025)"), and the name signed in capitals at the foot of the page. The bullet is no part of the
// title, the bulleted lines are the jobs with their periods, and the name is the one the e-mail spells.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('a CV with emoji bullets and the name at the foot', () => {
  const profile = parse(`📍 15 avenue de la République, 13001 Marseille
📞 06 11 22 33 44
✉️ samir.haddad@hotmail.fr
🚗 Permis B – véhiculé
💼 EXPÉRIENCE
👉 Serveur – Brasserie Le Vieux Port, Marseille (2023 – 2025)
👉 Commis de cuisine – Hôtel Mercure, Aix-en-Provence (2021 – 2023)
🎓 FORMATION
✔️ 2021 CAP Cuisine – Lycée hôtelier de Marseille
🌍 LANGUES
🇬🇧 Anglais : intermédiaire
🇪🇸 Espagnol : courant
⭐ QUALITÉS
Ponctualité, esprit d'équipe
SAMIR HADDAD`);

  it('reads each bulleted job with its period, and no bullet in the title', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end }) => [title, employer, location, start, end])).toEqual([
      ['Serveur', 'Brasserie Le Vieux Port', 'Marseille', '2023', '2025'],
      ['Commis de cuisine', 'Hôtel Mercure', 'Aix-en-Provence', '2021', '2023'],
    ]);
    expect(profile.fields.jobTitle?.value).toBe('Serveur');
  });

  it('reads the name signed at the foot, the one the e-mail address spells', () => {
    expect([profile.fields.firstName?.value, profile.fields.lastName?.value]).toEqual(['Samir', 'HADDAD']);
  });

  it('reads the address, the licence, the diploma and the languages beside the emoji', () => {
    expect([profile.fields.address?.value, profile.fields.postcode?.value, profile.fields.city?.value]).toEqual(['15 avenue de la République', '13001', 'Marseille']);
    expect(profile.drivingLicences).toEqual(['B']);
    expect(profile.education.map(({ degree, end }) => [degree, end])).toEqual([['CAP Cuisine', '2021']]);
    expect(profile.languages.map(({ language, level }) => [language, level])).toEqual([['en', 'B1'], ['es', 'C1']]);
  });
});

describe('what the bullets and the foot line do not change', () => {
  it('keeps bullets under a dated job as its tasks', () => {
    const profile = parse(`Samir Haddad
samir.haddad@hotmail.fr
EXPÉRIENCE
2023 – 2025 Serveur – Brasserie Le Vieux Port, Marseille
👉 Service en salle (2024 – 2025 en terrasse)
👉 Encaissement`);
    expect(profile.experiences.map(({ title, start, end }) => [title, start, end])).toEqual([['Serveur', '2023', '2025']]);
  });

  it('takes no line for the name that the e-mail address does not spell', () => {
    const profile = parse(`📞 06 11 22 33 44
✉️ contact.pro13@hotmail.fr
💼 EXPÉRIENCE
Serveur – Brasserie Le Vieux Port, Marseille (2023 – 2025)
🌍 LANGUES
Anglais : intermédiaire
Marseille Provence`);
    expect(profile.fields.firstName).toBeUndefined();
  });
});
