// A contract type in brackets on the date line, and a CV listing its jobs oldest first.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('contract type on the date line', () => {
  it('reads "Mars 2019 – Août 2019 (CDD 6 mois)" then title and employer lines without taking "(CDD" as the employer', () => {
    const experiences = parse(`Julie Morel
06 12 34 56 78
EXPÉRIENCE PROFESSIONNELLE
Mars 2019 – Août 2019 (CDD 6 mois)
Agent d'accueil
Mairie de Lens
Sept. 2019 – 2021
Agent administratif
Mairie de Lens`).experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));
    expect(experiences).toEqual([
      { title: "Agent d'accueil", employer: 'Mairie de Lens', start: '2019-03', end: '2019-08' },
      { title: 'Agent administratif', employer: 'Mairie de Lens', start: '2019-09', end: '2021' },
    ]);
  });
});

describe('job title of a CV listing its jobs oldest first', () => {
  it('offers the latest job, not the first one listed', () => {
    const profile = parse(`Julie Morel
06 12 34 56 78
julie.morel@free.fr
EXPÉRIENCE PROFESSIONNELLE
2012 - 2015 : Vendeuse, Kiabi, Lens
2015 - 2019 : Employée de libre-service, Carrefour, Lens
2019 - 2025 : Responsable de rayon, Carrefour, Liévin`);
    expect(profile.experiences).toHaveLength(3);
    expect(profile.fields.jobTitle?.value).toBe('Responsable de rayon');
  });
});
