// Job seekers from Belgium, Switzerland, Québec, the US or Central Europe list the school diplomas of
// their country: "CESS", "CFC d'employée de commerce", "Maturité professionnelle", "Associate of
// Applied Science", "Matura". None of them named a French or UK degree word, so the whole education
// section came out empty.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const educationOf = (heading: string, lines: string[]) =>
  parseProfile(documentOf(plainLines(['Nadia EL AMRANI', 'Employée de commerce', 'nadia.elamrani@gmail.com', heading, ...lines].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).education.map(
    (entry) => [entry.degree, entry.school, entry.end],
  );

describe('school and trade diplomas of neighbouring countries', () => {
  it('Belgian certificates of secondary education, with an athénée as the school', () => {
    expect(educationOf('FORMATION', [
      "Certificat d'enseignement secondaire supérieur (CESS) — Athénée Royal de Schaerbeek, 2012",
      'CEB — École communale n° 3, Ixelles, 2006',
    ])).toEqual([
      ["Certificat d'enseignement secondaire supérieur (CESS)", 'Athénée Royal de Schaerbeek', '2012'],
      ['CEB', 'École communale n° 3', '2006'],
    ]);
  });

  it('Swiss CFC and maturité, school on the line below', () => {
    expect(educationOf('FORMATION', [
      "CFC d'employée de commerce, profil E",
      'École de commerce Nicolas-Bouvier, Genève · 2018',
      'Maturité professionnelle commerciale',
      'Gymnase de Chamblandes, Pully · 2019',
    ])).toEqual([
      ["CFC d'employée de commerce", 'École de commerce Nicolas-Bouvier', '2018'],
      ['Maturité professionnelle commerciale', 'Gymnase de Chamblandes', '2019'],
    ]);
  });

  it('a US associate degree and a Polish matura', () => {
    expect(educationOf('EDUCATION', [
      'Associate of Applied Science, HVAC — Lincoln Land Community College, 2018',
      'Matura — Liceum Ogólnokształcące nr 3, Gdańsk, 2015',
    ])).toEqual([
      ['Associate of Applied Science', 'Lincoln Land Community College', '2018'],
      ['Matura', 'Liceum Ogólnokształcące nr 3', '2015'],
    ]);
  });
});
