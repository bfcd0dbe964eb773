// French CVs that name their sections in the words of job-search workshops: "Mon parcours" for the
// jobs, "Savoir-faire" and "Savoir-être" for skills, "Mes atouts" for qualities and practical
// notes. The jobs are read under "Parcours"; the licence named among the "atouts" is read; no
// quality is taken for a job or a diploma.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('sections named Parcours, Savoir-faire, Savoir-être, Atouts', () => {
  const profile = parseProfile(documentOf(plainLines(`Nathalie Girard
06 33 21 87 45 – nathalie.girard44@free.fr
Nantes
MON PARCOURS
Agent d'entretien
Onet Services, Nantes
2017 - 2024
Femme de chambre
Hôtel Ibis Nantes Centre
2012 - 2017
SAVOIR-FAIRE
Nettoyage des locaux et des sanitaires
Utilisation d'une autolaveuse
SAVOIR-ÊTRE
Ponctuelle, discrète
MES ATOUTS
Permis B, véhiculée
Disponible immédiatement`), 'docx'), { referenceDate: today });

  it('reads the jobs of "Mon parcours" and the headline from the latest', () => {
    expect(profile.sections.map((section) => section.kind)).toEqual(['header', 'experience', 'skills', 'softSkills', 'softSkills']);
    expect(profile.experiences.map(({ title, employer, start, end }) => [title, employer, start, end])).toEqual([
      ["Agent d'entretien", 'Onet Services', '2017', '2024'],
      ['Femme de chambre', 'Hôtel Ibis Nantes Centre', '2012', '2017'],
    ]);
    expect(profile.fields.jobTitle?.value).toBe("Agent d'entretien");
  });

  it('reads the licence among the atouts, and no education nor certificate', () => {
    expect(profile.drivingLicences).toEqual(['B']);
    expect(profile.education).toEqual([]);
    expect(profile.certifications).toEqual([]);
    expect(profile.fields.city?.value).toBe('Nantes');
  });
});
