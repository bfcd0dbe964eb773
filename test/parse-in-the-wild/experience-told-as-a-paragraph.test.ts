// A career told as a paragraph rather than a list: each sentence that gives a date and a trade
// ("je travaille comme…", "j'ai été…", "I worked as…") is one job, its employer after "pour",
// "chez", "à l'hôpital…", "at", "for", its town after "à" or "in".
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (heading: string, paragraph: string) =>
  parseProfile(documentOf(plainLines(`Sylvie Garnier\nsylvie.garnier@laposte.net – 06 98 76 54 32\n${heading}\n${paragraph}\nFORMATION\nDEAVS (2010)`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location, start, end }) => ({ title, employer, location, start, end }));

describe('experience told as a paragraph', () => {
  it('reads one job a sentence, wrapped over several lines or not', () => {
    const expected = [
      { title: 'Aide à domicile', employer: 'ADMR de Montbrison', location: null, start: '2016', end: 'present' },
      { title: 'Agent de service hospitalier', employer: 'Hôpital de Feurs', location: null, start: '2008', end: '2015' },
      { title: 'Caissière', employer: 'Casino', location: 'Saint-Étienne', start: '2002', end: '2002' },
    ];
    expect(experiencesOf('EXPÉRIENCE', `Depuis 2016, je travaille comme aide à domicile pour l'ADMR de Montbrison, auprès de personnes âgées. Auparavant, de 2008 à 2015, j'ai été agent de service hospitalier à l'hôpital de Feurs. J'ai commencé comme caissière chez Casino à Saint-Étienne en 2002.`)).toEqual(expected);
    expect(experiencesOf('EXPÉRIENCE', `Depuis 2016, je travaille comme aide à domicile pour l'ADMR de Montbrison, auprès de
personnes âgées. Auparavant, de 2008 à 2015, j'ai été agent de service hospitalier à
l'hôpital de Feurs. J'ai commencé comme caissière chez Casino à Saint-Étienne en 2002.`)).toEqual(expected);
  });

  it('reads an English paragraph', () => {
    expect(experiencesOf('WORK HISTORY', 'Since 2019 I have worked as a care assistant at Brookfield House. Before that, from 2014 to 2019, I worked as a kitchen porter for Compass Group in Bradford.')).toEqual([
      { title: 'Care assistant', employer: 'Brookfield House', location: null, start: '2019', end: 'present' },
      { title: 'Kitchen porter', employer: 'Compass Group', location: 'Bradford', start: '2014', end: '2019' },
    ]);
  });

  it('still reads listed jobs with a sentence of tasks under them as a list', () => {
    expect(experiencesOf('EXPÉRIENCE', `2016 - 2024 : Aide à domicile – ADMR, Montbrison
J'accompagne les personnes âgées dans les gestes du quotidien. Je prépare les repas.`)).toEqual([
      { title: 'Aide à domicile', employer: 'ADMR', location: 'Montbrison', start: '2016', end: '2024' },
    ]);
  });
});
