// Sections of certificates under the names job seekers and job sites give them: "Titres et
// attestations", "Agréments", "Licences et certifications"
// (LinkedIn), "Certifications et licences" (Indeed). Their items are certificates, never the
// school of the diploma above; an online course section ("Cours en ligne") is not one.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });
const certificatesOf = (text: string) => parse(text).certifications.map((item) => item.label);

describe('certificate sections by other names', () => {
  it('reads "Titres et attestations" as a section, not as the school of the diploma above', () => {
    const profile = parse(`Mamadou Koné
06 45 78 12 90
FORMATION
Brevet des collèges – 2010
TITRES ET ATTESTATIONS
Carte professionnelle CNAPS (valide jusqu'en 2028)
Attestation de formation aux premiers secours`);
    expect(profile.education.map(({ degree, school }) => ({ degree, school }))).toEqual([{ degree: 'Brevet des collèges', school: null }]);
    expect(profile.certifications.map((item) => item.label)).toEqual(['Carte professionnelle CNAPS', 'Attestation de formation aux premiers secours']);
  });

  it('reads "Agréments" as certificates, not as diplomas', () => {
    const profile = parse(`Thomas Garnier
06 12 98 76 54
Formation
BTSA Productions horticoles (2017)
Agréments
Agrément d'assistant maternel (Conseil départemental du Lot-et-Garonne)
Attestation de capacité de transport routier`);
    expect(profile.education.map(({ degree }) => degree)).toEqual(['BTSA Productions horticoles']);
    expect(profile.certifications.map((item) => item.label)).toEqual([
      "Agrément d'assistant maternel (Conseil départemental du Lot-et-Garonne)",
      'Attestation de capacité de transport routier',
    ]);
  });

  it('reads a list of acronyms as one certificate each, and leaves out a card number', () => {
    expect(certificatesOf(`Daniel O'Connor
07700 900123
Certificates
SMSTS, SSSTS
Card no. 123456
CITB Health, Safety & Environment test – passed 2024`)).toEqual(['SMSTS', 'SSSTS', 'CITB Health, Safety & Environment test']);
  });

  it('reads "Licences et certifications" (LinkedIn) and "Certifications et licences" (Indeed)', () => {
    expect(certificatesOf(`Julien Moreau
julien.moreau@gmail.com
Licences et certifications
Certification AMF
AMF · Délivré en mars 2018`)).toEqual(['Certification AMF']);
    expect(certificatesOf(`Sandrine Lopez
0611002233
Langues
Espagnol - Courant
Certifications et licences
TOSA Excel
Juin 2021 à Juin 2024`)).toEqual(['TOSA Excel']);
  });

  it('does not take an online course section for certificates', () => {
    expect(certificatesOf(`Karim Benali
06 33 44 55 66
CERTIFICATS
FIMO marchandises – 2015
COURS EN LIGNE
Excel perfectionnement – OpenClassrooms (2021)
Supply Chain Fundamentals – Coursera, 2022`)).toEqual(['FIMO marchandises']);
  });
});
