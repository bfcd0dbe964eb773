// Notes job seekers put after their headline's title: a career change ("– en reconversion",
// "(en reconversion)"), qualities ("– motivée et dynamique"), what they hold ("– titulaire des
// CACES 1, 3, 5"), a beginner's level. The title is what the form's job field takes.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const jobTitleOf = (headline: string) => parseProfile(documentOf(plainLines(`Marie Dupont
${headline}
06 12 34 56 78
EXPÉRIENCES
2019 - 2021 Vendeuse – Kiabi, Amiens`), 'docx'), { referenceDate: today }).fields.jobTitle?.value;

describe('notes after the headline title', () => {
  it.each([
    ['Développeur web junior – en reconversion', 'Développeur web junior'],
    ['Électricien (en reconversion)', 'Électricien'],
    ['Boulanger – reconversion professionnelle', 'Boulanger'],
    ['Serveuse – motivée et dynamique', 'Serveuse'],
    ['Cariste – titulaire des CACES 1, 3, 5', 'Cariste'],
    ['Agent de sécurité – débutant', 'Agent de sécurité'],
    ['Cuisinier (10 ans d\'expérience)', 'Cuisinier'],
    ['Animatrice périscolaire · BAFA', 'Animatrice périscolaire'],
    ['Cariste | CACES R489 cat. 1, 3 et 5', 'Cariste'],
    ['Aide-soignante · AFGSU 2', 'Aide-soignante'],
  ])('"%s" -> "%s"', (headline, title) => {
    expect(jobTitleOf(headline)).toBe(title);
  });

  it('keeps what belongs to the title', () => {
    expect(jobTitleOf('Agent de sécurité (SSIAP 1)')).toBe('Agent de sécurité (SSIAP 1)');
    expect(jobTitleOf('Cariste – Préparateur de commandes')).toBe('Cariste – Préparateur de commandes');
    expect(jobTitleOf('En reconversion – Aide-soignante')).toBe('En reconversion – Aide-soignante');
    expect(jobTitleOf('Vendeuse · Caissière')).toBe('Vendeuse · Caissière');
  });
});
