// Licences, CACES, language tests and diploma labels written in less common ways.
import { describe, expect, it } from 'vitest';
import { extractCertifications } from '../../lib/parse/extract-certifications';
import { licencesOfLine } from '../../lib/parse/extract-driving-licences';
import { extractEducation } from '../../lib/parse/extract-education';
import { extractLanguages } from '../../lib/parse/extract-languages';
import type { CvSection, SectionKind } from '../../lib/types';
import { plainLines } from './build-lines';

const today = new Date('2026-03-15');
const section = (kind: SectionKind, text: string, heading = 'x'): CvSection => ({ kind, heading, lines: plainLines(text) });

describe('licences named before or around the licence word', () => {
  it.each<[string, boolean, string[]]>([
    ['Class C1 licence holder', false, ['C1']],
    ['Cat. B and C driving licence', false, ['B', 'C']],
    ['Full clean licence, own transport', false, ['B']],
    ['Valid UK licence', true, ['B']],
    ['Valid UK licence', false, []],
    ['A driving licence is required for the role', false, []],
    ['Valid SIA licence', true, []],
  ])('%s', (text, inSection, expected) => {
    expect(licencesOfLine(text, inSection)).toEqual(expected);
  });
});

describe('CACES categories in brackets', () => {
  const labelsOf = (text: string) => extractCertifications([section('certifications', text)]).map((certification) => certification.label);

  it('reads the categories in brackets after the recommendation, not a comment', () => {
    expect(labelsOf('CACES R489 (cat. 3, 5)')).toEqual(['CACES R489 cat. 3', 'CACES R489 cat. 5']);
    expect(labelsOf('CACES R490 (grue auxiliaire de chargement)')).toEqual(['CACES R490']);
    expect(labelsOf('CACES (R486) B et C')).toEqual(['CACES R486 cat. B', 'CACES R486 cat. C']);
  });

  it('reads "carte chronotachygraphe" as the driver card, not the tachograph as a skill', () => {
    expect(labelsOf('Carte chronotachygraphe à jour')).toEqual(['Carte conducteur']);
    expect(extractCertifications([section('skills', 'Utilisation du chronotachygraphe')])).toEqual([]);
  });
});

describe('tests of English on a language line', () => {
  it('gives the TOEIC score to English, not to the language before it', () => {
    const languages = extractLanguages([section('languages', 'Espagnol B1, TOEIC 820')]);
    expect(languages.map(({ language, level }) => [language, level])).toEqual([['es', 'B1'], ['en', 'B2']]);
  });

  it('takes a Cambridge exam as English, with no level invented', () => {
    const languages = extractLanguages([section('languages', 'Cambridge First Certificate in English')]);
    expect(languages.map(({ language, level }) => [language, level])).toEqual([['en', null]]);
  });
});

describe('a label before the diploma', () => {
  it('drops a status label, keeps a diploma named before its acronym', () => {
    const education = extractEducation([section('education', `Diplôme obtenu : BTS MUC, Lycée Baggio, 2015
Diplôme d'État d'infirmier : DEI`)], today);
    expect(education.map(({ degree, end }) => [degree, end])).toEqual([['BTS MUC', '2015'], ["Diplôme d'État d'infirmier : DEI", null]]);
  });
});

describe('a car and a motorcycle licence named in words', () => {
  it('"Permis auto et moto" holds B and A', () => {
    expect(licencesOfLine('Permis auto et moto', false).sort()).toEqual(['A', 'B']);
    expect(licencesOfLine('Permis voiture + moto', false).sort()).toEqual(['A', 'B']);
    expect(licencesOfLine('Permis moto en cours', false)).toEqual([]);
  });
});

// Schools known by their initials: a teachers' school (INSPE, formerly ESPE), a university
// department (UFR), Sciences Po, the Red Cross's social-care school (IRFSS).
describe('schools known by their initials', () => {
  it.each([
    ['Master 2 MEEF, INSPE de Lille, 2019-2021', 'INSPE de Lille'],
    ['Master MEEF – ESPE d\'Aquitaine – 2017', 'ESPE d\'Aquitaine'],
    ['Licence STAPS, UFR STAPS, 2018', 'UFR STAPS'],
    ['DEAS, IRFSS Nouvelle-Aquitaine, 2021', 'IRFSS Nouvelle-Aquitaine'],
  ])('"%s" is taken at %s', (line, school) => {
    expect(extractEducation([section('education', line)], today)[0]?.school).toBe(school);
  });
});

// French licences issued before 2013 wrote the trailer categories "EB", "EC", "ED" (or "E(C)"):
// today's BE, CE and DE. Older drivers' CVs keep the old letters.
describe('licences in the French notation before 2013, and the category before "du permis"', () => {
  it.each<[string, string[]]>([
    ['Permis EC (super lourd)', ['CE']],
    ['Permis C, EC', ['C', 'CE']],
    ['Permis B, E(B)', ['B', 'BE']],
    ['Permis D et ED', ['D', 'DE']],
    ['Catégorie B du permis de conduire', ['B']],
  ])('"%s" holds %j', (line, categories) => {
    expect(licencesOfLine(line, false).sort()).toEqual([...categories].sort());
  });
});

// "(2e année en cours)" says how far the diploma is, as "(en cours)" does: the bracket goes whole.
describe('the year of study in progress after a diploma', () => {
  it.each([
    ['BTS MCO (2e année en cours)', 'BTS MCO'],
    ['BTS MCO (1re année en cours) – Lycée Colbert, Lyon', 'BTS MCO'],
    ['Licence pro Logistique (formation en cours)', 'Licence pro Logistique'],
  ])('"%s" is %s', (line, degree) => {
    expect(extractEducation([section('education', line)], today)[0]?.degree).toBe(degree);
  });
});
