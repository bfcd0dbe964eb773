// Quality of the match stage, on three benchmarks:
//  1. the dev corpus (test/fixtures/cv/*.pdf + gold/<id>.json): skills micro P/R/F1 and occupation
//     top-1 / top-3 against ESCO URIs, through the real read -> parse -> match pipeline;
//  2. MELO fra_q_fr_c_fr (French ROME titles -> ESCO French occupation surface forms): MRR over the
//     ranking of all corpus elements, with an ESCO-only referential (never the crosswalk, which is
//     how MELO's gold was made);
//  3. TECH and HOUSE (English job-ad sentences -> ESCO skills): RP@5 and MRR, the workrb protocol.
//  4. (rome) the dev and held-out corpora again with ESCO + ROME 4.0 + the official crosswalk loaded,
//     as France Travail would: still scored on the ESCO gold, so it shows what ROME adds to occupations
//     and that ROME's competences do not crowd ESCO's skills out.
// Usage: npx tsx scripts/eval/eval-linking.ts [--esco DIR] [--only dev,heldout,rome,melo,skills] [--split test|validation] [--json]
//        [--verbose] [--no-phrases] [--soft-skills] [--scanned]  (--no-phrases: without the CV-phrase aliases, to see what the machinery
//        alone does on CVs whose wording nobody wrote aliases for)

import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { cleanJobTitle } from '../../lib/match/clean-job-title';
import { terminateOcrEngine } from '../../lib/read/ocr/ocr-engine';
import { linkProfile } from '../../lib/match/link-profile';
import { rankConcepts, rankLabels } from '../../lib/match/rank-concepts';
import { spotSkillLabels } from '../../lib/match/spot-skill-labels';
import { draftFromFiles } from '../../lib/taxonomy/import-referential-files';
import { loadReferentialFromPath, readReferentialCsvFiles } from '../../lib/taxonomy/load-referential-node';
import { LANGUAGES, buildReferential, type Referential } from '../../lib/taxonomy/referential';
import type { ConceptSuggestion, Language, ParsedProfile } from '../../lib/types';
import { readScannedTwin } from './scanned-twins';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared');
export const DEFAULT_ESCO = join(shared, 'taxonomy/esco');
export const FIXTURES = join(root, 'test/fixtures/cv');
/** CVs written blind (their authors never saw the matcher or its aliases): how the matcher generalises. */
export const HELDOUT = join(root, 'test/fixtures/cv-heldout');
const MELO = join(shared, 'datasets/rome_esco_crosswalk_melo/fra_q_fr_c_fr');
const TECHWOLF = join(shared, 'datasets/techwolf_skill_extraction_esco');
const ROME = join(shared, 'datasets/rome4_v460');
/** Held-out batches the skill-confidence model is fitted on (scripts/eval/fit-skill-confidence.ts). */
export const FIT_BATCHES = [1, 2, 3, 4, 5];
const CROSSWALK = join(shared, 'datasets/rome_esco_crosswalk_melo/FR_20230607_mapping_esco_rome.csv');

export interface DevCvResult {
  id: string;
  skills: { truePositives: number; predicted: number; gold: number };
  /** Against the completed gold, when an assessor completed this CV's gold (gold-additions.tsv). */
  completedSkills?: { truePositives: number; predicted: number; gold: number; additions: number; missed: string[] };
  /** Suggestions outside the gold, by an assessor's judgement of them (judged-extras.tsv). */
  extras: Record<Judgement | 'unjudged', number>;
  occupationTop1: boolean;
  occupationTop3: boolean;
  /** With ROME loaded: is a ROME fiche of the gold occupations (through the crosswalk) the fiche of
   *  the first ROME title suggested, or among the first three fiches? Absent without ROME or when the
   *  crosswalk gives the gold occupations no ROME title. */
  romeFiche?: { top1: boolean; top3: boolean };
  missedSkills: string[];
  extraSkills: string[];
  predictedOccupations: string[];
  matchMs: number;
}

export type Judgement = 'correct' | 'related' | 'wrong';

export interface CorpusReport {
  cvs: number;
  skills: { precision: number; recall: number; f1: number };
  /** Precision once suggestions outside the gold that an assessor judged correct count as right
   *  (IR pooling: the gold lists are incomplete); `unjudged` extras appeared since the judging. */
  judged: { precision: number; lenientPrecision: number; extras: Record<Judgement | 'unjudged', number> };
  occupations: { top1: number; top3: number };
  /** ROME fiche (code ROME) top-1 / top-3 on the CVs whose gold occupations the crosswalk maps. */
  romeFiches?: { cvs: number; top1: number; top3: number };
  matchMsPerCv: number;
  /** Skill confidence buckets (0.7 = [0.7, 0.8)) vs the share of their suggestions in the gold. */
  /** judgedPrecision: gold matches and extras judged correct, over the bucket's suggestions. */
  calibration: { bucket: number; suggestions: number; precision: number; judgedPrecision: number }[];
  /** On the CVs an assessor completed blind (gold-additions.tsv): the gold lists skills a counsellor
   *  would pick (8–13 per CV), so it misses skills the CV states. The completed gold is the gold, plus
   *  what the assessor added without seeing the linker's output, plus the extras judged correct. */
  completed?: { cvs: number; additions: number; strict: Scores; completed: Scores };
  perCv: DevCvResult[];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface Report {
  dev?: CorpusReport;
  heldOut?: CorpusReport;
  /** Held-out batches after FIT_BATCHES: never used to fit or tune anything. */
  heldOutUnseen?: CorpusReport;
  /** The newest held-out batch alone: the least measured CVs, the freshest view of what a new CV gets. */
  heldOutNewest?: { batch: number; report: CorpusReport };
  /** The same corpora with ESCO + ROME + crosswalk loaded (scored on the ESCO gold). */
  withRome?: { dev: CorpusReport; heldOut: CorpusReport };
  /** Both MRRs follow the benchmark's protocol (a ranking of every corpus element, the rank of the
   *  first relevant one); they differ by the ranking submitted. mrr: each surface form ranked on its
   *  own score. occupationFirstMrr: each occupation's best surface form first, in the order of
   *  their scores, then its other forms (what the product shows: occupations, each once). */
  melo?: {
    queries: number;
    mrr: number;
    occupationFirstMrr: number;
    /** Top-1 of the surface-form ranking (the occupation-first ranking has the same top element). */
    top1: number;
    msPerQuery: number;
    /** Outside the benchmark's protocol, whose corpus holds ESCO's French surface forms only:
     *  occupations ranked once each as the product ranks a French title, on ESCO's French and
     *  English labels (English at a discount), with ESCO alone... */
    escoProductMrr: number;
    /** ...and with the product's referential (ESCO + our job-title lexicon). */
    productConceptMrr?: number;
  };
  skillBenchmarks?: {
    name: string;
    sentences: number;
    rp5: number;
    mrr: number;
    /** Same, counting only gold labels that exist in the loaded ESCO (v1.0 vs 1.1 labels). */
    rp5Present: number;
    goldLabelsMissingFromEsco: number;
  }[];
}

export interface EvaluateOptions {
  esco?: string;
  only?: ('dev' | 'heldout' | 'rome' | 'melo' | 'skills')[];
  split?: 'test' | 'validation';
  /** false: without the CV-phrase aliases written from CV usage (the general machinery alone). */
  phrases?: boolean;
  /** true: with the savoir-être phrasings. */
  softSkills?: boolean;
  /** true: the dev and held-out CVs read from their scans and photos by OCR (scanned-twins.ts). */
  scanned?: boolean;
}

export async function evaluateLinking(options: EvaluateOptions = {}): Promise<Report> {
  const only = new Set(options.only ?? ['dev', 'heldout', 'rome', 'melo', 'skills']);
  const referential = await loadReferentialFromPath(options.esco ?? DEFAULT_ESCO, {
    ...(options.phrases === false ? { phrases: false } : {}),
    ...(options.softSkills ? { softSkills: true } : {}),
  });
  const report: Report = {};
  const scanned = options.scanned ?? false;
  if (only.has('dev')) report.dev = await evaluateDevCorpus(referential, FIXTURES, undefined, scanned);
  if (only.has('heldout')) {
    report.heldOut = await evaluateDevCorpus(referential, HELDOUT, undefined, scanned);
    // The batches the skill-confidence model was not fitted on: the unbiased measure.
    const unseen = await heldOutBatchesAfter(FIT_BATCHES);
    if (unseen.size > 0) report.heldOutUnseen = await evaluateDevCorpus(referential, HELDOUT, unseen, scanned);
    const newest = await newestHeldOutBatch();
    if (newest && newest.batch > Math.max(...FIT_BATCHES)) {
      report.heldOutNewest = { batch: newest.batch, report: await evaluateDevCorpus(referential, HELDOUT, newest.cvs, scanned) };
    }
  }
  if (only.has('rome')) {
    const files = await readReferentialCsvFiles([options.esco ?? DEFAULT_ESCO, ROME, CROSSWALK]);
    const full = buildReferential(
      draftFromFiles(files, {
        ...(options.phrases === false ? { phrases: false } : {}),
        ...(options.softSkills ? { softSkills: true } : {}),
      }),
    );
    report.withRome = { dev: await evaluateDevCorpus(full), heldOut: await evaluateDevCorpus(full, HELDOUT) };
  }
  // MELO's protocol is ESCO-only: our job-title lexicon is left out (its titles are the kind of
  // French titles MELO queries with, and none of them is an ESCO surface form the benchmark ranks).
  if (only.has('melo')) {
    const escoOnly = await loadReferentialFromPath(options.esco ?? DEFAULT_ESCO, {
      ...(options.phrases === false ? { phrases: false } : {}),
      ...(options.softSkills ? { softSkills: true } : {}),
      jobTitles: false,
    });
    report.melo = await evaluateMelo(escoOnly, referential);
  }
  if (only.has('skills')) report.skillBenchmarks = await evaluateSkillBenchmarks(referential, options.split ?? 'test');
  return report;
}

// ---------------------------------------------------------------------------------------------
// 1. Dev corpus

interface GoldCv {
  skills?: { id: string; label?: string }[];
  occupations?: { id: string; label?: string }[];
}

const parsedCorpora = new Map<string, Promise<{ id: string; parsed: ParsedProfile; gold: GoldCv }[]>>();

/** The corpus's CVs read and parsed, with their gold; `scanned`: each CV read from its scan or
 *  photo by OCR instead (scanned-twins.ts). Read once per process (the held-out set is scored whole
 *  and by batches). */
export function parsedDevCorpus(directory = FIXTURES, { scanned = false } = {}): Promise<{ id: string; parsed: ParsedProfile; gold: GoldCv }[]> {
  const key = `${directory}\t${scanned}`;
  let corpus = parsedCorpora.get(key);
  if (!corpus) parsedCorpora.set(key, (corpus = readParsedCorpus(directory, scanned)));
  return corpus;
}

async function readParsedCorpus(directory: string, scanned: boolean): Promise<{ id: string; parsed: ParsedProfile; gold: GoldCv }[]> {
  const { readDocument } = await import('../../lib/read/read-document');
  const { parseProfile } = await import('../../lib/parse/parse-profile');
  const corpus: { id: string; parsed: ParsedProfile; gold: GoldCv }[] = [];
  for (const name of (await readdir(join(directory, 'gold')).catch(() => [] as string[])).sort()) {
    if (!name.endsWith('.json')) continue;
    const id = basename(name, '.json');
    const gold = JSON.parse(await readFile(join(directory, 'gold', name), 'utf8')) as GoldCv;
    if (!gold.skills && !gold.occupations) continue;
    const document = scanned
      ? await readScannedTwin(directory, id)
      : await readDocument(new Uint8Array(await readFile(join(directory, `${id}.pdf`))), { fileName: `${id}.pdf` });
    corpus.push({ id, parsed: parseProfile(document), gold });
  }
  return corpus;
}

/** The assessor's judgement of suggestions outside the gold, per CV: `cv uri label judgement reason`. */
/** Held-out CV ids by batch (batches.tsv beside the CVs). */
export async function heldOutBatchOf(): Promise<Map<string, number>> {
  const text = await readFile(join(HELDOUT, 'batches.tsv'), 'utf8').catch(() => '');
  const batchOf = new Map<string, number>();
  for (const [cv, batch] of readTsv(text)) if (cv && !cv.startsWith('#') && Number(batch) > 0) batchOf.set(cv, Number(batch));
  return batchOf;
}

/** The CVs of the highest batch number in batches.tsv. */
async function newestHeldOutBatch(): Promise<{ batch: number; cvs: Set<string> } | undefined> {
  const batchOf = await heldOutBatchOf();
  if (batchOf.size === 0) return undefined;
  const batch = Math.max(...batchOf.values());
  return { batch, cvs: new Set([...batchOf].filter(([, b]) => b === batch).map(([cv]) => cv)) };
}

async function heldOutBatchesAfter(batches: number[]): Promise<Set<string>> {
  const last = Math.max(...batches);
  return new Set([...(await heldOutBatchOf())].filter(([, batch]) => batch > last).map(([cv]) => cv));
}

export async function judgedExtras(directory: string): Promise<Map<string, Judgement>> {
  const text = await readFile(join(directory, 'judged-extras.tsv'), 'utf8').catch(() => '');
  const judged = new Map<string, Judgement>();
  for (const [cv, uri, , judgement] of readTsv(text).slice(1)) judged.set(`${cv}\t${uri}`, judgement as Judgement);
  return judged;
}

/** The gold's ROME fiches are those of the ROME titles the official crosswalk pairs with the gold's
 *  ESCO occupations; the suggested ones, the fiches of the ROME titles suggested, in order, each once. */
function romeFicheHits(referential: Referential, goldOccupations: string[], suggested: ConceptSuggestion[]): DevCvResult['romeFiche'] {
  const ficheOf = (concept: number): string | undefined => {
    const { scheme, group } = referential.concepts[concept]!;
    return scheme === 'rome' ? group : undefined;
  };
  const goldFiches = new Set<string>();
  for (const id of goldOccupations) {
    const concept = referential.conceptIndex.get(id);
    if (concept === undefined) continue;
    for (const equivalent of referential.equivalents.get(concept) ?? []) {
      const fiche = ficheOf(equivalent);
      if (fiche) goldFiches.add(fiche);
    }
  }
  if (goldFiches.size === 0) return undefined;
  const fiches: string[] = [];
  for (const suggestion of suggested) {
    const concept = referential.conceptIndex.get(suggestion.id);
    const fiche = concept === undefined ? undefined : ficheOf(concept);
    if (fiche && !fiches.includes(fiche)) fiches.push(fiche);
  }
  return { top1: fiches.length > 0 && goldFiches.has(fiches[0]!), top3: fiches.slice(0, 3).some((fiche) => goldFiches.has(fiche)) };
}

/** Micro precision, recall and F1 over CVs. */
function scores(counts: { truePositives: number; predicted: number; gold: number }[]): Scores {
  const truePositives = counts.reduce((total, count) => total + count.truePositives, 0);
  const precision = truePositives / Math.max(1, counts.reduce((total, count) => total + count.predicted, 0));
  const recall = truePositives / Math.max(1, counts.reduce((total, count) => total + count.gold, 0));
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Skills an assessor added to each CV's gold blind to the linker (gold-additions.tsv; a row whose
 *  uri is "-" marks a CV completed with nothing to add). Only the CVs listed were assessed. */
export async function goldAdditions(directory: string): Promise<Map<string, Map<string, string>>> {
  const text = await readFile(join(directory, 'gold-additions.tsv'), 'utf8').catch(() => '');
  const additions = new Map<string, Map<string, string>>();
  for (const [cv, uri, label] of readTsv(text).slice(1)) {
    if (!cv || uri === undefined) continue;
    const ofCv = additions.get(cv) ?? new Map<string, string>();
    if (uri.startsWith('http')) ofCv.set(uri, label ?? uri);
    additions.set(cv, ofCv);
  }
  return additions;
}

export async function evaluateDevCorpus(referential: Referential, directory = FIXTURES, cvs?: Set<string>, scanned = false): Promise<CorpusReport> {
  const corpus = (await parsedDevCorpus(directory, { scanned })).filter((cv) => !cvs || cvs.has(cv.id));
  const judged = await judgedExtras(directory);
  const additions = await goldAdditions(directory);
  const perCv: DevCvResult[] = [];
  const buckets = new Map<number, { suggestions: number; correct: number; judgedCorrect: number }>();
  for (const { id, parsed, gold } of corpus) {
    const started = performance.now();
    const linked = linkProfile(parsed, referential);
    const matchMs = performance.now() - started;
    // The gold is ESCO: with a pack that also holds ROME, only the ESCO suggestions are scored.
    const skills = linked.skills.filter((skill) => skill.id.includes('esco/skill'));
    const occupations = linked.occupations;
    const goldSkills = new Set((gold.skills ?? []).map((skill) => skill.id));
    const predicted = new Set(skills.map((skill) => skill.id));
    const truePositives = [...predicted].filter((skill) => goldSkills.has(skill)).length;
    for (const skill of skills) {
      const bucket = Math.min(9, Math.floor(skill.confidence * 10 + 1e-9));
      const entry = buckets.get(bucket) ?? { suggestions: 0, correct: 0, judgedCorrect: 0 };
      entry.suggestions++;
      if (goldSkills.has(skill.id)) entry.correct++;
      if (goldSkills.has(skill.id) || judged.get(`${id}\t${skill.id}`) === 'correct') entry.judgedCorrect++;
      buckets.set(bucket, entry);
    }
    const goldOccupations = new Set((gold.occupations ?? []).map((occupation) => occupation.id));
    const esco = occupations.filter((occupation) => occupation.id.includes('esco/occupation'));
    const extras: DevCvResult['extras'] = { correct: 0, related: 0, wrong: 0, unjudged: 0 };
    for (const skill of predicted) if (!goldSkills.has(skill)) extras[judged.get(`${id}\t${skill}`) ?? 'unjudged']++;
    const added = additions.get(id);
    let completedSkills: DevCvResult['completedSkills'];
    if (added) {
      const completedGold = new Map((gold.skills ?? []).map((skill) => [skill.id, skill.label ?? skill.id]));
      for (const [uri, label] of added) completedGold.set(uri, label);
      for (const skill of skills) if (judged.get(`${id}\t${skill.id}`) === 'correct') completedGold.set(skill.id, skill.label);
      completedSkills = {
        truePositives: [...predicted].filter((skill) => completedGold.has(skill)).length,
        predicted: predicted.size,
        gold: completedGold.size,
        additions: added.size,
        missed: [...completedGold].filter(([uri]) => !predicted.has(uri)).map(([, label]) => label),
      };
    }
    const romeFiche = romeFicheHits(referential, [...goldOccupations], occupations);
    perCv.push({
      id,
      skills: { truePositives, predicted: predicted.size, gold: goldSkills.size },
      ...(romeFiche ? { romeFiche } : {}),
      ...(completedSkills ? { completedSkills } : {}),
      extras,
      occupationTop1: esco[0] !== undefined && goldOccupations.has(esco[0].id),
      occupationTop3: esco.slice(0, 3).some((occupation) => goldOccupations.has(occupation.id)),
      missedSkills: (gold.skills ?? []).filter((skill) => !predicted.has(skill.id)).map((skill) => skill.label ?? skill.id),
      extraSkills: skills
        .filter((skill) => !goldSkills.has(skill.id))
        .map((skill) => `${skill.label} (${skill.confidence}) <= "${skill.evidence.text.slice(0, 80)}"`),
      predictedOccupations: esco.map((occupation) => `${occupation.label} (${occupation.confidence})`),
      matchMs,
    });
  }
  const sum = (pick: (cv: DevCvResult) => number) => perCv.reduce((total, cv) => total + pick(cv), 0);
  const truePositives = sum((cv) => cv.skills.truePositives);
  const withOccupations = corpus.filter((cv) => (cv.gold.occupations ?? []).length > 0).map((cv) => cv.id);
  const occupationCvs = perCv.filter((cv) => withOccupations.includes(cv.id));
  const extras = { correct: sum((cv) => cv.extras.correct), related: sum((cv) => cv.extras.related), wrong: sum((cv) => cv.extras.wrong), unjudged: sum((cv) => cv.extras.unjudged) };
  const predictedCount = Math.max(1, sum((cv) => cv.skills.predicted));
  const assessed = perCv.filter((cv) => cv.completedSkills);
  const withFiche = perCv.filter((cv) => cv.romeFiche);
  const completed: CorpusReport['completed'] =
    assessed.length === 0
      ? undefined
      : {
          cvs: assessed.length,
          additions: assessed.reduce((total, cv) => total + cv.completedSkills!.additions, 0),
          strict: scores(assessed.map((cv) => cv.skills)),
          completed: scores(assessed.map((cv) => cv.completedSkills!)),
        };
  return {
    cvs: perCv.length,
    skills: scores(perCv.map((cv) => cv.skills)),
    ...(completed ? { completed } : {}),
    judged: {
      precision: (truePositives + extras.correct) / predictedCount,
      lenientPrecision: (truePositives + extras.correct + extras.related) / predictedCount,
      extras,
    },
    occupations: {
      top1: occupationCvs.filter((cv) => cv.occupationTop1).length / Math.max(1, occupationCvs.length),
      top3: occupationCvs.filter((cv) => cv.occupationTop3).length / Math.max(1, occupationCvs.length),
    },
    ...(withFiche.length > 0
      ? {
          romeFiches: {
            cvs: withFiche.length,
            top1: withFiche.filter((cv) => cv.romeFiche!.top1).length / withFiche.length,
            top3: withFiche.filter((cv) => cv.romeFiche!.top3).length / withFiche.length,
          },
        }
      : {}),
    matchMsPerCv: sum((cv) => cv.matchMs) / Math.max(1, perCv.length),
    calibration: [...buckets]
      .sort((a, b) => a[0] - b[0])
      .map(([bucket, { suggestions, correct, judgedCorrect }]) => ({
        bucket: bucket / 10,
        suggestions,
        precision: correct / suggestions,
        judgedPrecision: judgedCorrect / suggestions,
      })),
    perCv,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. MELO

function readTsv(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

export async function evaluateMelo(referential: Referential, product?: Referential): Promise<NonNullable<Report['melo']>> {
  const queries = readTsv(await readFile(join(MELO, 'queries.tsv'), 'utf8'));
  const elements = readTsv(await readFile(join(MELO, 'corpus_elements.tsv'), 'utf8'));
  const conceptOfElement = new Map(readTsv(await readFile(join(MELO, 'concept_mapping.tsv'), 'utf8')).map(([c, uri]) => [c!, uri!]));
  const relevant = new Map<string, Set<string>>();
  for (const [query, , element] of readTsv(await readFile(join(MELO, 'annotations.tsv'), 'utf8'))) {
    if (!relevant.has(query!)) relevant.set(query!, new Set());
    relevant.get(query!)!.add(element!);
  }
  // Each corpus element (a surface form) is one of our labels: same concept, same text.
  const labelOfElement = new Map<string, number>();
  const fr = LANGUAGES.indexOf('fr');
  const labelsByConceptText = new Map<string, number>();
  for (let label = 0; label < referential.labels.text.length; label++) {
    if (referential.labels.language[label] !== fr) continue;
    const concept = referential.concepts[referential.labels.concept[label]!]!;
    labelsByConceptText.set(`${concept.id}\t${normaliseSurface(referential.labels.text.at(label)!)}`, label);
  }
  for (const [element, text] of elements) {
    const label = labelsByConceptText.get(`${conceptOfElement.get(element!)}\t${normaliseSurface(text!)}`);
    if (label !== undefined) labelOfElement.set(element!, label);
  }

  let reciprocalRanks = 0;
  let occupationFirstReciprocalRanks = 0;
  let top1 = 0;
  const started = performance.now();
  for (const [queryId, text] of queries) {
    const gold = relevant.get(queryId!);
    if (!gold) continue;
    const labelScores = titleLabelScores(text!, referential);
    // Rank every corpus element by its label's score; ties keep corpus order (no advantage).
    const ranked = elements
      .map(([element], index) => ({ element: element!, index, score: labelScores.get(labelOfElement.get(element!) ?? -1) ?? 0 }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || a.index - b.index);
    const rank = ranked.findIndex((entry) => gold.has(entry.element));
    if (rank >= 0) reciprocalRanks += 1 / (rank + 1);
    if (rank === 0) top1++;
    // The same elements reordered as the product lists occupations: the best form of each
    // occupation first (ESCO's own concept of each label, never the benchmark's gold), then the
    // forms that repeat an occupation already listed, in the same order.
    const listed = new Set<string>();
    const firsts: string[] = [];
    const repeats: string[] = [];
    for (const entry of ranked) {
      const concept = conceptOfLabel(referential, labelOfElement.get(entry.element)!);
      (listed.has(concept) ? repeats : firsts).push(entry.element);
      listed.add(concept);
    }
    const occupationFirstRank = [...firsts, ...repeats].findIndex((element) => gold.has(element));
    if (occupationFirstRank >= 0) occupationFirstReciprocalRanks += 1 / (occupationFirstRank + 1);
  }
  const msPerQuery = (performance.now() - started) / queries.length;
  const report: NonNullable<Report['melo']> = {
    queries: queries.length,
    mrr: reciprocalRanks / queries.length,
    occupationFirstMrr: occupationFirstReciprocalRanks / queries.length,
    top1: top1 / queries.length,
    msPerQuery,
    escoProductMrr: productRankingMrr(referential, queries, relevant, conceptOfElement),
  };
  if (product) report.productConceptMrr = productRankingMrr(product, queries, relevant, conceptOfElement);
  return report;
}

/** MRR of the gold occupations when each query is ranked as the product ranks a French job title:
 *  occupations once each, scored on their French and English labels. */
function productRankingMrr(
  referential: Referential,
  queries: string[][],
  relevant: Map<string, Set<string>>,
  conceptOfElement: Map<string, string>,
): number {
  let reciprocalRanks = 0;
  for (const [queryId, text] of queries) {
    const gold = relevant.get(queryId!);
    if (!gold) continue;
    const goldConcepts = new Set([...gold].map((element) => conceptOfElement.get(element)));
    const conceptScores = new Map<string, number>();
    for (const [label, score] of titleLabelScores(text!, referential, ['fr', 'en'])) {
      const concept = referential.concepts[referential.labels.concept[label]!]!.id;
      conceptScores.set(concept, Math.max(conceptScores.get(concept) ?? 0, score));
    }
    const rank = [...conceptScores].sort((a, b) => b[1] - a[1]).findIndex(([concept]) => goldConcepts.has(concept));
    if (rank >= 0) reciprocalRanks += 1 / (rank + 1);
  }
  return reciprocalRanks / queries.length;
}

/** A MELO query's French ESCO labels, scored as the product scores a job title: each cleaned
 *  variant ranked, the best score kept per label. */
function titleLabelScores(text: string, referential: Referential, labelLanguages: Language[] = ['fr']): Map<number, number> {
  const labelScores = new Map<number, number>();
  for (const variant of cleanJobTitle(text)) {
    const scores = rankLabels(variant.text, referential, { kind: 'occupation', language: 'fr', labelLanguages, scheme: 'esco' });
    for (const [label, score] of scores) labelScores.set(label, Math.max(labelScores.get(label) ?? 0, score * variant.weight));
  }
  return labelScores;
}

function conceptOfLabel(referential: Referential, label: number): string {
  return referential.concepts[referential.labels.concept[label]!]!.id;
}

function normaliseSurface(text: string): string {
  return text.normalize('NFC').replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// 3. TECH / HOUSE

export async function evaluateSkillBenchmarks(
  referential: Referential,
  split: 'test' | 'validation',
): Promise<NonNullable<Report['skillBenchmarks']>> {
  const vocabulary = new Set(
    (await readFile(join(TECHWOLF, 'skills_en_label.txt'), 'utf8')).split('\n').map((label) => label.trim()).filter(Boolean),
  );
  const en = LANGUAGES.indexOf('en');
  const conceptByPreferredLabel = new Map<string, number>();
  for (let label = 0; label < referential.labels.text.length; label++) {
    if (referential.labels.language[label] !== en || referential.labels.type[label] !== 0) continue;
    const concept = referential.labels.concept[label]!;
    if (referential.concepts[concept]!.kind !== 'skill') continue;
    conceptByPreferredLabel.set(referential.labels.text.at(label)!.toLowerCase(), concept);
  }
  const results: NonNullable<Report['skillBenchmarks']> = [];
  for (const name of ['tech', 'house']) {
    const rows = Papa.parse<Record<string, string>>(await readFile(join(TECHWOLF, `${name}_${split}_annotations.csv`), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const goldBySentence = new Map<string, Set<string>>();
    for (const row of rows) {
      const label = row['label']?.trim();
      const sentence = row['sentence']?.trim();
      if (!label || !sentence || !vocabulary.has(label)) continue;
      if (!goldBySentence.has(sentence)) goldBySentence.set(sentence, new Set());
      goldBySentence.get(sentence)!.add(label);
    }
    let rp5 = 0;
    let rp5Present = 0;
    let presentSentences = 0;
    let mrr = 0;
    let missingLabels = 0;
    let goldLabels = 0;
    for (const [sentence, labels] of goldBySentence) {
      const gold = new Set<number>();
      for (const label of labels) {
        goldLabels++;
        const concept = conceptByPreferredLabel.get(label.toLowerCase());
        if (concept === undefined) missingLabels++;
        else gold.add(concept);
      }
      const ranking = rankSkillsForSentence(sentence, referential);
      const hits = ranking.slice(0, 5).filter((concept) => gold.has(concept)).length;
      rp5 += hits / Math.min(5, labels.size);
      if (gold.size > 0) {
        rp5Present += hits / Math.min(5, gold.size);
        presentSentences++;
      }
      const first = ranking.findIndex((concept) => gold.has(concept));
      if (first >= 0) mrr += 1 / (first + 1);
    }
    results.push({
      name: `${name.toUpperCase()} ${split}`,
      sentences: goldBySentence.size,
      rp5: rp5 / goldBySentence.size,
      mrr: mrr / goldBySentence.size,
      rp5Present: rp5Present / Math.max(1, presentSentences),
      goldLabelsMissingFromEsco: missingLabels / Math.max(1, goldLabels),
    });
  }
  return results;
}

/** A ranking of skill concepts for one sentence: the labels spotted in it, best first, then, since
 *  the protocol ranks every skill, the rest by the engine's label ranker (the `match` command's),
 *  which also scores labels the sentence only partly says. */
export function rankSkillsForSentence(sentence: string, referential: Referential): number[] {
  const best = new Map<number, number>();
  for (const spot of spotSkillLabels(sentence, referential, 'en')) {
    best.set(spot.concept, Math.max(best.get(spot.concept) ?? 0, spot.score));
  }
  const spotted = [...best].sort((a, b) => b[1] - a[1]).map(([concept]) => concept);
  const rest = rankConcepts(sentence, referential, { kind: 'skill', language: 'en', labelLanguages: ['en'], top: 50 })
    .map((ranked) => ranked.concept)
    .filter((concept) => !best.has(concept));
  return [...spotted, ...rest];
}

// ---------------------------------------------------------------------------------------------

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

export function printReport(report: Report, verbose = false): void {
  if (report.dev) printCorpus(`Dev corpus (${report.dev.cvs} CVs with gold, ESCO)`, report.dev, verbose);
  if (report.heldOut && report.heldOut.cvs > 0) {
    printCorpus(
      `Held-out corpus (${report.heldOut.cvs} CVs written blind, test/fixtures/cv-heldout; batches ${FIT_BATCHES.join('–')} fitted the skill-confidence model)`,
      report.heldOut,
      verbose,
    );
  }
  if (report.heldOutUnseen) {
    printCorpus(`Held-out batches after ${FIT_BATCHES.length} (${report.heldOutUnseen.cvs} CVs never used to fit or tune anything)`, report.heldOutUnseen, false);
  }
  if (report.heldOutNewest) {
    const { batch, report: newest } = report.heldOutNewest;
    printCorpus(`Held-out batch ${batch} alone (${newest.cvs} CVs, the newest: the least measured)`, newest, false);
  }
  if (report.withRome) {
    console.log('\nWith ESCO + ROME 4.0 + crosswalk loaded (the France Travail setup), scored on the same ESCO gold');
    console.log('| corpus | skills P | skills R | skills F1 | judged P | occ top-1 | occ top-3 | ROME fiche top-1 / top-3 (CVs) | match ms/CV |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const [name, corpus] of [['dev', report.withRome.dev], ['held-out', report.withRome.heldOut]] as const) {
      const fiches = corpus.romeFiches ? `${percent(corpus.romeFiches.top1)} / ${percent(corpus.romeFiches.top3)} (${corpus.romeFiches.cvs})` : '–';
      console.log(
        `| ${name} | ${percent(corpus.skills.precision)} | ${percent(corpus.skills.recall)} | ${percent(corpus.skills.f1)} | ${percent(corpus.judged.precision)} | ${percent(corpus.occupations.top1)} | ${percent(corpus.occupations.top3)} | ${fiches} | ${corpus.matchMsPerCv.toFixed(1)} |`,
      );
    }
    console.log('ROME fiche: the gold ESCO occupations\' fiches through the official crosswalk, against the fiches of the ROME titles suggested.');
  }
  printBenchmarks(report);
}

function printCorpus(title: string, corpus: CorpusReport, verbose: boolean): void {
  console.log(`\n${title}`);
  console.log('| skills P | skills R | skills F1 | occ top-1 | occ top-3 | match ms/CV |');
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| ${percent(corpus.skills.precision)} | ${percent(corpus.skills.recall)} | ${percent(corpus.skills.f1)} | ${percent(corpus.occupations.top1)} | ${percent(corpus.occupations.top3)} | ${corpus.matchMsPerCv.toFixed(1)} |`,
  );
  const { judged } = corpus;
  console.log(
    `\nJudged precision (suggestions outside the gold judged by an assessor, judged-extras.tsv): ${percent(judged.precision)}; ` +
      `counting "related" too: ${percent(judged.lenientPrecision)}. Extras: ${judged.extras.correct} correct, ${judged.extras.related} related, ` +
      `${judged.extras.wrong} wrong, ${judged.extras.unjudged} not judged yet.`,
  );
  if (corpus.completed) {
    const { cvs, additions, strict, completed } = corpus.completed;
    console.log(
      `\nCompleted gold (gold-additions.tsv: ${cvs} of ${corpus.cvs} CVs, ${additions} skills an assessor added blind to the linker, plus the extras judged correct): ` +
        `P/R/F1 ${percent(completed.precision)} / ${percent(completed.recall)} / ${percent(completed.f1)}; ` +
        `the gold alone on the same CVs: ${percent(strict.precision)} / ${percent(strict.recall)} / ${percent(strict.f1)}.`,
    );
  }
  console.log('\nSkill confidence calibration: bucket -> precision (raw, and judged as above)');
  console.log('| confidence | suggestions | precision | judged precision |');
  console.log('|---|---|---|---|');
  for (const { bucket, suggestions, precision, judgedPrecision } of corpus.calibration) {
    console.log(`| ${bucket.toFixed(1)}–${(bucket + 0.1).toFixed(1)} | ${suggestions} | ${percent(precision)} | ${percent(judgedPrecision)} |`);
  }
  if (verbose) {
    for (const cv of corpus.perCv) {
      console.log(`\n${cv.id}: skills ${cv.skills.truePositives}/${cv.skills.gold} (predicted ${cv.skills.predicted}), occupations: ${cv.predictedOccupations.slice(0, 3).join('; ')}`);
      console.log(`  missed: ${cv.missedSkills.join('; ')}`);
      if (cv.completedSkills) {
        const fromCompletion = cv.completedSkills.missed.filter((label) => !cv.missedSkills.includes(label));
        if (fromCompletion.length > 0) console.log(`  missed, added by the assessor: ${fromCompletion.join('; ')}`);
      }
      console.log(`  extra:\n    ${cv.extraSkills.join('\n    ')}`);
    }
  }
}

function printBenchmarks(report: Report): void {
  if (report.melo) {
    console.log(`\nMELO fra_q_fr_c_fr (${report.melo.queries} queries, ESCO-only)`);
    console.log('The published protocol (MRR over a ranking of all corpus elements) with two rankings submitted:');
    console.log('| MRR, each surface form on its own score | MRR, occupations first (each one\'s best form, then repeats) | top-1 | ms/query |');
    console.log('|---|---|---|---|');
    console.log(
      `| ${report.melo.mrr.toFixed(4)} | ${report.melo.occupationFirstMrr.toFixed(4)} | ${percent(report.melo.top1)} | ${report.melo.msPerQuery.toFixed(2)} |`,
    );
    console.log(
      `Outside the protocol, occupations ranked once each as the product ranks a French title (ESCO's French and English labels): MRR ${report.melo.escoProductMrr.toFixed(4)} with ESCO alone` +
        (report.melo.productConceptMrr !== undefined
          ? `, ${report.melo.productConceptMrr.toFixed(4)} with the product's referential (ESCO + our job-title lexicon, written blind to MELO)`
          : ''),
    );
  }
  if (report.skillBenchmarks) {
    console.log('\nSkill linking, sentence -> ESCO skills (labels matched to the loaded ESCO by preferred label)');
    console.log('| set | sentences | RP@5 | MRR | RP@5 (gold present in ESCO) | gold labels missing from ESCO |');
    console.log('|---|---|---|---|---|---|');
    for (const result of report.skillBenchmarks) {
      console.log(
        `| ${result.name} | ${result.sentences} | ${percent(result.rp5)} | ${result.mrr.toFixed(4)} | ${percent(result.rp5Present)} | ${percent(result.goldLabelsMissingFromEsco)} |`,
      );
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      esco: { type: 'string' },
      only: { type: 'string' },
      split: { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
      'no-phrases': { type: 'boolean' },
      'soft-skills': { type: 'boolean' },
      scanned: { type: 'boolean' },
    },
  });
  const report = await evaluateLinking({
    ...(values.esco ? { esco: values.esco } : {}),
    ...(values.only ? { only: values.only.split(',') as EvaluateOptions['only'] } : {}),
    ...(values.split === 'validation' ? { split: 'validation' as const } : {}),
    ...(values['no-phrases'] ? { phrases: false } : {}),
    ...(values['soft-skills'] ? { softSkills: true } : {}),
    ...(values.scanned ? { scanned: true } : {}),
  });
  await terminateOcrEngine();
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report, values.verbose);
}
