import { beforeAll, describe, expect, it } from 'vitest';
import { collectSkillMentions, linkSkills, namesOf } from '../../lib/match/link-skills';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { profile } from './cv-profile';

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 180_000);

const withCity = (city: string | undefined) => {
  const cv = profile('fr', { sections: [['skills', ["Excellente connaissance de Paris et de l'Île-de-France", 'Conduite en milieu urbain']]] });
  if (city) cv.fields.city = { value: city, confidence: 0.8, evidence: { text: city, page: 1 } };
  return cv;
};

describe("the candidate's town, named without its district", () => {
  it('is a name, from a city field with a district, a postcode or a département', () => {
    expect(namesOf({ fields: withCity('Paris 15e').fields })).toEqual(['paris 15e', 'paris']);
    expect(namesOf({ fields: withCity('Marseille 13008').fields })).toEqual(['marseille 13008', 'marseille']);
    expect(namesOf({ fields: withCity('Bordeaux (33)').fields })).toEqual(['bordeaux (33)', 'bordeaux']);
    expect(namesOf({ fields: withCity('Lyon').fields })).toEqual(['lyon']);
  });

  it('is no skill: a driver who knows Paris does not bet ("paris")', () => {
    const mentioned = (city: string | undefined) => collectSkillMentions(withCity(city), esco).map((mention) => esco.labels.text.at(mention.spot.label));
    // Without the city field, the town's name reads ESCO's "paris" (betting).
    expect(mentioned(undefined)).toContain('paris');
    expect(mentioned('Paris 15e')).not.toContain('paris');
    expect(linkSkills(withCity('Paris 15e'), esco).map((skill) => skill.label)).toContain('conduire en milieu urbain');
  });
});
