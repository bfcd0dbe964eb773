// UK care and hospitality CVs list the short qualifications of one year on one line:
// "Medication Awareness Level 2, Safeguarding Adults Level 2, Basic Life Support – 2023". Only the
// first was kept; each is a qualification of its own. A diploma with its school after a comma
// stays one entry.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const educationOf = (lines: string[]) =>
  parseProfile(documentOf(plainLines(['Grace Okafor', 'Senior Care Assistant', '07911 123456', 'grace.okafor@hotmail.co.uk', 'EXPERIENCE', 'Senior Care Assistant, Bupa, Birmingham | Jun 2021 – Present', 'QUALIFICATIONS', ...lines].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') })
    .education.map(({ degree, school, end }) => ({ degree, school, end }));

describe('several qualifications on one line', () => {
  it('gives each qualification of the line, with the line\'s year', () => {
    expect(educationOf(['Level 3 Diploma in Adult Care (RQF) – Birmingham Metropolitan College, 2020', 'Medication Awareness Level 2, Safeguarding Adults Level 2, Basic Life Support – 2023'])).toEqual([
      { degree: 'Level 3 Diploma in Adult Care (RQF)', school: 'Birmingham Metropolitan College', end: '2020' },
      { degree: 'Medication Awareness Level 2', school: null, end: '2023' },
      { degree: 'Safeguarding Adults Level 2', school: null, end: '2023' },
    ]);
  });

  it('keeps a diploma and its school after a comma as one entry', () => {
    expect(educationOf(['BTEC Level 3 Extended Diploma in Health and Social Care, Leeds City College, 2016'])).toEqual([
      { degree: 'BTEC Level 3 Extended Diploma in Health and Social Care', school: 'Leeds City College', end: '2016' },
    ]);
  });

  it('reads two French diplomas of one year the same way', () => {
    expect(educationOf(['2005 – CAP, BEP Vente'])).toEqual([
      { degree: 'CAP', school: null, end: '2005' },
      { degree: 'BEP Vente', school: null, end: '2005' },
    ]);
  });
});
