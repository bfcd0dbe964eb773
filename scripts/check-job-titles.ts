// Check the job-title lexicon (lib/taxonomy/job-titles) against the full ESCO referential:
// 1. every id is an ESCO occupation;
// 2. no title (in any of its gender forms) points at two occupations;
// 3. with the lexicon added as hidden labels, each title said alone (the CV's headline) ranks its
//    occupation first; a title that already did so without the lexicon is redundant (ESCO says it);
// 4. no ESCO preferred occupation label, said alone, stops ranking its own occupation first (a title
//    that would steal the CVs written in ESCO's own words);
// 5. (with --alternatives, reported) the ESCO alternative labels whose first occupation the lexicon
//    changes: mostly on purpose (ESCO gives "téléconseiller" to the social security officer and
//    "second de cuisine" to the kitchen assistant), for a reviewer to read.
//
// Usage: npm run check:job-titles [-- path to ESCO CSV folder] [--verbose] [--alternatives]
// (--verbose lists the redundant titles). Exit code 1 when any check 1-4 fails (part of npm run test:unit).

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rankJobTitle } from '../lib/match/link-occupations';
import { jobTitleAliasDraft, jobTitleForms } from '../lib/taxonomy/job-title-aliases';
import { JOB_TITLES } from '../lib/taxonomy/job-titles';
import { readDraftFromFolders } from '../lib/taxonomy/load-referential-node';
import { buildReferential, conceptLabel, exactKey, mergeDrafts, type Referential } from '../lib/taxonomy/referential';
import type { Language } from '../lib/types';

const LANGS: Language[] = ['fr', 'en'];
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const escoDir = args.find((arg) => !arg.startsWith('--')) ?? resolve(repositoryRoot, '../shared/taxonomy/esco');

function firstOccupation(text: string, language: Language, referential: Referential): { id: string; label: string; score: number } | undefined {
  const [first] = rankJobTitle(text, referential, language, 'esco', 1);
  return first && { id: first.id, label: first.label, score: first.score };
}

function label(referential: Referential, id: string, language: Language): string {
  const concept = referential.conceptIndex.get(id);
  return concept === undefined ? id : conceptLabel(referential, concept, language);
}

const started = Date.now();
const escoDraft = await readDraftFromFolders([escoDir], { phrases: false, jobTitles: false });
const occupationIds = new Set(escoDraft.concepts.filter((concept) => concept.kind === 'occupation').map((concept) => concept.id));
const base = buildReferential(escoDraft);
const full = buildReferential(mergeDrafts([escoDraft, jobTitleAliasDraft(escoDraft)]));
console.log(`ESCO loaded and indexed twice in ${((Date.now() - started) / 1000).toFixed(1)} s`);
let failures = 0;

// 1. Ids.
const unknownIds = JOB_TITLES.filter((title) => !occupationIds.has(title.id)).map((title) => title.id);
console.log(`\n1. ${JOB_TITLES.length} occupation entries, ${unknownIds.length} unknown ids`);
for (const id of unknownIds) console.log(`   unknown: ${id}`);
failures += unknownIds.length;

// 2. One occupation per title form.
const owners = new Map<string, Set<string>>();
let titleCount = 0;
for (const title of JOB_TITLES) {
  for (const language of LANGS) {
    for (const text of title[language] ?? []) {
      titleCount++;
      for (const form of jobTitleForms(text, language)) {
        const key = `${language}:${exactKey(form)}`;
        owners.set(key, (owners.get(key) ?? new Set()).add(title.id));
      }
    }
  }
}
const conflicts = [...owners].filter(([, ids]) => ids.size > 1);
console.log(`\n2. ${titleCount} titles in ${new Set(JOB_TITLES.map((title) => title.id)).size} occupations; ${conflicts.length} point at two occupations`);
for (const [key, ids] of conflicts) console.log(`   conflict: ${key} -> ${[...ids].map((id) => label(full, id, 'fr')).join(' | ')}`);
failures += conflicts.length;

// 3. Each title form alone ranks its occupation first.
let checked = 0;
const failed: string[] = [];
const redundant: string[] = [];
for (const title of JOB_TITLES) {
  if (!occupationIds.has(title.id)) continue;
  for (const language of LANGS) {
    for (const text of title[language] ?? []) {
      for (const form of jobTitleForms(text, language)) {
        checked++;
        const withTitles = firstOccupation(form, language, full);
        const without = firstOccupation(form, language, base);
        if (without?.id === title.id) redundant.push(`${language}: "${form}" -> ${without.label} (${without.score})`);
        if (withTitles?.id === title.id) continue;
        const got = withTitles ? `${withTitles.label} (${withTitles.score})` : 'nothing';
        failed.push(`${language}: "${form}" -> ${got}; wanted ${label(full, title.id, language)}`);
      }
    }
  }
}
console.log(`\n3. ${checked - failed.length}/${checked} title forms rank their occupation first`);
for (const line of failed) console.log(`   fail: ${line}`);
console.log(`   ${redundant.length} title forms already rank their occupation first without the lexicon (redundant)`);
if (verbose) for (const line of redundant) console.log(`   redundant: ${line}`);
failures += failed.length;

// 4. ESCO's own preferred occupation labels keep their occupation first.
const stolen: string[] = [];
let tried = 0;
for (const concept of escoDraft.concepts) {
  if (concept.kind !== 'occupation') continue;
  for (const preferred of concept.labels) {
    if (preferred.type !== 'preferred') continue;
    for (const form of jobTitleForms(preferred.text, preferred.language)) {
      tried++;
      if (firstOccupation(form, preferred.language, base)?.id !== concept.id) continue;
      const after = firstOccupation(form, preferred.language, full);
      if (after?.id !== concept.id) stolen.push(`${preferred.language}: "${form}" -> ${after?.label ?? 'nothing'}`);
    }
  }
}
console.log(`\n4. ${stolen.length} of ${tried} ESCO preferred occupation labels no longer rank their own occupation first`);
for (const line of stolen) console.log(`   stolen: ${line}`);
failures += stolen.length;

// 5. ESCO's alternative labels (42,000 forms, a minute): reported only.
if (args.includes('--alternatives')) {
  const moved: string[] = [];
  let forms = 0;
  for (const concept of escoDraft.concepts) {
    if (concept.kind !== 'occupation') continue;
    for (const alternative of concept.labels) {
      if (alternative.type !== 'alternative') continue;
      for (const form of jobTitleForms(alternative.text, alternative.language)) {
        forms++;
        if (firstOccupation(form, alternative.language, base)?.id !== concept.id) continue;
        const after = firstOccupation(form, alternative.language, full);
        if (after?.id !== concept.id) moved.push(`${alternative.language}: "${form}" (${label(full, concept.id, alternative.language)}) -> ${after?.label ?? 'nothing'}`);
      }
    }
  }
  console.log(`\n5. ${moved.length} of ${forms} ESCO alternative label forms now rank another occupation first`);
  for (const line of moved) console.log(`   moved: ${line}`);
}

console.log(`\n${failures === 0 ? 'OK' : `${failures} failures`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failures > 0) process.exitCode = 1;
