import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { terminateOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { readDocument } from '../../lib/read/read-document';
import type { ParsedProfile, ReadDocument } from '../../lib/types';

// A job seeker's phone photo of their printed CV (scripts/make-phone-photo.mjs): the page in
// perspective on a dark table, a shadow across it, warm light. Counsellors get these by e-mail or
// text message; the profile must come out as from the scan of the same page.

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/read/${name}`));
let document: ReadDocument;
let profile: ParsedProfile;

beforeAll(async () => {
  document = await readDocument(fixture('photo-magasinier-perspective.jpg'), { fileName: 'photo-magasinier-perspective.jpg' });
  profile = parseProfile(document, { referenceDate: new Date('2026-11-30') });
}, 240_000);

afterAll(() => terminateOcrEngine());

describe('a phone photo of a printed CV, in perspective', () => {
  it('is read by OCR as an image', () => {
    expect(document.kind).toBe('image-ocr');
  });

  it('gives the contact details and the job sought', () => {
    const value = (key: keyof ParsedProfile['fields']) => profile.fields[key]?.value;
    expect([value('firstName'), value('lastName')]).toEqual(['Yasmina', 'BENALI']);
    expect(value('email')).toBe('yasmina.benali31@gmail.com');
    expect(value('phone')).toBe('+33762184593');
    expect([value('postcode'), value('city')]).toEqual(['31200', 'Toulouse']);
    expect(value('jobTitle')).toMatch(/^Magasinière . Cariste$/);
  });

  it('gives each job with its employer and dates, and the diplomas', () => {
    expect(profile.experiences.map((experience) => [experience.title, experience.employer, experience.start, experience.end])).toEqual([
      ['Magasinière cariste', 'Carrefour Supply Chain', '2021-03', 'present'],
      ['Préparatrice de commandes', 'Lidl', '2018-09', '2021-02'],
      ['Employée libre-service', 'Intermarché', '2016', '2018'],
    ]);
    expect(profile.education.map((entry) => entry.degree)).toEqual(['Titre professionnel Agent magasinier', 'Baccalauréat professionnel Commerce']);
  });

  it('keeps the dark sidebar apart from the main column', () => {
    const sidebar = document.lines.find((line) => line.text === 'Gestion des stocks et inventaires');
    const main = document.lines.find((line) => line.text.startsWith('Magasinière cariste'));
    expect(sidebar?.block).toBeDefined();
    expect(main?.block).not.toBe(sidebar?.block);
    expect(profile.drivingLicences).toEqual(['B']);
  });
});
