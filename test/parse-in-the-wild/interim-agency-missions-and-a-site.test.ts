// A logistics worker's CV: interim missions grouped under one agency ("Randstad Saint-Denis –
// Missions d'intérim" over the period, one bullet per mission with its client, town and length),
// then a security job naming its site between the employer and the town. Each mission is a job
// at its client; the site is neither the town nor the employer.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('interim missions under one agency, and a job on a site', () => {
  const profile = parseProfile(documentOf(plainLines(`Mamadou Diallo
Préparateur de commandes – Cariste
93200 Saint-Denis – 06 58 47 12 90 – m.diallo93@gmail.com
EXPÉRIENCES
Randstad Saint-Denis – Missions d'intérim
Janvier 2019 – décembre 2023
• Cariste – Carrefour Supply Chain, Gennevilliers (8 mois)
• Préparateur de commandes – Amazon, Saint-Ouen-l'Aumône (1 an)
• Agent de quai – Geodis, Bonneuil-sur-Marne (4 mois)
Agent de sécurité – Securitas – Stade de France, Saint-Denis
2017 – 2018
FORMATION
2016 : CAP Opérateur logistique – Lycée Frédéric Bartholdi, Saint-Denis
CERTIFICATIONS
CACES R489 catégories 1, 3 et 5`), 'docx'), { referenceDate: today });

  it('reads one job per mission, at its client, then the security job in its town', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end, duration }) => ({ title, employer, location, start, end, duration }))).toEqual([
      { title: 'Cariste', employer: 'Carrefour Supply Chain', location: 'Gennevilliers', start: '2019-01', end: '2023-12', duration: '8 mois' },
      { title: 'Préparateur de commandes', employer: 'Amazon', location: "Saint-Ouen-l'Aumône", start: '2019-01', end: '2023-12', duration: '1 an' },
      { title: 'Agent de quai', employer: 'Geodis', location: 'Bonneuil-sur-Marne', start: '2019-01', end: '2023-12', duration: '4 mois' },
      { title: 'Agent de sécurité', employer: 'Securitas', location: 'Saint-Denis', start: '2017', end: '2018', duration: undefined },
    ]);
  });

  it('reads the contact line, the diploma and each CACES category', () => {
    expect([profile.fields.postcode?.value, profile.fields.city?.value, profile.fields.phone?.value]).toEqual(['93200', 'Saint-Denis', '+33658471290']);
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([{ degree: 'CAP Opérateur logistique', school: 'Lycée Frédéric Bartholdi', end: '2016' }]);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(['CACES R489 cat. 1', 'CACES R489 cat. 3', 'CACES R489 cat. 5']);
  });
});
