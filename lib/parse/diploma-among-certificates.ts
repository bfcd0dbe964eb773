// A CV without an education section often lists its diplomas under "Certifications": there a CAP,
// a Bac pro, a BTS, a titre professionnel, a Licence or a Diplôme d'État is still a diploma, while
// the CACES, HACCP, SST and clearances around it stay certificates.
import type { CvSection } from '../types';
import { isDegree } from './detect-degree';
import { knownCertificates } from './extract-certifications';

/** A certifications heading that also names diplomas ("Diplômes et certifications"). */
export const EDUCATION_HEADING = /dipl[oô]m|formation|[ée]ducation|qualification|degree/i;

export function hasEducationSection(sections: CvSection[]): boolean {
  return sections.some((section) => section.kind === 'education' || (section.kind === 'certifications' && EDUCATION_HEADING.test(section.heading ?? '')));
}

/** What calls itself a certificate is one, even when it is a qualification too ("Level 2
 *  Certificate in Food Safety", "Certificat de formation SST", "Attestation de formation"). */
const CERTIFICATE_WORDS = /\b(?:certificates?|certification|certified|award|attestation|card|carte|habilitations?|permis)\b|\bcertificat\s+de\s+formation\b/i;

/** A line of a certifications list that opens with a diploma and names no certificate. Not a
 *  degree word further in ("Professional Scrum Master I"), nor a bare UK level, which grades
 *  certificates too ("Food Hygiene Level 2", "Level 2 Food Safety"). */
export function isDiplomaAmongCertificates(text: string): boolean {
  const opening = text.trim().replace(/^level\s+\d\s+/i, '').split(/\s+/).slice(0, 2).join(' ').replace(/\blevel\b/gi, ' ');
  return isDegree(opening) && knownCertificates(text).length === 0 && !CERTIFICATE_WORDS.test(text);
}
