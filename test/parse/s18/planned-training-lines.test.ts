// "Formations envisagées :" names training to come, not training done: the lines under it are no
// diplomas, and stay in the section they are written in, where the skill linker reads the plan.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../build-lines';

const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: new Date('2026-03-15') });

const frenchCv = (plannedLead: string) => `Karima HADDAD
karima.haddad@gmail.com
EXPÉRIENCE
Préparatrice de commandes — Lidl, Saint-Priest
2019 - 2024
COMPÉTENCES
Préparation de commandes, gestion des stocks, inventaire
${plannedLead}
CACES R489 catégorie 3
Sauveteur secouriste du travail (SST)
FORMATION
2015 CAP Employé de vente, Lycée Jean Moulin, Lyon`;

describe('a planned-training lead on a line of its own', () => {
  for (const lead of ['Formations envisagées :', 'Formation envisagée :', 'FORMATIONS PRÉVUES', 'Formations prévues :', 'Projet de formation :', 'Formations à venir :']) {
    it(`"${lead}" opens no education section`, () => {
      const profile = parse(frenchCv(lead));
      expect(profile.sections.filter((section) => section.kind === 'education').map((section) => section.heading)).toEqual(['FORMATION']);
      // Its items stay with the skills, the lead first, so the plan covers them.
      const skills = profile.sections.find((section) => section.kind === 'skills')!;
      expect(skills.lines.map((line) => line.text)).toEqual(['Préparation de commandes, gestion des stocks, inventaire', lead, 'CACES R489 catégorie 3', 'Sauveteur secouriste du travail (SST)']);
      expect(profile.education.map((entry) => entry.degree)).toEqual(['CAP Employé de vente']);
    });
  }

  it('works in English', () => {
    const profile = parse(`Daniel WRIGHT
daniel.wright@outlook.com
WORK EXPERIENCE
Warehouse Operative — Amazon, Coventry
2019 - 2024
SKILLS
Picking and packing, stock rotation
Planned training:
Counterbalance forklift licence
EDUCATION
2014 GCSEs, Coventry College`);
    expect(profile.sections.filter((section) => section.kind === 'education').map((section) => section.heading)).toEqual(['EDUCATION']);
    expect(profile.sections.find((section) => section.kind === 'skills')!.lines.map((line) => line.text)).toContain('Counterbalance forklift licence');
    expect(profile.education).toHaveLength(1);
  });

  it('leaves the real education headings alone', () => {
    for (const heading of ['FORMATIONS', 'Formation', 'Formations suivies', 'FORMATIONS COMPLÉMENTAIRES', 'Training and education']) {
      const profile = parse(`Karima HADDAD
karima.haddad@gmail.com
EXPÉRIENCE
Préparatrice de commandes — Lidl, Saint-Priest
2019 - 2024
${heading}
2015 CAP Employé de vente, Lycée Jean Moulin, Lyon`);
      expect(profile.sections.map((section) => section.kind), heading).toContain('education');
      expect(profile.education.map((entry) => entry.degree), heading).toEqual(['CAP Employé de vente']);
    }
  });
});

describe('certificates and licences under a plan lead', () => {
  const heldOf = (lines: string) => {
    const profile = parse(`Karima HADDAD
karima.haddad@gmail.com
EXPÉRIENCE
Préparatrice de commandes — Lidl, Saint-Priest
2019 - 2024
COMPÉTENCES
${lines}
FORMATION
2015 CAP Employé de vente, Lycée Jean Moulin, Lyon`);
    return { certifications: profile.certifications.map((item) => item.label), licences: profile.drivingLicences };
  };

  it('are not held', () => {
    expect(heldOf('Formations envisagées :\nCACES R489 catégorie 3\nSauveteur secouriste du travail (SST)')).toEqual({ certifications: [], licences: [] });
    expect(heldOf('FORMATIONS PRÉVUES\nCACES R489 catégorie 3')).toEqual({ certifications: [], licences: [] });
    expect(heldOf('À passer :\nPermis C\nFIMO marchandises')).toEqual({ certifications: [], licences: [] });
    expect(heldOf('Planned training:\nFirst aid at work (SST)')).toEqual({ certifications: [], licences: [] });
  });

  it('are held again after the next lead', () => {
    expect(heldOf('Formations envisagées :\nCACES R489 catégorie 3\nObtenus :\nSST\nPermis B')).toEqual({ certifications: ['SST'], licences: ['B'] });
    // An item with its own plan leads nothing: the lines under it are held.
    expect(heldOf('CACES envisagé\nSST\nPermis B')).toEqual({ certifications: ['SST'], licences: ['B'] });
  });
});
