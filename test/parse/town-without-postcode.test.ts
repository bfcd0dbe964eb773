// Many CVs give the town only: "Domicile : Villeurbanne", "Based in Leeds", "Lyon 3e".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from './build-lines';

const cityOf = (contactLine: string) =>
  parseProfile(documentOf(plainLines(`Marie DUPONT
Vendeuse
06 12 34 56 78
${contactLine}
marie.dupont@gmail.com
EXPÉRIENCE
2019 - 2024 Vendeuse, Carrefour, Bron`), 'docx'), { referenceDate: new Date('2026-03-15') }).fields.city?.value;

describe('a town written without its postcode', () => {
  it('is read after a label or a "based in"', () => {
    expect(cityOf('Domicile : Villeurbanne')).toBe('Villeurbanne');
    expect(cityOf('Ville : Saint-Étienne')).toBe('Saint-Étienne');
    expect(cityOf('Basée à Saint-Denis')).toBe('Saint-Denis');
    expect(cityOf('Location: Leeds, UK')).toBe('Leeds');
  });

  it('is read alone when its arrondissement says it is a town', () => {
    expect(cityOf('Lyon 3e')).toBe('Lyon 3e');
    expect(cityOf('Paris 15e | Permis B')).toBe('Paris 15e');
  });

  it('is not made of a place that is no town or of words after a label', () => {
    expect(cityOf('Location: Remote')).toBeUndefined();
    expect(cityOf('Ville : proche de lyon')).toBeUndefined();
    // The employer's town in the jobs is not the candidate's.
    expect(cityOf('Permis B')).toBeUndefined();
  });
});

describe('a contact line of dashes', () => {
  it('reads the town with its arrondissement and keeps a French number in pairs French', () => {
    const profile = parseProfile(documentOf(plainLines(`Karim BENALI
Mécanicien automobile
Lyon 8e – 07 12 34 56 78 – karim.benali@outlook.fr
EXPÉRIENCES
Mécanicien – Norauto, Vénissieux (2018 – 2025)`), 'docx'), { referenceDate: new Date('2026-03-15') });
    expect(profile.fields.city?.value).toBe('Lyon 8e');
    // Not the Swiss 071 234 56 78, valid where the French 07 12… is not yet allocated.
    expect(profile.fields.phone?.value).toBe('+33712345678');
  });
});

describe('a town of middle size opening a contact line', () => {
  it('is read as well as a large one, and a town with its arrondissement\'s postcode too', () => {
    expect(cityOf('Quimper · 06 45 67 89 01')).toBe('Quimper');
    expect(cityOf('Saint-Brieuc – 06 45 67 89 01')).toBe('Saint-Brieuc');
    expect(cityOf('Le Havre | 06 45 67 89 01')).toBe('Le Havre');
    expect(cityOf('Saint-Étienne · 06 45 67 89 01')).toBe('Saint-Étienne');
    expect(cityOf('Marseille 13015 – 06 45 67 89 01')).toBe('Marseille');
    // A word that is also a town names none when it is a job or a firm.
    expect(cityOf('Orange · 06 45 67 89 01')).toBeUndefined();
  });
});
