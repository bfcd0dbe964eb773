// A CV with no education section that lists its diplomas under "Certifications", beside its
// CACES and first-aid cards: the CAP, the Bac pro, the titre professionnel are its education;
// the CACES, SST, HACCP and clearances stay certificates. Also in a UK "Certificates" list.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });

describe('diplomas listed under certifications', () => {
  it('reads the diplomas of a French certifications list as education, the cards as certificates', () => {
    const profile = parse(`Karim Haddad
12 rue des Lilas, 59000 Lille
06 12 34 56 78 – karim.haddad@gmail.com
Préparateur de commandes
EXPÉRIENCES
2019 - 2024 : Préparateur de commandes – Leroy Merlin, Lesquin
2016 - 2019 : Magasinier – Auchan, Villeneuve-d'Ascq
CERTIFICATIONS
CACES R489 cat. 1, 3 et 5 – 2020
CAP Agent d'entreposage et de messagerie – Lycée Baggio, Lille (2015)
Bac pro Logistique – 2016
SST – 2022
Titre professionnel Préparateur de commandes en entrepôt – AFPA Lille, 2018
HACCP
Habilitation électrique B0`);
    expect(profile.education.map(({ degree, school, end }) => ({ degree, school, end }))).toEqual([
      { degree: "CAP Agent d'entreposage et de messagerie", school: 'Lycée Baggio', end: '2015' },
      { degree: 'Bac pro Logistique', school: null, end: '2016' },
      { degree: 'Titre professionnel Préparateur de commandes en entrepôt', school: 'AFPA Lille', end: '2018' },
    ]);
    expect(profile.certifications.map((certification) => certification.label)).toEqual([
      'CACES R489 cat. 1', 'CACES R489 cat. 3', 'CACES R489 cat. 5', 'SST', 'HACCP', 'Habilitation électrique B0',
    ]);
  });

  it("reads a Diplôme d'État and a BTS under \"Certifications & habilitations\" as education", () => {
    const profile = parse(`Sophie Marchal
sophie.marchal@orange.fr · 07 61 22 45 90
Aide-soignante
EXPÉRIENCE PROFESSIONNELLE
Depuis 2021 : Aide-soignante – EHPAD Les Tilleuls, Nancy
CERTIFICATIONS & HABILITATIONS
• Diplôme d'État d'aide-soignant (DEAS) – IFAS de Nancy – 2021
• BTS Économie sociale et familiale – 2017
• AFGSU niveau 2 – 2023
• Attestation de formation PRAP 2S`);
    expect(profile.education.map(({ degree, end }) => ({ degree, end }))).toEqual([
      { degree: "Diplôme d'État d'aide-soignant (DEAS)", end: '2021' },
      { degree: 'BTS Économie sociale et familiale', end: '2017' },
    ]);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(['AFGSU niveau 2', 'PRAP 2S']);
  });

  it('keeps what calls itself a certificate or award a certificate in a UK list, the NVQ is education', () => {
    const profile = parse(`Daniel Hughes
07700 900456 | daniel.hughes@outlook.com
EMPLOYMENT HISTORY
Warehouse Operative, DHL Supply Chain, Coventry | 2019 – Present
CERTIFICATES
NVQ Level 2 in Warehousing and Storage – 2018
Level 2 Award in Food Safety – 2020
Food Hygiene Level 2
Professional Scrum Master I
Counterbalance forklift licence
CSCS card`);
    expect(profile.education.map(({ degree, end }) => ({ degree, end }))).toEqual([{ degree: 'NVQ Level 2 in Warehousing and Storage', end: '2018' }]);
    expect(profile.certifications.map((certification) => certification.label)).toEqual([
      'Level 2 Award in Food Safety', 'Food Hygiene Level 2', 'Professional Scrum Master I', 'Counterbalance forklift licence', 'CSCS card',
    ]);
  });

  it('leaves the certifications list alone when the CV has an education section', () => {
    const profile = parse(`Karim Haddad
06 12 34 56 78 – karim.haddad@gmail.com
EXPÉRIENCES
2019 - 2024 : Préparateur de commandes – Leroy Merlin, Lesquin
FORMATION
2015 : CAP Agent d'entreposage et de messagerie – Lycée Baggio, Lille
CERTIFICATIONS
CACES R489 cat. 3 – 2020
SST – 2022`);
    expect(profile.education.map(({ degree }) => degree)).toEqual(["CAP Agent d'entreposage et de messagerie"]);
    expect(profile.certifications.map((certification) => certification.label)).toEqual(['CACES R489 cat. 3', 'SST']);
  });
});
