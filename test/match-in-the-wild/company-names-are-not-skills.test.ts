// Employers are named with trade words: "Excel Formation SARL", "Soudure Express", "Transports
// Soudure et Fils". Where the reader of experiences could not take the employer apart ("Stage chez
// Excel Formation SARL en 2011", a sentence of the summary), its words gave skills: "utiliser un
// tableur" from a training company's name. A name after "chez", or ending with a company's legal
// form (SARL, SAS, Ltd, "& Fils"), is a name.
import { beforeAll, describe, expect, it } from 'vitest';
import { companyNameSpans } from '../../lib/match/company-names';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { englishCv, frenchCv, linkCv, SKILL, suggestionOf } from './cv-text';

const SPREADSHEETS = `${SKILL}1973c966-f236-40c9-b2d4-5d71a89019be`;
const ENTREPRENEURSHIP = `${SKILL}658605f2-1c95-49f0-bd98-0af7b15ad0b0`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

const names = (text: string): string[] => companyNameSpans(text).map(([start, end]) => text.slice(start, end));

describe('a company\'s name gives no skill', () => {
  it.each([
    ['PROFIL', "Ancienne élève du Lycée des métiers de l'hôtellerie, j'ai travaillé chez Excel Formation SARL puis chez Boulangerie Paul."],
    ['EXPÉRIENCE PROFESSIONNELLE', 'Stage chez Excel Formation SARL en 2011'],
    ['DIVERS', 'Excel Formation SARL : certificat bureautique'],
  ])('%s: "%s" gives no spreadsheet skill', (heading, line) => {
    expect(suggestionOf(linkCv(frenchCv(heading, [line]), esco).skills, SPREADSHEETS)).toBeUndefined();
  });

  it('the same word as the person\'s skill still counts: "Excel, Word"', () => {
    expect(suggestionOf(linkCv(frenchCv('COMPÉTENCES', ['Excel, Word']), esco).skills, SPREADSHEETS)).toBeDefined();
    expect(suggestionOf(linkCv(frenchCv('COMPÉTENCES', ['Formation Excel chez Pôle emploi']), esco).skills, SPREADSHEETS)).toBeDefined();
    expect(suggestionOf(linkCv(englishCv('SKILLS', ['Good at Microsoft Excel']), esco).skills, SPREADSHEETS)).toBeDefined();
  });
});

describe('an employer named by what it is, in a sentence', () => {
  it('"à l\'entreprise Bois & Création" gives no entrepreneurship', () => {
    const line = "Auparavant, j'ai été menuisier d'atelier pendant 3 ans (2015-2018) à l'entreprise Bois & Création, à Vitré.";
    expect(suggestionOf(linkCv(frenchCv('MON PARCOURS', [line]), esco).skills, ENTREPRENEURSHIP)).toBeUndefined();
    expect(suggestionOf(linkCv(frenchCv('COMPÉTENCES', ["Création d'entreprise"]), esco).skills, ENTREPRENEURSHIP)).toBeDefined();
  });
});

describe('company names in a phrase', () => {
  it.each([
    ['Stage chez Excel Formation SARL en 2011', ['Excel Formation SARL']],
    ["J'ai travaillé chez Soudure Express.", ['Soudure Express']],
    ['Chauffeur chez Transports Soudure et Fils depuis 2015', ['Transports Soudure et Fils']],
    ['Accounts assistant, Smith & Co', ['Smith & Co']],
    ['Worked for Taylor Welding Ltd for 5 years', ['Taylor Welding Ltd']],
    ['Formation Excel chez Pôle emploi', ['Pôle']],
    ["J'ai été menuisier à l'entreprise Bois & Création, à Vitré.", ["entreprise Bois & Création"]],
    ['Vendeuse pour la société Durand Frères (2019)', ['société Durand Frères']],
    ['Worked at Leeds General Infirmary as a porter', ['Leeds General Infirmary']],
  ])('"%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['Maîtrise d\'Excel chez un client', 'Soudure TIG, MIG', 'Excel, Word, PowerPoint', 'Good at Microsoft Excel', "Création d'entreprise", 'Expert at Excel'])('none in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});
