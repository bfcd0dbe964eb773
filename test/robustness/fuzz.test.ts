// 100 damaged CVs of every format the reader accepts through the whole engine (scripts/fuzz.ts):
// each must end, within a deadline (30 s: readable damaged scans still go through OCR), in a profile or a CvError the user can be told about. The long run
// is `npx tsx scripts/fuzz.ts --cases 1000 [--seed N]`.
import { describe, expect, it } from 'vitest';
import { formatSummary, loadSources, makeCase, MUTATIONS, runFuzz, sourceKind } from '../../scripts/fuzz';

describe('mutation fuzzer', () => {
  it('builds each case from (seed, case number) alone, so a failure can be replayed', () => {
    const sources = loadSources();
    expect(sources.length).toBeGreaterThan(10);
    // Every format the reader accepts has seeds, from the fixtures or built in memory.
    expect([...new Set(sources.map((source) => sourceKind(source.file)))].sort()).toEqual(['doc', 'docx', 'fodt', 'html', 'image', 'mht', 'odt', 'pdf', 'rtf', 'text', 'tiff']);
    const again = loadSources();
    for (const index of [0, 7, 42, 99]) {
      const first = makeCase(sources, 1234, index);
      const second = makeCase(again, 1234, index);
      expect(second.source).toBe(first.source);
      expect(second.mutations).toEqual(first.mutations);
      expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    }
    // …and actually damages the file, with every kind of mutation in use over a run.
    const cases = Array.from({ length: 300 }, (_, index) => makeCase(sources, 1234, index));
    const changed = cases.filter((fuzzCase) => {
      const original = sources.find((source) => source.file === fuzzCase.source)!.bytes;
      return !Buffer.from(original).equals(Buffer.from(fuzzCase.bytes));
    });
    expect(changed.length).toBeGreaterThan(280);
    const used = new Set(cases.flatMap((fuzzCase) => fuzzCase.mutations.map((note) => note.split(' (')[0])));
    expect([...used].sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  it('reports a case that misses its deadline as a failure, with what is needed to replay it', async () => {
    // Two cases that keep a PDF header, so that no answer can come back within 1 ms.
    const sources = loadSources();
    const slow = Array.from({ length: 200 }, (_, index) => makeCase(sources, 5, index))
      .filter((fuzzCase) => fuzzCase.source.startsWith('test/fixtures/cv/') && Buffer.from(fuzzCase.bytes.subarray(0, 5)).toString('latin1') === '%PDF-')
      .slice(0, 2)
      .map((fuzzCase) => fuzzCase.index);
    expect(slow).toHaveLength(2);
    const summary = await runFuzz({ cases: 2, only: slow, seed: 5, workers: 1, deadlineMs: 1, saveDir: null });
    expect(summary.failures).toHaveLength(2);
    expect(summary.failures.map((failure) => failure.outcome)).toEqual([
      expect.objectContaining({ kind: 'failure', reason: 'deadline' }),
      expect.objectContaining({ kind: 'failure', reason: 'deadline' }),
    ]);
    expect(formatSummary(summary)).toContain(`npx tsx scripts/fuzz.ts --seed 5 --case ${slow[0]}`);
  }, 120_000);

  it('100 damaged CVs of every format: every one ends in a profile or a handled CvError within the deadline', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20260101);
    // A damaged scan that is still readable goes through OCR (a few seconds a page, more on two
    // shared cores); the deadline is there to catch hangs, so it leaves room for that.
    const summary = await runFuzz({ cases: 100, seed, workers: 2, deadlineMs: 30_000 });
    console.log(formatSummary(summary));
    expect(summary.cases).toBe(100);
    expect(summary.failures.map((failure) => `#${failure.case.index} ${failure.case.source} <- ${failure.case.mutations.join(' + ')}: ${JSON.stringify(failure.outcome)}`)).toEqual([]);
  }, 600_000);
});
