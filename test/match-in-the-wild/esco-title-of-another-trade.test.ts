// ESCO lists "plumber" among the pipe welder's labels and "osteopath", "chiropractor",
// "occupational therapist" among the physiotherapist's: a plumber's CV was offered the pipe welder
// second, as an exact reading of its title (0.99). The job-title lexicon drops those labels.
import { beforeAll, describe, expect, it } from 'vitest';
import { rankJobTitle } from '../../lib/match/link-occupations';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, OCCUPATION } from './cv-text';

const PLUMBER = `${OCCUPATION}ed3cf43d-c2c1-4c46-82fc-1375e27e0290`;
const PIPE_WELDER = `${OCCUPATION}2ff73126-7aff-4233-9d9c-d8725e1c6822`;
const PHYSIOTHERAPIST = `${OCCUPATION}006cc1f9-2841-41c3-991a-dc3f2f3bd533`;

let esco: Referential;
let escoOnly: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
  escoOnly = await loadReferentialFromPath(ESCO_DIR, { jobTitles: false });
}, 120_000);

describe("a title that ESCO also gives another trade", () => {
  it('a plumber is not offered the pipe welder', () => {
    const cv = ['Dave Jones', 'Plumber', '07700 900123', 'dave.jones@example.co.uk', 'WORK EXPERIENCE', '2018 – 2024 Plumber – Pimlico Plumbers, London', '• Installing bathrooms, boilers and radiators', '• Fixing leaks and blocked drains'].join('\n');
    const ids = linkCv(cv, esco).occupations.map((occupation) => occupation.id);
    expect(ids[0]).toBe(PLUMBER);
    expect(ids).not.toContain(PIPE_WELDER);
  });

  it.each(['Osteopath', 'Chiropractor', 'Occupational therapist'])('"%s" is no physiotherapist', (title) => {
    const ranked = rankJobTitle(title, esco, 'en', 'esco', 5);
    expect(ranked[0]?.label.toLowerCase()).toBe(title.toLowerCase());
    expect(ranked.map((occupation) => occupation.id)).not.toContain(PHYSIOTHERAPIST);
  });

  it('the pipe welder\'s own titles still read it, and ESCO alone keeps its labels', () => {
    expect(rankJobTitle('Pipe welder', esco, 'en', 'esco', 1)[0]?.id).toBe(PIPE_WELDER);
    expect(rankJobTitle('Pipefitter', esco, 'en', 'esco', 1)[0]?.id).toBe(PIPE_WELDER);
    expect(rankJobTitle('Plumber', escoOnly, 'en', 'esco', 3).map((occupation) => occupation.id)).toContain(PIPE_WELDER);
  });

  // A sample of the labels dropped in December 2026, each a title job seekers write for their own trade.
  it.each([
    ['en', 'Machinist', 'tyre fitter'],
    ['en', 'Aesthetician', 'philosopher'],
    ['en', 'Kitchen Assistant', 'airline food service worker'],
    ['en', 'Actor', 'artistic coach'],
    ['en', 'Firefighter', 'pump operator'],
    ['fr', 'Sage-femme', 'aide-soignant en institution/aide-soignante en institution'],
    ['fr', 'Conducteur', 'commandant/commandante'],
    ['fr', 'Serveuse', 'barista'],
    ['en', 'Cleaners', 'amusement park cleaner'],
    ['en', 'Supervisor', 'oil refinery control room operator'],
    ['en', 'Repairer', 'consumer electronics repair technician'],
    ['en', 'Receptionist', 'telephone switchboard operator'],
    ['en', 'Hotelier', 'bed and breakfast operator'],
    ['en', 'Team Leader', 'zoo section leader'],
  ] as const)('%s "%s" is no longer read exactly as the %s', (language, title, other) => {
    const scoreOf = (referential: Referential) => rankJobTitle(title, referential, language, 'esco', 5).find((occupation) => occupation.label === other)?.score ?? 0;
    // It may still come through words it shares with the title, never as the title itself.
    expect(scoreOf(esco)).toBeLessThan(0.8);
    expect(scoreOf(escoOnly)).toBeGreaterThan(0.95);
  });
});

describe('a headline with a registration after a comma', () => {
  it('reads the title before the comma', () => {
    const DENTAL_CHAIRSIDE_ASSISTANT = rankJobTitle('Dental Nurse', esco, 'en', 'esco', 1)[0]!.id;
    const cv = ['Aisha Khan', 'Qualified Dental Nurse, GDC registered', 'aisha.khan@example.com', 'EXPERIENCE', 'Dental Nurse, Smile Dental Practice, Birmingham — June 2020 to date', '• Chairside assistance during examinations and fillings', 'Receptionist, Smile Dental Practice — 2018 to 2020', '• Booked appointments and answered phones'].join('\n');
    expect(linkCv(cv, esco).occupations[0]?.id).toBe(DENTAL_CHAIRSIDE_ASSISTANT);
  });
});
