import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../lib/match/acronym-spelled-out';
import { cvPhrases } from '../../lib/match/cv-phrases';
import { extractEmail } from '../../lib/parse/extract-email';
import { extractLocation } from '../../lib/parse/extract-location';
import { extractName, splitAtSecondLabels } from '../../lib/parse/extract-name';
import { extractPhone } from '../../lib/parse/extract-phone';
import { parseProfile } from '../../lib/parse/parse-profile';
import { splitSections } from '../../lib/parse/split-sections';
import { extractProfile } from '../../lib/pipeline/extract-profile';
import { measureCvLikeness } from '../../lib/read/detect-not-a-cv';
import { readDocument } from '../../lib/read/read-document';
import type { TextLine } from '../../lib/types';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import { builtSources } from '../../scripts/fuzz';

const starter = loadStarterReferential();

// Text with very long lines: a photo pasted into a text file as base64, a PDF whose text layer has
// no line breaks, a template that spaces every letter out, a table of figures read as one line.
// Each step that reads a line must take time in proportion to it: a pattern tried at every
// character that looks back (or ahead) to the line's start or end takes minutes on such a line.
// Measured on the code before these fixes, each case below took from 8 s to several minutes.

/** Well above the few milliseconds these take, well below what the quadratic patterns took. */
const BUDGET_MS = 1_500;

const lines = (...texts: string[]): TextLine[] => texts.map((text, index) => ({ text, page: 1, y: 40 + index * 14, block: 0 }));

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

/** A line of `length` characters made of `unit` repeated. */
const run = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** base64 of a photo pasted as text: 150,000 characters, no space, no "@". */
const BASE64_LINE = run('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk', 150_000);
/** A letter-spaced template run away: "J E A N D U P O N T …" over 150,000 characters. */
const LETTER_SPACED_LINE = run('j e a n d u p o n t ', 150_000);
/** Prose with no line break (a text layer read as one line): 150,000 characters of words. */
const PROSE_LINE = run('Préparation des commandes et conduite de chariots en entrepôt ', 150_000);

describe('very long lines', () => {
  it('the name labels of a form are split in time linear in the line', () => {
    // Before: a lookbehind "a colon, then anything" tried before each space, ~8 s here.
    for (const text of [PROSE_LINE, `Nom : ${PROSE_LINE}`, `Nom : Dupont ${LETTER_SPACED_LINE}`]) {
      const { ms } = timed(() => splitAtSecondLabels(text));
      expect(ms).toBeLessThan(BUDGET_MS);
    }
    // What it splits is unchanged.
    expect(splitAtSecondLabels('Nom : Dupont   Prénom : Marie')).toEqual(['Nom : Dupont', 'Prénom : Marie']);
    expect(splitAtSecondLabels('Nom: A, Prénom: B | Surname: C')).toEqual(['Nom: A', 'Prénom: B', 'Surname: C']);
    expect(splitAtSecondLabels('Nom et prénom : Jean Dupont')).toEqual(['Nom et prénom : Jean Dupont']);
    expect(splitAtSecondLabels('Dupont Prénom : Marie')).toEqual(['Dupont Prénom : Marie']);
    expect(splitAtSecondLabels('Nom :\nDupont Prénom : Marie')).toEqual(['Nom :\nDupont Prénom : Marie']);
  });

  it('the name is found beside a 150,000-character line', () => {
    const { value, ms } = timed(() => extractName(lines('Nom : DUPONT', 'Prénom : Jean', PROSE_LINE, BASE64_LINE)));
    expect(value.lastName?.value).toBe('DUPONT');
    expect(value.firstName?.value).toBe('Jean');
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('the e-mail search is linear on long runs of address characters and of spaced letters', () => {
    // Before: minutes on the base64 line (each character started an address that ran to the end
    // looking for "@"), ~10 s on the letter-spaced one.
    for (const text of [BASE64_LINE, LETTER_SPACED_LINE, `${LETTER_SPACED_LINE}@`, run('a.', 150_000), run('0', 150_000)]) {
      const { value, ms } = timed(() => extractEmail(lines(text)));
      expect(value).toBeUndefined();
      expect(ms).toBeLessThan(BUDGET_MS);
    }
    // The address after such a line is still found, and found as before.
    const { value, ms } = timed(() => extractEmail(lines(`${BASE64_LINE} jean.dupont@gmail.com`, LETTER_SPACED_LINE)));
    expect(value?.value).toBe('jean.dupont@gmail.com');
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(extractEmail(lines('s o p h i e . m a r t i n @ g m a i l . c o m'))?.value).toBe('sophie.martin@gmail.com');
    expect(extractEmail(lines('marie.dupont [at] gmail [dot] com'))?.value).toBe('marie.dupont@gmail.com');
    expect(extractEmail(lines('x @ hotmail . fr'))?.value).toBe('x@hotmail.fr');
    expect(extractEmail(lines('k.hamdi69@hotmailfr'))?.value).toBe('k.hamdi69@hotmail.fr');
  });

  it('the not-a-CV check measures a 150,000-character line in time', () => {
    // Before: its e-mail pattern took ~20 s on a 100,000-character word.
    const { value, ms } = timed(() => measureCvLikeness(lines('Jean Dupont', BASE64_LINE, 'jean.dupont@gmail.com')));
    expect(value.contact).toBe(true);
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(measureCvLikeness(lines(BASE64_LINE)).contact).toBe(false);
  });

  it('an acronym is looked for spelled out on a long line in time', () => {
    // Before: "words (ACR)" was tried from every character back to the last bracket.
    for (const text of [PROSE_LINE, `${PROSE_LINE} (CACES)`, `CACES ${PROSE_LINE}`]) {
      const { ms } = timed(() => spelledOut('CACES', text));
      expect(ms).toBeLessThan(BUDGET_MS);
    }
    expect(spelledOut('SSIAD', "Aide-soignante, Service de Soins Infirmiers à Domicile (SSIAD) d'Orléans")).toEqual(['service', 'de', 'soins', 'infirmiers', 'a', 'domicile']);
    expect(spelledOut('GDS', 'GDS (Government Digital Service), London')).toEqual(['government', 'digital', 'service']);
  });

  it('the town search ends fast on hyphenated capitals and on long lines of capitalised words', () => {
    // Before: a hyphen could end a town's word or belong to it, so "A-A-A-…" was split every way:
    // 56 characters took 5 s, each 3 more doubled it. A line of 190,000 spaced capitals or of
    // commas before "Paris 75001" took seconds to minutes (each word started a town name that ran
    // to the end of the line).
    const locate = (text: string) => timed(() => extractLocation(splitSections(lines('Jean Dupont', text))));
    for (const text of [run('A-', 80), run('J-P-', 200_000), run('A ', 190_000), run('JEAN DUPONT ', 190_000), `x${run(',', 190_000)} Paris 75001`, run('A', 190_000)]) {
      expect(locate(text).ms).toBeLessThan(BUDGET_MS);
    }
    // Towns are read as before.
    expect(locate('12 rue Victor Hugo, 69100 Villeurbanne').value.city?.value).toBe('Villeurbanne');
    expect(locate('Saint-Germain-en-Laye 78100').value.city?.value).toBe('Saint-Germain-en-Laye');
    expect(locate('3 place du Marché, Bourg en Bresse (01000)').value.city?.value).toBe('Bourg en Bresse');
    expect(locate('Villeurbanne (69)').value.city?.value).toBe('Villeurbanne');
  });

  it('the phone search is bounded on text of digits, of numbers and of dates up to the length limit', () => {
    // Before: 14 s on 199,000 characters of "0.", 16 s on a line of numbers between dashes, 8 s
    // on 16,000 lines of dates (each line read in eleven countries, every number of a line
    // compared with every number of its parts).
    for (const texts of [[run('0.', 199_000)], [run('06 ', 199_000)], [run('06 12 34 56 78 – ', 199_000)], [run('06 12 34 56 78\t', 199_000)], Array.from({ length: 16_000 }, () => '2019 – 2020')]) {
      const { ms } = timed(() => extractPhone(lines(...texts), 'FR'));
      expect(ms).toBeLessThan(3_000);
    }
    // The number is found as before, after the dates too.
    expect(extractPhone(lines('Jean Dupont', ...Array.from({ length: 500 }, () => '2019 – 2020 Cariste'), 'Tél : 06 12 34 56 78'), 'FR')?.value).toBe('+33612345678');
    expect(extractPhone(lines('Née le 12/03/1990 – 06 12 34 56 78'), 'FR')?.value).toBe('+33612345678');
  });

  it('a line holding a long run of commas or dashes is parsed in time', () => {
    // Before: the trims "[\\s,]+$" and the like were tried at each comma of the run, each to its
    // end: a flat ODT with 60,000 commas inserted in a paragraph took 13 s to parse (found by the fuzzer).
    for (const filler of [run(',', 150_000), run(' -', 150_000), run(': ', 150_000)]) {
      const document = { kind: 'text' as const, pages: 1, warnings: [], lines: lines('Jean Dupont', 'Expérience', `2019 – 2023 Cariste ${filler} Leroy Merlin`, 'jean.dupont@gmail.com') };
      const { ms } = timed(() => parseProfile(document, { referenceDate: new Date('2026-01-01') }));
      expect(ms).toBeLessThan(4_000);
    }
  });

  it('a text of 95,000 short lines is parsed in seconds, not a minute', () => {
    // Before: the heading search squeezed the spaces out of each of its phrases again for every
    // line: 16 s on main to parse 95,000 lines of one letter, 6.5 s with the other fixes, 4–6 s now.
    const document = { kind: 'text' as const, pages: 1, warnings: [], lines: lines('Jean Dupont', ...Array.from({ length: 95_000 }, () => 'a')) };
    const { ms } = timed(() => parseProfile(document, { referenceDate: new Date('2026-01-01') }));
    expect(ms).toBeLessThan(15_000);
  }, 60_000);

  it('the phrases of 95,000 short lines in lower case are cut in time linear in the text', () => {
    // Lines in lower case after a line with no full stop continue it, so the whole text is one
    // joined line. Before: the end of the text joined so far was tested for a full stop at every
    // line, 35 s of the 56 s that linking such a file took; well under a second now.
    const document = lines('Jean Dupont', ...Array.from({ length: 95_000 }, (_, index) => 'abcdefghij'[index % 10]!));
    const { value, ms } = timed(() => cvPhrases(document));
    expect(value.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(BUDGET_MS * 2);
  }, 60_000);

  it.each([
    // Each check of a spot looked at the whole line again: with thousands of spots on one line,
    // the line's length became the cost of each. Before: 65 s, 32 s and over 200 s to link.
    ['a skill repeated', 'gestion des stocks, '],
    ['a teaching skill repeated', 'former le personnel, '],
    ['acronyms in capitals', 'SST, CACES, HACCP, SQL, WMS, '],
  ])('a skills line of %s up to the length limit is linked in seconds', async (_, unit) => {
    const text = `Jean DUPONT\njean.dupont@example.fr\nCOMPÉTENCES\n${run(unit, 175_000)}`;
    const started = performance.now();
    const profile = await extractProfile(new TextEncoder().encode(text), { fileName: 'cv.txt', referential: await starter });
    expect(profile.skills.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 120_000);

  it('a job line with 150,000 characters before its colon is parsed in time (fuzzer case)', async () => {
    // Before: "Agent de quai : chargement…" was split by /^(.*\p{L}.*?)\s*:\s+(\p{Ll}[^:]*)$/, which
    // tried every split of the text before the colon: 37 s for this flat ODT (fuzz seed 8, case 976).
    const seed = builtSources().find((source) => source.file === 'built/plombier.fodt')!.bytes;
    const bytes = new Uint8Array([...seed.subarray(0, 615), ...new TextEncoder().encode(run('x="', 150_000)), ...seed.subarray(615)]);
    const document = await readDocument(bytes, { fileName: 'cv.fodt' });
    const { ms } = timed(() => parseProfile(document, { referenceDate: new Date('2026-01-01') }));
    expect(ms).toBeLessThan(4_000);
  });
});
