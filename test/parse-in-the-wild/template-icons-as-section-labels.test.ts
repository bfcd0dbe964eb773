// A template CV whose sections are marked by an icon alone ("💼", "🎓", "🌐") instead of a word:
// no heading is recognised, so the whole CV is read as its header. The dated jobs and the diploma
// are still read there, the language lines by their rating, the town by its pin.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('icons as the only section labels', () => {
  const profile = parseProfile(documentOf(plainLines(`Sofia Martins
Serveuse
📞 06 21 43 65 87
✉️ sofia.martins@gmail.com
📍 Bordeaux
💼
2021 - 2024 Serveuse – Brasserie Le Café des Arts, Bordeaux
2019 - 2021 Commis de salle – Hôtel Mercure, Mérignac
🎓
2019 Bac pro Commercialisation et services en restauration – Lycée Saint-Michel, Bordeaux
🌐
Portugais ●●●●●
Anglais ●●●○○`), 'pdf-text'), { referenceDate: today });

  it('reads the contact details without their icons', () => {
    const values = Object.fromEntries(Object.entries(profile.fields).map(([key, field]) => [key, field?.value]));
    expect(values).toEqual({ firstName: 'Sofia', lastName: 'Martins', email: 'sofia.martins@gmail.com', phone: '+33621436587', city: 'Bordeaux', jobTitle: 'Serveuse' });
  });

  it('reads the jobs, the diploma and the rated languages', () => {
    expect(profile.experiences.map(({ title, employer, start, end }) => [title, employer, start, end])).toEqual([
      ['Serveuse', 'Brasserie Le Café des Arts', '2021', '2024'],
      ['Commis de salle', 'Hôtel Mercure', '2019', '2021'],
    ]);
    expect(profile.education.map(({ degree, school, end }) => [degree, school, end])).toEqual([['Bac pro Commercialisation et services en restauration', 'Lycée Saint-Michel', '2019']]);
    expect(profile.languages.map(({ language, level, levelText }) => [language, level, levelText])).toEqual([['pt', null, '●●●●●'], ['en', null, '●●●○○']]);
  });
});
