// The parse stage: lines in reading order -> a suggested profile with evidence and confidence.
import type { Language, ParsedProfile, ProfileFields, ReadDocument } from '../types';
import { extractEmail } from './extract-email';
import { extractName } from './extract-name';
import { extractPhone } from './extract-phone';

export interface ParseOptions {
  referenceDate?: Date;
  language?: Language;
}

export function parseProfile(doc: ReadDocument, options: ParseOptions = {}): ParsedProfile {
  const lines = doc.lines.filter((line) => line.text.trim() !== '');
  const fields: ProfileFields = {};
  const name = extractName(lines);
  if (name.firstName) fields.firstName = name.firstName;
  if (name.lastName) fields.lastName = name.lastName;
  const email = extractEmail(lines);
  if (email) fields.email = email;
  const phone = extractPhone(lines);
  if (phone) fields.phone = phone;
  return {
    language: options.language ?? 'fr',
    fields,
    experiences: [],
    education: [],
    languages: [],
    drivingLicences: [],
    certifications: [],
    sections: [],
    warnings: [],
  };
}
