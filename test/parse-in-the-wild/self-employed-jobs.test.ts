// A self-employed job seeker's line: "Auto-entrepreneur – ménage chez particuliers (2015 – 2018)",
// "Micro-entrepreneuse : coiffure à domicile". The status says how the person worked, like a
// contract: it is neither the title nor the employer (the clients are, as for "chez des particuliers").
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const today = new Date('2026-03-15');
const experiencesOf = (section: string) =>
  parseProfile(documentOf(plainLines(`Fatima El Amrani\n06 98 76 54 32\nPARCOURS PROFESSIONNEL\n${section}`), 'docx'), { referenceDate: today })
    .experiences.map(({ title, employer, start, end }) => ({ title, employer, start, end }));

describe('self-employed work', () => {
  it('reads the trade after "Auto-entrepreneur" as the title', () => {
    expect(experiencesOf('Auto-entrepreneur – ménage chez particuliers (2015 – 2018)')).toEqual([
      { title: 'ménage', employer: 'particuliers', start: '2015', end: '2018' },
    ]);
    expect(experiencesOf('2019 – 2021 : Micro-entrepreneuse : Coiffure à domicile')).toEqual([
      { title: 'Coiffure à domicile', employer: null, start: '2019', end: '2021' },
    ]);
  });

  it('keeps the client named after the trade as the employer, and the title without the status in brackets', () => {
    expect(experiencesOf('2020 – 2022 : Livreur à vélo (auto-entrepreneur) – Deliveroo, Lyon')).toEqual([
      { title: 'Livreur à vélo', employer: 'Deliveroo', start: '2020', end: '2022' },
    ]);
  });
});
