// Extension package sizes: builds the store zips and prints their size against the 8 MB budget
// (the French and English OCR models included).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUDGET_BYTES = 8 * 1024 * 1024;

export function benchZip(): { file: string; bytes: number; withinBudget: boolean | null }[] {
  // Old zips would be counted again; before the first build there is no .output at all (wxt zip builds).
  if (existsSync('.output')) for (const name of readdirSync('.output').filter((entry) => entry.endsWith('.zip'))) rmSync(join('.output', name));
  const wxt = join('node_modules', '.bin', 'wxt');
  execFileSync(wxt, ['zip', '-b', 'chrome', '--mv3'], { stdio: 'ignore' });
  execFileSync(wxt, ['zip', '-b', 'firefox', '--mv3'], { stdio: 'ignore' });
  return readdirSync('.output')
    .filter((entry) => entry.endsWith('.zip'))
    .map((file) => {
      const bytes = statSync(join('.output', file)).size;
      // The sources zip is the code handed to Firefox's reviewers, never installed: no budget.
      return { file, bytes, withinBudget: file.endsWith('-sources.zip') ? null : bytes <= BUDGET_BYTES };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('\n## Extension zips (budget 8 MB with fra+eng OCR models)\n');
  console.log('| zip | size | within budget |\n| --- | --- | --- |');
  for (const row of benchZip()) console.log(`| ${row.file} | ${(row.bytes / 1024 / 1024).toFixed(2)} MB | ${row.withinBudget === null ? '— (sources for review)' : row.withinBudget ? 'yes' : 'NO'} |`);
}
