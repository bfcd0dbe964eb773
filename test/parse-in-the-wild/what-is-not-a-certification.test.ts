// What job seekers list among certifications that is none: the software they use, a skill they
// were trained in ("Formée à…"), a short training or a module, and, under a mixed "Compétences /
// Certifications" heading, a plain skill. The certificates on the same list stay.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const certificationsOf = (heading: string, items: string) =>
  parseProfile(documentOf(plainLines(`Nadia Benali\n06 22 33 44 55\n${heading}\n${items}\nEXPÉRIENCES\n2015 - 2019 : Secrétaire médicale – Clinique du Parc, Villeurbanne`), 'docx'), { referenceDate: today })
    .certifications.map((certification) => certification.label);

describe('what is not a certification', () => {
  it('keeps the certificates of a "Compétences / Certifications" list, not its software nor its skills', () => {
    expect(
      certificationsOf('COMPÉTENCES / CERTIFICATIONS', `Pack Office (Word, Excel, Outlook), SAP, Sage 100
Formée à la gestion des plannings sur Octime
Accueil téléphonique et physique
Certification TOSA Excel (score 780) – 2022
Certificat Voltaire (niveau Affaires) – 2021
PSC1 – 2019`),
    ).toEqual(['Certification TOSA Excel (score 780)', 'Certificat Voltaire (niveau Affaires)', 'PSC1']);
  });

  it('reads no module nor short training of a certifications list as a certificate', () => {
    expect(
      certificationsOf('CERTIFICATIONS', `Module « Paie et déclarations sociales » – Greta (2020)
Formation gestes et postures (2 jours) – 2023
Initiation à Excel
Attestation de formation SST – 2022
Titre professionnel Agent de propreté et d'hygiène – 2018`),
    // The titre professionnel is a diploma: with no education section it is read as education.
    ).toEqual(['SST']);
  });

  it('reads no labelled software list nor training told by its length as a certificate', () => {
    expect(
      certificationsOf('CERTIFICATIONS', `AFGSU niveau 2 (2019, recyclage 2023)
Formation en cours : Assistant de soins en gérontologie (ASG)
Logiciels : Netsoins, Titan
Manutention des patients (PRAP 2S)
Bientraitance des personnes âgées – module de 14 h
Prévention incendie (7 h)`),
    ).toEqual(['AFGSU niveau 2', 'PRAP 2S']);
  });

  it('still reads a list of office software a certifications section calls a certificate', () => {
    expect(certificationsOf('CERTIFICATIONS', 'Certification PCIE : Word, Excel, PowerPoint – 2021')).toEqual(['Certification PCIE : Word, Excel, PowerPoint']);
  });
});
