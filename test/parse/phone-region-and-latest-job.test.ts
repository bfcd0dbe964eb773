// The country of a phone number written without its prefix, the CV language, the civility before
// a name, and the latest job of a CV whatever order it lists its jobs in.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/parse/detect-language';
import { splitName } from '../../lib/parse/extract-name';
import { extractPhone } from '../../lib/parse/extract-phone';
import { latestExperience } from '../../lib/parse/latest-experience';
import type { Experience } from '../../lib/types';
import { plainLines } from './build-lines';

describe('extractPhone in another country than the preferred one', () => {
  it('reads a UK mobile in a French CV as +44, and a French one in an English CV as +33', () => {
    expect(extractPhone(plainLines('Portable : 07911 123456'), 'FR')?.value).toBe('+447911123456');
    expect(extractPhone(plainLines('Mobile: 06 45 19 83 72'), 'GB')?.value).toBe('+33645198372');
  });

  it('does not read a period of dates as a US or Belgian number, and keeps the preferred country first', () => {
    const lines = plainLines('Tél. 03 80 45 12 78\nAssistante administrative — 01/2016 – 06/2026\nVendeuse 2012 - 2015');
    expect(extractPhone(lines, 'FR')?.value).toBe('+33380451278');
    expect(extractPhone(plainLines('Assistante — 01/2016 – 06/2026\n2016 - 2018 Vendeuse'), 'FR')).toBeUndefined();
  });

  it('gives a number whose country was not the preferred one a lower confidence', () => {
    expect(extractPhone(plainLines('06 45 19 83 72'), 'GB')?.confidence).toBeLessThan(extractPhone(plainLines('06 45 19 83 72'), 'FR')!.confidence);
  });
});

describe('detectLanguage', () => {
  it('does not count "à" or a category "1A" as the English "a"', () => {
    expect(detectLanguage(plainLines('Chauffeur PL\n2018 à ce jour : Transports Delanchy\nFIMO à jour\nCACES R489 1A, 3')).language).toBe('fr');
    expect(detectLanguage(plainLines('Warehouse operative with a forklift licence\nPicking and packing at Amazon for three years')).language).toBe('en');
  });
});

describe('splitName after a civility', () => {
  it('drops "Mme", "M.", "Mrs" before the first name, whatever the case', () => {
    expect(splitName('MME FATIMA EL AMRANI')).toEqual({ first: 'FATIMA', last: 'EL AMRANI' });
    expect(splitName('M. Jean-Pierre DE LA TOUR')).toEqual({ first: 'Jean-Pierre', last: 'DE LA TOUR' });
    expect(splitName('Mrs. Emma Thompson')).toEqual({ first: 'Emma', last: 'Thompson' });
  });

  it('finds no first name in a civility and a surname alone', () => {
    expect(splitName('Mme DUPONT')).toBeUndefined();
  });
});

describe('latestExperience', () => {
  const job = (title: string, start: string | null, end: string | null): Experience => ({ title, employer: null, start, end, evidence: { text: title, page: 1 } });

  it('takes the job still held, then the latest end, then the latest start', () => {
    expect(latestExperience([job('Vendeuse', '2012', '2015'), job('Caissière', '2016-02', 'present'), job('Employée', '2015', '2019')])?.title).toBe('Caissière');
    expect(latestExperience([job('Vendeuse', '2012', '2015'), job('Employée', '2015-09', '2019-06'), job('Stagiaire', '2019-01', '2019-03')])?.title).toBe('Employée');
    expect(latestExperience([job('Agent', '2014', '2020'), job('Chef d’équipe', '2018', '2020')])?.title).toBe('Chef d’équipe');
  });

  it('reads a job given one date as ended then, and keeps the first listed among equals', () => {
    expect(latestExperience([job('Cariste', '2016', '2018'), job('Mission', '2021', null)])?.title).toBe('Mission');
    expect(latestExperience([job('Sans date', null, null), job('Autre', null, null)])?.title).toBe('Sans date');
    expect(latestExperience([])).toBeUndefined();
  });
});
