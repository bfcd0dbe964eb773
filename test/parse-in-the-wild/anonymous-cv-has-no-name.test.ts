// France Travail and employers ask for anonymous CVs ("CV anonyme"): the name is left out on
// purpose, sometimes replaced by a candidate number. No line of the CV may then be taken for a
// name: before, a bullet ("Utilisation de l'autolaveuse") was read as first and last name.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-11-30');
const fieldsOf = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: today }).fields;

const BODY = ['Agent de propreté', '', 'Expérience', '2019 – 2024 : Agent de propreté, Onet, Lille', 'Nettoyage des bureaux et des sanitaires', "Utilisation de l'autolaveuse", '', 'Formation', "2018 : CAP Agent de propreté et d'hygiène", '', 'Langues : français, arabe'];

describe('an anonymous CV', () => {
  it.each([
    ['CV anonyme — Candidat n° 2024-0173'],
    ['Curriculum vitae anonyme'],
    ['Candidate reference: 58213 (anonymised CV)'],
  ])('headed "%s" gives no name, and still its job and contact-free profile', (header) => {
    const fields = fieldsOf([header, '', ...BODY].join('\n'));
    expect(fields.firstName).toBeUndefined();
    expect(fields.lastName).toBeUndefined();
    expect(fields.jobTitle?.value).toBe('Agent de propreté');
  });

  it('with no header at all, no bullet or skill line is taken for a name', () => {
    const fields = fieldsOf(BODY.join('\n'));
    expect(fields.firstName).toBeUndefined();
    expect(fields.lastName).toBeUndefined();
  });

  it('a named CV is still read as before', () => {
    const fields = fieldsOf(['Fatima Zahra OUALI', ...BODY].join('\n'));
    expect([fields.firstName?.value, fields.lastName?.value]).toEqual(['Fatima Zahra', 'OUALI']);
  });
});
