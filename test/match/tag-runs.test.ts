import { beforeAll, describe, expect, it } from 'vitest';
import { cvPhrases } from '../../lib/match/cv-phrases';
import { linkSkills } from '../../lib/match/link-skills';
import { tagRunNames } from '../../lib/match/tag-runs';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

describe('a run of tags with only spaces between', () => {
  it('is read name by name, a spaced slash being one more space', () => {
    expect(tagRunNames('JavaScript TypeScript React Node.js Express HTML5 / CSS3 SQL PostgreSQL MongoDB Git Docker Figma')).toEqual([
      'JavaScript', 'TypeScript', 'React', 'Node.js', 'Express', 'HTML5', 'CSS3', 'SQL', 'PostgreSQL', 'MongoDB', 'Git', 'Docker', 'Figma',
    ]);
    expect(tagRunNames('Python Pandas NumPy scikit-learn')).toBeUndefined();
    expect(tagRunNames('jQuery Bootstrap WordPress PHP')).toEqual(['jQuery', 'Bootstrap', 'WordPress', 'PHP']);
  });

  it('is no sentence, title, heading, company or phone number', () => {
    expect(tagRunNames('Correction de bugs et revue de code')).toBeUndefined();
    expect(tagRunNames('Customer Service Team Leader Award')).toBeUndefined();
    expect(tagRunNames('CERTIFICAT DE QUALIFICATION PROFESSIONNELLE')).toBeUndefined();
    expect(tagRunNames('SARL BTP SUD OUEST')).toBeUndefined();
    expect(tagRunNames('06 52 17 83 40')).toBeUndefined();
    expect(tagRunNames('Level 3 Diploma in Adult Care')).toBeUndefined();
    expect(tagRunNames('Docker Kubernetes')).toBeUndefined();
  });

  it('gives phrases of one name, and of two beside each other as written', () => {
    const texts = cvPhrases([{ text: 'TypeScript Node.js Git Visual Studio Code, MySQL', page: 1 }]).map((phrase) => phrase.text);
    expect(texts).toEqual(expect.arrayContaining(['TypeScript', 'Node.js', 'Git', 'Visual Studio', 'Studio Code', 'MySQL']));
    expect(texts).not.toContain('Code MySQL');
    expect(texts).not.toContain('TypeScript Node.js Git Visual Studio Code');
  });
});

describe('a developer\'s stack written as tags', () => {
  let esco: Referential;
  beforeAll(async () => {
    esco = await loadReferentialFromPath(ESCO_DIR);
  }, 180_000);

  it('gives the same skills as the same names between commas', () => {
    const labels = (line: string) => linkSkills(profile('fr', { jobTitle: 'Développeur web', sections: [['skills', [line]]] }), esco).map((skill) => skill.label).sort();
    const tags = labels('JavaScript TypeScript React Node.js HTML5 / CSS3 SQL PostgreSQL Git');
    expect(tags).toEqual(expect.arrayContaining(['JavaScript', 'TypeScript', 'SQL', 'PostgreSQL']));
    expect(tags).toEqual(labels('JavaScript, TypeScript, React, Node.js, HTML5, CSS3, SQL, PostgreSQL, Git'));
  });
});
