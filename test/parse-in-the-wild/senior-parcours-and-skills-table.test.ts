// A senior's CV of 25 years: the career as a condensed "Parcours" list (period, two spaces, title,
// employer, town), the age before the street on the address line, and key skills as a table whose
// header row ("Domaine | Compétences | Niveau") names the columns. The header row is no skill and
// splits nothing; the age is no part of the street.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');

describe('a senior CV with a condensed career and a skills table', () => {
  const profile = parseProfile(documentOf(plainLines(`Jean-Pierre MOREAU
Chef d'atelier maintenance industrielle
54 ans – 12 impasse des Forges, 42100 Saint-Étienne
06 72 84 91 03 – jp.moreau42@orange.fr
25 ans d'expérience en maintenance mécanique et électrique
PARCOURS
2015 – 2025  Chef d'atelier maintenance, Casino Logistique, Saint-Étienne
2008 – 2015  Technicien de maintenance, Thyssenkrupp, Firminy
2001 – 2008  Électromécanicien, Arcelor, Saint-Chamond
1996 – 2001  Mécanicien d'entretien, Manufrance, Saint-Étienne
COMPÉTENCES CLÉS
Domaine\tCompétences\tNiveau
Mécanique\tDiagnostic de pannes, remplacement de pièces\tExpert
Électricité\tHabilitation BR, armoires électriques\tConfirmé
Management\tEncadrement d'une équipe de 8 techniciens\tConfirmé
FORMATION
1993  BEP Électrotechnique – Lycée Benoît Fourneyron, Saint-Étienne`), 'docx'), { referenceDate: today });

  it('reads the street without the age before it', () => {
    const value = (key: keyof typeof profile.fields) => profile.fields[key]?.value;
    expect([value('address'), value('postcode'), value('city')]).toEqual(['12 impasse des Forges', '42100', 'Saint-Étienne']);
  });

  it('reads every job of the condensed list', () => {
    expect(profile.experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }))).toEqual([
      { title: "Chef d'atelier maintenance", employer: 'Casino Logistique', location: 'Saint-Étienne', start: '2015', end: '2025' },
      { title: 'Technicien de maintenance', employer: 'Thyssenkrupp', location: 'Firminy', start: '2008', end: '2015' },
      { title: 'Électromécanicien', employer: 'Arcelor', location: 'Saint-Chamond', start: '2001', end: '2008' },
      { title: "Mécanicien d'entretien", employer: 'Manufrance', location: 'Saint-Étienne', start: '1996', end: '2001' },
    ]);
  });

  it('keeps the skills table whole in one section, without its header row', () => {
    expect(profile.sections.filter((section) => section.kind === 'skills').map((section) => section.lines.map((line) => line.text))).toEqual([[
      'Mécanique\tDiagnostic de pannes, remplacement de pièces\tExpert',
      'Électricité\tHabilitation BR, armoires électriques\tConfirmé',
      "Management\tEncadrement d'une équipe de 8 techniciens\tConfirmé",
    ]]);
  });
});
