import { markStatusLines } from '../../lib/parse/mark-status-lines';
import { describe, expect, it } from 'vitest';
import { extractCertifications } from '../../lib/parse/extract-certifications';
import { extractDrivingLicences, licencesOfLine } from '../../lib/parse/extract-driving-licences';
import { extractEducation } from '../../lib/parse/extract-education';
import { extractLanguages } from '../../lib/parse/extract-languages';
import type { CvSection, SectionKind } from '../../lib/types';
import { plainLines } from './build-lines';

const today = new Date('2026-03-15');
const section = (kind: SectionKind, text: string, heading = 'x'): CvSection => ({ kind, heading, lines: plainLines(text) });

describe('extractEducation', () => {
  it('lists no diploma only intended on a line of its own ("Projet … par VAE"), and keeps the one above it', () => {
    const found = extractEducation([
      section('education', `2014 Baccalauréat STL – Lycée de Cornouaille, Quimper
Projet Licence professionnelle Qualité et sécurité des aliments par VAE –
dossier de recevabilité déposé en septembre 2026
2004 Bac STI Génie civil – Lycée Livet, Nantes
Projet Titre d'ingénieur ESTP par la VAE : dossier envoyé en octobre 2026`),
    ], today);
    expect(found.map((entry) => [entry.degree, entry.end])).toEqual([
      ['Baccalauréat STL', '2014'],
      ['Bac STI Génie civil', '2004'],
    ]);
  });

  it('reads French diplomas with their school and year, whatever the order', () => {
    const found = extractEducation([
      section('education', `2010
Titre professionnel Préparateur de commandes en entrepôt – AFPA Valenciennes
BTS Management Commercial Opérationnel (MCO)
Lycée La Martinière Duchère, Lyon · 2020 · en alternance
1998 BEP Carrières sanitaires et sociales – Lycée Jules Verne, Nantes
2024-2026 : BTS NDRC, Lycée Robert de Luzarches, Amiens – en cours`),
    ], today);
    expect(found.map((entry) => [entry.degree, entry.school, entry.end])).toEqual([
      ['Titre professionnel Préparateur de commandes en entrepôt', 'AFPA Valenciennes', '2010'],
      ['BTS Management Commercial Opérationnel (MCO)', 'Lycée La Martinière Duchère', '2020'],
      ['BEP Carrières sanitaires et sociales', 'Lycée Jules Verne', '1998'],
      ['BTS NDRC', 'Lycée Robert de Luzarches', '2026'],
    ]);
  });

  it('reads UK qualifications', () => {
    const found = extractEducation([
      section('education', `Level 3 Diploma in Adult Care (RQF)\t2022
Stockport College
GCSEs – 7 at grades 9–4 including English and Maths\t2015
Reddish Vale High School, Stockport`),
    ], today);
    expect(found.map((entry) => [entry.degree, entry.school, entry.end])).toEqual([
      ['Level 3 Diploma in Adult Care (RQF)', 'Stockport College', '2022'],
      ['GCSEs', 'Reddish Vale High School', '2015'],
    ]);
  });

  it('leaves out short trainings, certificates and projects', () => {
    const found = extractEducation([
      section('education', `2019 Formation « Humanitude » et prise en charge des troubles du comportement
2023 AFGSU niveau 2 (Attestation de Formation aux Gestes et Soins d'Urgence) – CESU 44
CACES R485 catégorie 2 (gerbeurs) 2021
Projet : préparer le DEAS (aide-soignante) par la VAE`),
    ], today);
    expect(found).toEqual([]);
  });
});

describe('extractLanguages', () => {
  const languages = (sections: CvSection[], approximateLevels = false) =>
    extractLanguages(sections, { approximateLevels }).map((skill) => [skill.language, skill.level, skill.levelText]);

  it('reads names, CEFR levels and level words, keeping the words', () => {
    expect(languages([section('languages', `Français : langue maternelle
Anglais courant (C1) – documentation et réunions en anglais au quotidien
Espagnol A2
Allemand, italien : notions scolaires
Arabe (bilingue)
Peul (pular) ●●●●●`)])).toEqual([
      ['fr', 'C2', 'langue maternelle'],
      ['en', 'C1', 'courant (C1)'],
      ['es', 'A2', 'A2'],
      ['de', null, 'notions scolaires'],
      ['it', null, 'notions scolaires'],
      ['ar', 'C2', 'bilingue'],
      ['ff', null, '●●●●●'],
    ]);
  });

  it('maps vague words to a CEFR level only when asked', () => {
    expect(languages([section('languages', 'Anglais : intermédiaire\nItalien : notions')], true)).toEqual([
      ['en', 'B1', 'intermédiaire'],
      ['it', 'A1', 'notions'],
    ]);
  });

  it('reads a Europass grid as its most frequent level and a labelled line anywhere', () => {
    expect(languages([
      section('skills', `Langue(s) maternelle(s)\tfrançais
anglais\tA2\tA2\tA2\tA2\tA1`),
      section('other', 'Enhanced DBS (2023). Languages: English (native), Irish (basic).'),
    ])).toEqual([
      ['fr', 'C2', 'Langue(s) maternelle(s)'],
      ['en', 'A2', 'A2 A2 A2 A2 A1'],
      ['ga', null, 'basic'],
    ]);
  });

  it('reads a TOEIC score as a CEFR level and ignores languages named in sentences elsewhere', () => {
    expect(languages([
      section('languages', 'Anglais professionnel (TOEIC 815 en 2021) – Espagnol scolaire'),
      section('experience', 'Traduction de documents techniques en anglais'),
    ])).toEqual([
      ['en', 'B2', 'professionnel (TOEIC 815 en 2021)'],
      ['es', null, 'scolaire'],
    ]);
  });
});

describe('extractDrivingLicences', () => {
  it.each([
    ['Permis B – véhiculé', false, ['B']],
    ['Permis B, C et CE', false, ['B', 'C', 'CE']],
    ['Permis poids lourd (C) + FIMO', false, ['C']],
    ['Full clean UK driving licence and own car', false, ['B']],
    ['Driving licence\tCategories B, C, C+E – 3 points', false, ['B', 'C', 'CE']],
    ["Permis C en cours d'obtention (code obtenu)", false, []],
    ['Permis B en cours – code obtenu en 2026', false, []],
    ['Permis B, C en cours', false, ['B']],
    // "et permis" starts a licence of its own: the one in progress does not take the held one with it.
    ['Permis B et permis C en cours', false, ['B']],
    ['Permis C en cours et permis B', false, ['B']],
    ['Full UK driving licence and HGV licence in progress', false, ['B']],
    ['Cat. B and C driving licence', false, ['B', 'C']],
    // A UK tradesperson's header: the full licence of a country is the driving licence; an SIA
    // licence is a security one.
    ['JIB Gold Card holder | CSCS | IPAF 3a/3b | Full UK licence', false, ['B']],
    ['Full SIA licence (door supervisor)', false, []],
    ['Permis B · permis C non renouvelé depuis 2019', false, ['B']],
    ['Driving licence: B (C – lapsed)', false, ['B']],
    ['UK driving licence; Class 2 (C) – not held, test booked for March', false, ['B']],
    ['Permis C expiré', false, []],
    ["Permis d'exploitation (licence IV)", false, []],
    ['Permis de travail valide', false, []],
    ['B, C1', true, ['B', 'C1']],
  ])('%s', (text, inSection, expected) => {
    expect(licencesOfLine(text, inSection)).toEqual(expected);
  });

  it('keeps the line each category came from', () => {
    expect(extractDrivingLicences([section('licences', 'B (véhiculé)', 'PERMIS')])).toEqual([
      { category: 'B', evidence: { text: 'B (véhiculé)', page: 1 } },
    ]);
  });
});

describe('extractCertifications', () => {
  // The sections as the parse stage hands them over: status lines marked first.
  const labels = (sections: CvSection[]) => extractCertifications(markStatusLines(sections)).map((certification) => certification.label);

  it('names CACES per category, electrical clearances and first-aid certificates', () => {
    expect(labels([
      section('certifications', `CACES R489 cat. 1, 3 et 5 (valides jusqu'en 2028)
SST – Sauveteur Secouriste du Travail
Habilitation électrique B1V, B2V, BR, BC, H0V (recyclage 2025)
CACES R482 catégorie A (mini-engins) et C1
H0B0 (habilitation électrique)`),
      section('education', '2023 AFGSU niveau 2 (Attestation de Formation aux Gestes et Soins d\'Urgence) – CESU 44'),
    ])).toEqual([
      'CACES R489 cat. 1',
      'CACES R489 cat. 3',
      'CACES R489 cat. 5',
      'SST',
      'Habilitation électrique B1V, B2V, BR, BC, H0V',
      'CACES R482 cat. A',
      'CACES R482 cat. C1',
      'Habilitation électrique H0B0',
      'AFGSU niveau 2',
    ]);
  });

  it('names an electrical clearance only when the words or the codes say electrical', () => {
    expect(labels([section('education', 'CAP Peintre applicateur de revêtements – 2012\nHabilitation travail en hauteur – 2019')])).toEqual([]);
    expect(labels([section('education', 'Habilitation gaz (PGN) – 2021')])).toEqual([]);
    expect(labels([section('education', 'Habilitation BR – recyclage 2024')])).toEqual(['Habilitation électrique BR']);
    expect(labels([section('certifications', 'Habilitations : H0B0, BS')])).toEqual(['Habilitation électrique H0B0, BS']);
    expect(labels([section('certifications', 'Habilitation (B1V, BR)')])).toEqual(['Habilitation électrique B1V, BR']);
    expect(labels([section('certifications', 'Habilitation électrique à jour')])).toEqual(['Habilitation électrique']);
    // Named again for its renewal, with fewer codes: one clearance.
    expect(labels([section('education', 'Habilitation électrique BR, B1V – 2018\nHabilitation électrique BR – recyclage 2024')])).toEqual(['Habilitation électrique BR, B1V']);
    expect(labels([section('education', 'Habilitation électrique B1V – 2018\nHabilitation électrique BR – recyclage 2024')])).toEqual(['Habilitation électrique B1V', 'Habilitation électrique BR']);
  });

  it('lists every item of a certificates section, without dates', () => {
    expect(labels([
      section('certifications', `Care Certificate (2017)\tSafeguarding Adults – Level 2
AWS Certified Cloud Practitioner (2023) · Professional Scrum Master I (2021)
Digital tachograph card\tValid until 2029`),
    ])).toEqual(['Care Certificate', 'Safeguarding Adults – Level 2', 'AWS Certified Cloud Practitioner', 'Professional Scrum Master I', 'Digital tachograph card']);
  });

  it('claims nothing booked, expired, not renewed or failed, but keeps a validity date to come', () => {
    expect(labels([
      section('certifications', `CACES R489 cat. 3 – expiré en 2023
CACES R482 cat. A : non renouvelé
Reach truck (RTITB) – course booked for January
SST (recyclage à jour), certificat valide, expire en 2028
PSC1 – échoué à l'examen
IPAF 3a – lapsed
AWS Solutions Architect – exam scheduled for June
Habilitation électrique BR – dossier envoyé`),
    ])).toEqual(['SST']);
  });

  it('claims nothing whose status, on the line below, says it is not held', () => {
    expect(labels([
      section('certifications', `CACES R490 grue auxiliaire
– formation prévue en 2027
SST
Permis bateau côtier
(en cours d'obtention)
IPAF 3a
- expired 2022
Food Hygiene Level 2`),
    ])).toEqual(['SST', 'Food Hygiene Level 2']);
  });

  it('claims nothing only asked for, not kept up or never finished', () => {
    expect(labels([
      section('certifications', `Tekla Structures : formation demandée au plan de développement des compétences
Permis C : financement demandé à France Travail
Qualifications de type A320 et ATR 72 : non maintenues depuis août
Under 16.5m Skipper's Certificate – started 2021, not completed
Certificat Voltaire – session terminée, 780 points
SST – à la demande de l'employeur, recyclé en 2025`),
    ])).toEqual(['Certificat Voltaire – session terminée, 780 points', 'SST']);
  });

  it('reads the status cell of a table row as the status of the certificate the row names', () => {
    expect(labels([
      section('certifications', `CACES R486 cat. B\tnacelle – formation demandée à l'employeur\t—
CACES R489 cat. 3\tchariot frontal\t2024
SST\tSauveteur Secouriste du Travail\t2025`),
    ])).toEqual(['CACES R489 cat. 3', 'SST']);
  });

  it('reads a status that a colon announces on the line below', () => {
    expect(labels([
      section('certifications', `GWO BTT (Basic Technical Training)
GWO ART (Advanced Rescue Training) :
session prévue en février 2027`),
    ])).toEqual(['GWO BTT (Basic Technical Training)']);
  });

  it('takes no piece of a wrapped cell or table furniture for a certificate, but keeps a listed item in lower case', () => {
    expect(labels([
      section('certifications', `Intitulé\tDétail
Qualification 136 fil fourré\tacier carbone, tube, BW, toutes positions (H-L045)
NEBDN Certificate in Dental Nursing\tFeb
Infection control – annual update
Asbestos awareness\t(UKATA)
CACES R482 cat. A (mini-pelle,
mini-chargeuse)
Other\tHIAB / lorry loader (NPORS), counterbalance forklift`),
    ])).toEqual([
      'Qualification 136 fil fourré',
      'NEBDN Certificate in Dental Nursing',
      'Infection control – annual update',
      'Asbestos awareness',
      'CACES R482 cat. A',
      'HIAB / lorry loader (NPORS)',
      'counterbalance forklift',
    ]);
  });

  it('reads a grid of certificates whose cells wrap onto a second row, each with its own status', () => {
    expect(labels([
      section('certifications', `Ticket\tDetails
RYA VHF Short Range Certificate\tSea Survival –
(SRC) (2017)\tvalid to 2028
Under 16.5m Skipper's Certificate –\tCounterbalance forklift (RTITB) –\tLevel 2 Food Safety & Hygiene –
started 2021, not completed\texpired 2020\tbooked for January 2027
Medical Emergencies & Basic Life Support –\t(2024)
annual update (last Feb 2026)\tNEBDN Certificate in Oral Health Education –
Safeguarding Children and Adults Level 2 (2025)\tcourse booked for March 2027`),
    ])).toEqual([
      'RYA VHF Short Range Certificate (SRC)',
      'Sea Survival',
      'Medical Emergencies & Basic Life Support – annual update',
      'Safeguarding Children and Adults Level 2',
    ]);
  });

  it('claims no background check or medical fitness, and nothing only applied for', () => {
    expect(labels([
      section('certifications', `Enhanced DBS check (update service)
ENG1 seafarer medical
Aptitude médicale PNC valable jusqu'en 2027
CFS – Certificat de formation à la sécurité (PNC)
Licence pro Optique professionnelle : candidature déposée pour la rentrée
STCW Basic Safety Training`),
    ])).toEqual(['CFS – Certificat de formation à la sécurité (PNC)', 'STCW Basic Safety Training']);
  });

  it('claims nothing only planned, and no skill named like a certificate', () => {
    expect(labels([
      section('licences', "Formation CACES R489 (cat. 1, 3, 5) envisagée pour 2027"),
      section('certifications', 'Cisco CCNA – en préparation'),
      section('skills', 'Respect des normes HACCP'),
    ])).toEqual([]);
  });
});
