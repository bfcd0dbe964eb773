import { beforeAll, describe, expect, it } from 'vitest';
import { linkSkills } from '../../lib/match/link-skills';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { conceptLabel, type Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const CODE_REVIEW = 'http://data.europa.eu/esco/skill/9d1b08b3-ba1e-41f6-a466-1ac1e62eb5f0';

describe("ESCO's ICT tag is a qualifier a developer's CV leaves unsaid", () => {
  it('links "code review" in a practices list to "conduct ICT code review"', () => {
    const skills = linkSkills(
      profile('en', {
        jobTitle: 'Software Engineer',
        sections: [
          ['experience', ['Built payment APIs in Python on AWS']],
          ['skills', ['Practices: TDD, code review, incident management']],
        ],
      }),
      esco,
    );
    expect(skills.map((skill) => skill.id)).toContain(CODE_REVIEW);
  });

  it('reads "code review" as strongly as a verb and object said without their light verb', () => {
    const spot = spotSkillLabels('code review', esco, 'en').find((candidate) => esco.concepts[candidate.concept]!.id === CODE_REVIEW);
    expect(spot?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps the tag in the core when the CV says it: "ICT terminology" is "apply ICT terminology"', () => {
    const spot = spotSkillLabels('ICT terminology', esco, 'en').find((candidate) => conceptLabel(esco, candidate.concept, 'en') === 'apply ICT terminology');
    expect(spot?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('does not let the tag alone, or one other word of the label, stand for the skill', () => {
    const labelsOf = (text: string) => spotSkillLabels(text, esco, 'en').filter((spot) => spot.score >= 0.7).map((spot) => conceptLabel(esco, spot.concept, 'en'));
    expect(labelsOf('ICT')).not.toContain('conduct ICT code review');
    expect(labelsOf('Team review meetings')).not.toContain('conduct ICT code review');
    expect(labelsOf('customer support')).not.toContain('provide ICT support');
  });
});
