// A headline copied from the job ad the CV answers: the gender mark in lower case ("h/f") and the
// ad's reference after the title ("– Réf. 12345", "(réf : AS-2024-17)"). Neither is part of the
// title, and the reference's five digits are no postcode.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const fieldsOf = (headline: string) => {
  const { fields } = parseProfile(documentOf(plainLines(`Marie Dupont
${headline}
06 12 34 56 78
marie.dupont@gmail.com
EXPÉRIENCES PROFESSIONNELLES
Agent de maintenance – Renault, Douai
2019 - 2024
FORMATION
BTS Maintenance des systèmes – 2018`), 'docx'), { referenceDate: today });
  return { jobTitle: fields.jobTitle?.value, postcode: fields.postcode?.value, city: fields.city?.value };
};

describe('a headline copied from a job ad', () => {
  it('drops a gender mark written in lower case', () => {
    expect(fieldsOf('Technicien de maintenance (h/f)').jobTitle).toBe('Technicien de maintenance');
    expect(fieldsOf('Technicien de maintenance f/h').jobTitle).toBe('Technicien de maintenance');
  });

  it('drops the ad\'s reference, and reads no postcode or town from it', () => {
    expect(fieldsOf('Technicien de maintenance (H/F) - Réf. 12345')).toEqual({ jobTitle: 'Technicien de maintenance', postcode: undefined, city: undefined });
    expect(fieldsOf('Aide-soignante (réf : AS-2024-17)').jobTitle).toBe('Aide-soignante');
    expect(fieldsOf('Vendeuse – Offre n° 98765')).toEqual({ jobTitle: 'Vendeuse', postcode: undefined, city: undefined });
  });
});
