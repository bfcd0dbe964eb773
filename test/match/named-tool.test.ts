import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { isNamedToolWrittenAsIs } from '../../lib/match/named-tool';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

describe('a programming language or software named as ESCO spells it is a skill the person uses', () => {
  it('keeps each language of a developer\'s list said once ("SQL", "TypeScript", "C#"), not only those the CV repeats', () => {
    const skills = linkSkills(
      profile('en', {
        jobTitle: 'Software Engineer',
        sections: [
          ['experience', ['Built payment APIs in Python on AWS', 'Wrote the reporting jobs in Python']],
          ['skills', ['Languages: Python, Go, SQL, TypeScript, C#, Bash']],
        ],
      }),
      esco,
    );
    const labels = skills.map((skill) => skill.label);
    expect(labels).toEqual(expect.arrayContaining(['Python', 'SQL', 'TypeScript', 'C#']));
  });

  it('leaves a field said in one word ("Informatique") and a name spelled otherwise as they were', () => {
    expect(isNamedToolWrittenAsIs('SQL', 'SQL')).toBe(true);
    expect(isNamedToolWrittenAsIs('CSS3', 'CSS3')).toBe(true);
    expect(isNamedToolWrittenAsIs('Informatique', 'informatique')).toBe(false);
    expect(isNamedToolWrittenAsIs('Canva', 'Canvas')).toBe(false);
    expect(isNamedToolWrittenAsIs('Source', 'Source')).toBe(false);
    expect(isNamedToolWrittenAsIs('sql', 'SQL')).toBe(false);
  });
});
