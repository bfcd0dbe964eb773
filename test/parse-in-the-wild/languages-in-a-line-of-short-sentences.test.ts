// A "Divers" section often packs several facts into short sentences on one line: "Permis B. Anglais :
// niveau B1. Habilitation travail en hauteur (2022)." Outside a languages section a language is read
// from a line that opens with it, or from one item of an inline list ("Permis B · Anglais B1"); the
// sentences of such a line were not items, so English was lost.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/parse/parse-profile';
import { documentOf, plainLines } from '../parse/build-lines';

const languagesOf = (heading: string, line: string) =>
  parseProfile(documentOf(plainLines(['Lucas FONTAINE', 'Menuisier poseur', 'lucas.fontaine35@orange.fr', 'EXPÉRIENCE', '2018 – 2024 Menuisier poseur – Menuiseries Hamon, Rennes', heading, line].join('\n')), 'docx'), { referenceDate: new Date('2026-11-30') }).languages.map(
    (skill) => [skill.language, skill.level],
  );

describe('a language among the short sentences of one line', () => {
  it('"Permis B. Anglais : niveau B1. Habilitation travail en hauteur (2022)."', () => {
    expect(languagesOf('DIVERS', 'Permis B. Anglais : niveau B1. Habilitation travail en hauteur (2022).')).toEqual([['en', 'B1']]);
  });

  it('"Full UK driving licence. Polish: fluent. Enhanced DBS."', () => {
    expect(languagesOf('OTHER', 'Full UK driving licence. Polish: fluent. Enhanced DBS.')).toEqual([['pl', 'C1']]);
  });

  it('a sentence that only mentions a language gives none', () => {
    expect(languagesOf('DIVERS', 'Permis B. Voyages en Espagne et au Portugal. Football en club.')).toEqual([]);
  });

  it('"Permis B et voiture – Anglais scolaire – SST en cours": an item between dashes', () => {
    expect(languagesOf('DIVERS', 'Permis B et voiture – Anglais scolaire – SST en cours')).toEqual([['en', 'A2']]);
  });

  it('a languages section written as one sentence with a CEFR level and "je me débrouille"', () => {
    expect(languagesOf('LANGUES', 'Je parle anglais (niveau B1) et je me débrouille en espagnol.')).toEqual([['en', 'B1'], ['es', 'A2']]);
  });
});

