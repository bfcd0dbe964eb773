// Fits the skill-confidence model (lib/match/skill-confidence.ts, SKILL_MODEL_WEIGHTS): a logistic
// regression of "the counsellor keeps this suggestion" on the engine's own features of each skill
// candidate, over the blind held-out CVs of the fitting batches. A candidate counts as kept when it
// is in the CV's gold, or among the skills an assessor added to that gold blind to the linker
// (gold-additions.tsv), or outside both but judged correct by an assessor (judged-extras.tsv);
// "related" and "wrong" count as not kept. Prints the weights to paste into the model, with the
// leave-one-CV-out log-loss against the model in the code, so a refit can be checked.
// Usage: npx tsx scripts/eval/fit-skill-confidence.ts [--esco DIR] [--batches 1,2,3,4,5] [--l2 2]

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { skillCandidates } from '../../lib/match/link-skills';
import { SKILL_MODEL_FEATURES, SKILL_MODEL_WEIGHTS, skillModelFeatures } from '../../lib/match/skill-confidence';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { FIT_BATCHES, goldAdditions, heldOutBatchOf, judgedExtras, parsedDevCorpus } from './eval-linking';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HELDOUT = join(root, 'test/fixtures/cv-heldout');

interface Example {
  cv: string;
  features: number[];
  kept: number;
}

/** Held-out CV ids of the given batches (batches.tsv). */
async function heldOutBatches(batches: number[]): Promise<Set<string>> {
  return new Set([...(await heldOutBatchOf())].filter(([, batch]) => batches.includes(batch)).map(([cv]) => cv));
}

async function examples(esco: string, cvs: Set<string>): Promise<Example[]> {
  const referential = await loadReferentialFromPath(esco);
  const judged = await judgedExtras(HELDOUT);
  const additions = await goldAdditions(HELDOUT);
  const found: Example[] = [];
  for (const { id, parsed, gold } of await parsedDevCorpus(HELDOUT)) {
    if (!cvs.has(id)) continue;
    const goldSkills = new Set([...(gold.skills ?? []).map((skill) => skill.id), ...(additions.get(id)?.keys() ?? [])]);
    for (const { concept, mentions, best, evidence } of skillCandidates(parsed, referential)) {
      const uri = referential.concepts[concept]!.id;
      if (!uri.includes('esco/skill')) continue;
      const kept = goldSkills.has(uri) || judged.get(`${id}\t${uri}`) === 'correct' ? 1 : 0;
      found.push({ cv: id, features: skillModelFeatures(mentions, evidence, best), kept });
    }
  }
  return found;
}

/** Newton's method on the L2-penalised log-likelihood (the bias is not penalised). */
export function fitLogistic(rows: Example[], l2: number): number[] {
  const size = rows[0]!.features.length;
  let weights = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = weights.map((weight, j) => (j === 0 ? 0 : l2 * weight));
    const hessian = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j && i > 0 ? l2 : 0)));
    for (const { features, kept } of rows) {
      const p = predict(weights, features);
      for (let i = 0; i < size; i++) {
        gradient[i]! += (p - kept) * features[i]!;
        for (let j = 0; j < size; j++) hessian[i]![j]! += p * (1 - p) * features[i]! * features[j]!;
      }
    }
    const step = solve(hessian, gradient);
    weights = weights.map((weight, i) => weight - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return weights;
}

function predict(weights: readonly number[], features: number[]): number {
  return 1 / (1 + Math.exp(-features.reduce((sum, value, i) => sum + value * weights[i]!, 0)));
}

/** Gaussian elimination with partial pivoting (the system is small and positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    for (let row = column + 1; row < n; row++) {
      const factor = a[row]![column]! / a[column]![column]!;
      for (let k = column; k <= n; k++) a[row]![k]! -= factor * a[column]![k]!;
    }
  }
  const solution = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * solution[k]!;
    solution[row] = sum / a[row]![row]!;
  }
  return solution;
}

function logLoss(pairs: [number, number][]): number {
  const clip = (p: number) => Math.min(1 - 1e-6, Math.max(1e-6, p));
  return -pairs.reduce((sum, [p, y]) => sum + y * Math.log(clip(p)) + (1 - y) * Math.log(1 - clip(p)), 0) / pairs.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { esco: { type: 'string' }, batches: { type: 'string' }, l2: { type: 'string' } } });
  const batches = values.batches ? values.batches.split(',').map(Number) : FIT_BATCHES;
  const l2 = Number(values.l2 ?? 2);
  const rows = await examples(values.esco ?? resolve(root, '../shared/taxonomy/esco'), await heldOutBatches(batches));
  const weights = fitLogistic(rows, l2);
  const held: [number, number][] = [];
  for (const cv of new Set(rows.map((row) => row.cv))) {
    const fold = fitLogistic(rows.filter((row) => row.cv !== cv), l2);
    for (const row of rows.filter((candidate) => candidate.cv === cv)) held.push([predict(fold, row.features), row.kept]);
  }
  const kept = rows.reduce((sum, row) => sum + row.kept, 0);
  console.log(`${rows.length} candidates from held-out batches ${batches.join(', ')}; ${((100 * kept) / rows.length).toFixed(1)} % kept`);
  console.log(`leave-one-CV-out log-loss ${logLoss(held).toFixed(3)}; the model in the code, in sample: ${logLoss(rows.map((row) => [predict(SKILL_MODEL_WEIGHTS, row.features), row.kept])).toFixed(3)}`);
  console.log('| feature | fitted weight | in the code |\n|---|---|---|');
  SKILL_MODEL_FEATURES.forEach((name, i) => console.log(`| ${name} | ${weights[i]!.toFixed(2)} | ${SKILL_MODEL_WEIGHTS[i]!.toFixed(2)} |`));
  console.log(`\nSKILL_MODEL_WEIGHTS = [${weights.map((weight) => Number(weight.toFixed(2))).join(', ')}]`);
}
