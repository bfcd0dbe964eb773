// A CV written without headings and without a contact line: its jobs follow the name at once, and
// the first job's title is on the line above its dates like every other job's.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../build-lines';

const parse = (text: string) => parseProfile(documentOf(plainLines(text), 'docx'), { referenceDate: new Date('2026-03-15') });
const jobsOf = (text: string) => parse(text).experiences.map((job) => [job.title, job.employer, job.start, job.end]);

describe('a CV without headings nor contact lines', () => {
  it('keeps the first job when its dates are on the line under it', () => {
    const text = `Sophie Martin
Vendeuse — Carrefour, Lyon
2019 – 2022
Caissière — Auchan, Villeurbanne
2016 – 2019`;
    expect(jobsOf(text)).toEqual([
      ['Vendeuse', 'Carrefour', '2019', '2022'],
      ['Caissière', 'Auchan', '2016', '2019'],
    ]);
    expect(parse(text).fields.jobTitle?.value).toBe('Vendeuse');
  });

  it('keeps the first job when title and employer are on two lines above the dates', () => {
    expect(jobsOf(`SOPHIE MARTIN
Vendeuse
Carrefour, Lyon
2019 – 2022
Caissière
Auchan, Villeurbanne
2016 – 2019`)).toEqual([
      ['Vendeuse', 'Carrefour', '2019', '2022'],
      ['Caissière', 'Auchan', '2016', '2019'],
    ]);
  });

  it('reads the title above an employer line that carries the dates', () => {
    expect(jobsOf(`John Smith
Warehouse Operative
Amazon, Coventry / 2019 – 2022
Picker
Tesco, Leeds / 2016 – 2019`)).toEqual([
      ['Warehouse Operative', 'Amazon', '2019', '2022'],
      ['Picker', 'Tesco', '2016', '2019'],
    ]);
  });

  it('still reads one-line jobs and dates-first jobs', () => {
    expect(jobsOf(`Sophie Martin
Vendeuse — Carrefour, Lyon / 2019 – 2022
Caissière — Auchan, Villeurbanne / 2016 – 2019`)).toEqual([
      ['Vendeuse', 'Carrefour', '2019', '2022'],
      ['Caissière', 'Auchan', '2016', '2019'],
    ]);
    // A town under the name is no job title.
    expect(jobsOf(`Sophie Martin
Villeurbanne
2019 – 2022
Vendeuse — Carrefour, Lyon
2016 – 2019
Caissière — Auchan, Villeurbanne`)).toEqual([
      ['Vendeuse', 'Carrefour', '2019', '2022'],
      ['Caissière', 'Auchan', '2016', '2019'],
    ]);
  });

  it('takes no job line for the headline', () => {
    const datesFirst = parse(`Sophie Martin
2019 – 2022 : Vendeuse chez Carrefour, Lyon
2016 – 2019 : Caissière chez Auchan`);
    expect(datesFirst.fields.jobTitle?.value).toBe('Vendeuse');
    const oneLine = parse(`Sophie Martin
Vendeuse, Carrefour Lyon, 2019-2022
Mise en rayon, encaissement
Caissière, Auchan Villeurbanne, 2016-2019`);
    expect(oneLine.fields.jobTitle?.value).toBe('Vendeuse');
    expect(oneLine.experiences.map((job) => job.title)).toEqual(['Vendeuse', 'Caissière']);
  });

  it('keeps a headline written under the name', () => {
    const profile = parse(`Sophie Martin
Employée polyvalente
Vendeuse — Carrefour, Lyon
2019 – 2022
Caissière — Auchan, Villeurbanne
2016 – 2019`);
    expect(profile.fields.jobTitle?.value).toBe('Employée polyvalente');
    expect(profile.experiences.map((job) => [job.title, job.employer])).toEqual([['Vendeuse', 'Carrefour'], ['Caissière', 'Auchan']]);
  });
});
