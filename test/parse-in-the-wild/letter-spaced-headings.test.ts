// Designed CVs space the letters of their headings: "E X P É R I E N C E S",
// "P A R C O U R S   P R O F E S S I O N N E L" (words set apart by wider gaps). A long word so
// spaced has more than seven "words"; it is still one heading.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('letter-spaced headings', () => {
  it('reads long spaced words as the experience, education and interests headings', () => {
    const profile = parse(`Kévin DUBOIS
06.12.34.56.78
kevin.dubois59@gmail.com
PRÉPARATEUR DE COMMANDES
E X P É R I E N C E S
Depuis sept. 2022
Préparateur de commandes – Leroy Merlin, Lesquin
Préparation des commandes au scanner, chargement des camions
F O R M A T I O N
2018 BAC PRO Logistique – Lycée Professionnel Le Corbusier, Tourcoing
C E N T R E S  D ' I N T É R Ê T
Football, jeux vidéo`);
    expect(profile.sections.map((section) => section.kind)).toEqual(['header', 'experience', 'education', 'interests']);
    expect(profile.experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }))).toEqual([
      { title: 'Préparateur de commandes', employer: 'Leroy Merlin', start: '2022-09', end: 'present' },
    ]);
  });

  it('reads spaced words set apart by wider gaps ("P A R C O U R S   P R O F E S S I O N N E L")', () => {
    const profile = parse(`Olivier Petit
olivier.petit@gmail.com – 06 77 88 99 00
P A R C O U R S   P R O F E S S I O N N E L
Ingénieur qualité
Thales, Rennes
2019 - aujourd'hui
C E R T I F I C A T I O N S
Green Belt Lean Six Sigma (2020)
Auditeur interne ISO 9001`);
    expect(profile.sections.map((section) => section.kind)).toEqual(['header', 'experience', 'certifications']);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(
      expect.arrayContaining([expect.stringContaining('Green Belt'), expect.stringContaining('ISO 9001')]),
    );
  });
});
