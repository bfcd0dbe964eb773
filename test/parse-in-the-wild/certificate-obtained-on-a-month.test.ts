// A certificate listed with when it was obtained and how long it is valid: "RCR / Secourisme en
// milieu de travail – obtenu en mars 2023, valide jusqu'en 2026". The validity went, but the
// obtained date named its month, so "– obtenu en mars 2023" stayed in the certificate's name.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const certificatesOf = (lines: string[]) =>
  parseProfile(documentOf(plainLines(['Jean-Baptiste N’DIAYE', 'Préposé aux bénéficiaires', 'jb.ndiaye@videotron.ca', 'CERTIFICATIONS', ...lines].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).certifications.map(
    (certificate) => certificate.label,
  );

describe('a certificate with the month it was obtained', () => {
  it.each([
    ["RCR / Secourisme en milieu de travail – obtenu en mars 2023, valide jusqu'en 2026", 'RCR / Secourisme en milieu de travail'],
    ['PDSB (déplacement sécuritaire des bénéficiaires) – obtenu le 12 février 2022', 'PDSB (déplacement sécuritaire des bénéficiaires)'],
    ['Emergency First Aid at Work – March 2022', 'Emergency First Aid at Work'],
    ['Food Allergen Awareness – Sept. 2021', 'Food Allergen Awareness'],
  ])('"%s"', (line, label) => {
    expect(certificatesOf([line])).toEqual([label]);
  });
});
