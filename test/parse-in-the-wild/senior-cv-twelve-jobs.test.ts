// A senior CV: a headline with the years of experience, a "Compétences clés" block on one line,
// twelve jobs one per line ("2019 – 2025 Responsable de site – ID Logistics, Lesquin"), national
// service among them, training, licences and CACES. Every job is read, none is merged or lost.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a senior CV with twelve jobs', () => {
  const profile = parseProfile(documentOf(plainLines(`Bernard Lefèvre
Responsable logistique – 25 ans d'expérience
12 rue des Tanneurs, 59000 Lille
06 10 20 30 40 – bernard.lefevre@free.fr
COMPÉTENCES CLÉS
Pilotage de plateforme logistique · Management d'équipes (80 personnes) · Lean management · WMS Reflex · SAP
EXPÉRIENCE PROFESSIONNELLE
2019 – 2025 Responsable de site – ID Logistics, Lesquin
2015 – 2019 Responsable d'exploitation – FM Logistic, Dourges
2012 – 2015 Chef de quai – Geodis, Lille
2010 – 2012 Chef d'équipe préparation – Kuehne+Nagel, Seclin
2008 – 2010 Adjoint chef de quai – Norbert Dentressangle, Lesquin
2006 – 2008 Cariste – Auchan Entrepôt, Lomme
2004 – 2006 Préparateur de commandes – Leclerc Scapnor, Ruitz
2002 – 2004 Magasinier – Castorama, Englos
2000 – 2002 Manutentionnaire – La Redoute, Roubaix
1998 – 2000 Agent de quai – Calberson, Lille
1996 – 1998 Employé libre-service – Carrefour, Villeneuve-d'Ascq
1995 – 1996 Service national – 43e RI, Lille
FORMATION
2011 Titre professionnel Technicien supérieur en méthodes et exploitation logistique – AFPA Lille
1995 Bac pro Logistique – Lycée Baggio, Lille
LANGUES
Anglais : professionnel
PERMIS
Permis B, C
CACES R489 cat. 1, 3, 5`), 'docx'), { referenceDate: today });

  it('reads the identity, the address and the headline', () => {
    const { firstName, lastName, postcode, city, jobTitle } = profile.fields;
    expect([firstName?.value, lastName?.value, postcode?.value, city?.value, jobTitle?.value]).toEqual(['Bernard', 'Lefèvre', '59000', 'Lille', 'Responsable logistique']);
  });

  it('reads the twelve jobs with their employers and periods', () => {
    expect(profile.experiences).toHaveLength(12);
    expect(profile.experiences.map(({ employer }) => employer)).toEqual([
      'ID Logistics', 'FM Logistic', 'Geodis', 'Kuehne+Nagel', 'Norbert Dentressangle', 'Auchan Entrepôt',
      'Leclerc Scapnor', 'Castorama', 'La Redoute', 'Calberson', 'Carrefour', '43e RI',
    ]);
    expect(profile.experiences[0]).toMatchObject({ title: 'Responsable de site', start: '2019', end: '2025' });
    expect(profile.experiences[11]).toMatchObject({ title: 'Service national', start: '1995', end: '1996' });
  });

  it('reads the training, the language, the licences and the CACES', () => {
    expect(profile.education.map(({ end }) => end)).toEqual(['2011', '1995']);
    expect(profile.languages.map(({ language, level }) => [language, level])).toEqual([['en', 'B2']]);
    expect(profile.drivingLicences).toEqual(['B', 'C']);
    expect(profile.certifications.map(({ label }) => label)).toEqual(['CACES R489 cat. 1', 'CACES R489 cat. 3', 'CACES R489 cat. 5']);
  });
});
