// The 2013 Europass template sets its labels in a right-aligned column, some over two lines
// ("COMPÉTENCES EN" / "COMMUNICATION"), beside the first line of their content. The first line of
// such a label was taken for a heading of its own ("COMPÉTENCES") and the second went on the
// content row; "PERMIS DE CONDUIRE" lost its "B, C, D", read as an unknown heading in capitals.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, pdfLines } from '../parse/build-lines';

const label = (text: string, y: number, w: number) => ({ text, x: 181.7 - w, y, w, h: 8.5, block: 0 });
const content = (text: string, y: number) => ({ text, x: 190.7, y, h: 9, block: 1 });

describe('Europass labels over two lines', () => {
  const profile = parseProfile(documentOf(pdfLines([
    { text: 'Moussa DIALLO', x: 190.7, y: 40, h: 16, bold: true, block: 2 },
    { text: 'moussa.diallo@gmail.com', x: 190.7, y: 60, h: 9, block: 2 },
    label('COMPÉTENCES EN', 628.3, 79.8),
    label('COMMUNICATION', 637.3, 73),
    label('COMPÉTENCES', 648.5, 65.6),
    label('ORGANISATIONNELLES', 657.5, 97.1),
    label("COMPÉTENCES LIÉES À L'EMPLOI", 668.8, 140.9),
    label('COMPÉTENCES NUMÉRIQUES', 692, 125.6),
    label('PERMIS DE CONDUIRE', 715.3, 94.4),
    content('Bon contact avec le public, calme et patient, sens du service', 628.5),
    content('Respect des horaires et des temps de conduite, ponctualité', 648.7),
    content('Conduite souple et économique (écoconduite), connaissance du réseau de bus', 669),
    content("Traitement de l'information : utilisateur élémentaire – Communication : utilisateur", 692.2),
    content('indépendant – Création de contenu : utilisateur élémentaire', 702.7),
    content('B, C, D', 715.5),
  ])), { referenceDate: new Date('2026-11-30') });

  it('reads each label whole as the heading of its content', () => {
    const headings = profile.sections.filter((section) => section.heading !== null).map((section) => [section.kind, section.heading, section.lines.map((line) => line.text)]);
    expect(headings).toEqual(expect.arrayContaining([
      ['softSkills', 'COMPÉTENCES EN COMMUNICATION', ['Bon contact avec le public, calme et patient, sens du service']],
      ['softSkills', 'COMPÉTENCES ORGANISATIONNELLES', ['Respect des horaires et des temps de conduite, ponctualité']],
      ['skills', "COMPÉTENCES LIÉES À L'EMPLOI", ['Conduite souple et économique (écoconduite), connaissance du réseau de bus']],
    ]));
  });

  it('reads the licence categories beside "PERMIS DE CONDUIRE"', () => {
    expect(profile.drivingLicences).toEqual(['B', 'C', 'D']);
  });
});
