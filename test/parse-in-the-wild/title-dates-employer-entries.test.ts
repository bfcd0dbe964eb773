// Jobs written title, dates, employer ("Vendeuse" / "2019 - 2021" / "Kiabi, Lyon"), with a line of
// tasks under some: the tasks are not the next job's employer. The first job sets how many lines
// above the dates are a job's own (here one: the title).
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Léa Martin\n06 12 34 56 78\nEXPÉRIENCES\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, location }) => ({ title, employer, location }));

describe('title, dates, then employer', () => {
  it('keeps a task line under one job out of the next job', () => {
    expect(experiencesOf('Vendeuse\n2019 - 2021\nKiabi, Lyon\nConseil client, encaissement\nCaissière\n2017 - 2019\nAuchan, Bron')).toEqual([
      { title: 'Vendeuse', employer: 'Kiabi', location: 'Lyon' },
      { title: 'Caissière', employer: 'Auchan', location: 'Bron' },
    ]);
  });
});
