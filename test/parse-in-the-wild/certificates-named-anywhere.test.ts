// Regulated certificates a counsellor looks for wherever the CV puts them (a skills list, a
// "Brevets" list): BNSSA, PSE1/PSE2, the CSCS card. And a "permis" that
// is not a driving licence ("Permis cariste", "Permis bateau côtier") is still a certificate.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today });
const certificatesOf = (text: string) => parse(text).certifications.map((item) => item.label);

describe('regulated certificates named in any section', () => {
  it('reads BNSSA and "PSE1 – PSE2" as one certificate each', () => {
    expect(certificatesOf(`Clara Martin
07 55 44 33 22
BREVETS ET CERTIFICATIONS
BNSSA (2018, révision 2023)
PSE1 – PSE2 (Protection civile, 2021)`)).toEqual(['BNSSA', 'PSE1', 'PSE2']);
  });

  it('finds the CSCS card of a UK site worker outside a certificates list', () => {
    expect(certificatesOf(`Daniel O'Connor
07700 900123
Skills
Groundworks, kerbing, drainage
Holder of a CSCS Blue Card`)).toEqual(['CSCS card']);
  });
});

describe('a "permis" that is not a driving licence', () => {
  it('keeps "Permis cariste" and "Permis bateau" as certificates, not licences', () => {
    const profile = parse(`Sébastien Roux
07 12 34 56 78
Habilitations
Permis cariste (autorisation de conduite)
Permis bateau côtier
Permis
B`);
    expect(profile.certifications.map((item) => item.label)).toEqual(['Permis cariste (autorisation de conduite)', 'Permis bateau côtier']);
    expect(profile.drivingLicences).toEqual(['B']);
  });
});
