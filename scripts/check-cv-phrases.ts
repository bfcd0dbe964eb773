// Check the trade CV-phrase lexicon (lib/taxonomy/cv-phrases) against the full ESCO referential:
// 1. every id is an ESCO skill concept;
// 2. no phrase points at two concepts, none repeats a phrase of skill-aliases.ts, and no two phrases of
//    one concept say the same stemmed words;
// 3. with the phrases added as hidden labels, a one-line skills section saying just the phrase links
//    that concept first; a phrase that already did so without its alias is redundant (ESCO says it);
// 4. no SKILL_ALIASES / SKILL_PHRASES phrase changes its first concept because of the lexicon;
// 5. no ESCO preferred skill label, said alone, stops linking its own concept first (a too broad phrase);
// 6. (reported) ESCO labels starting with a light verb, said without it ("inspections de sécurité"),
//    that the lexicon sends to another concept.
//
// Usage: npm run check:phrases [-- path to ESCO CSV folder] [--verbose]  (--verbose lists the
// redundant phrases). Exit code 1 when any check fails (part of npm run test:unit).

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { skillCandidates } from '../lib/match/link-skills';
import { readingStrength } from '../lib/match/skill-confidence';
import { TRADE_PHRASES } from '../lib/taxonomy/cv-phrases';
import { foldText, labelKeys } from '../lib/taxonomy/label-words';
import { LIGHT_VERBS } from '../lib/match/spot-skill-labels';
import { readDraftFromFolders } from '../lib/taxonomy/load-referential-node';
import {
  buildReferential,
  conceptLabel,
  exactKey,
  mergeDrafts,
  type Referential,
} from '../lib/taxonomy/referential';
import { aliasDraft, SKILL_ALIASES, SKILL_PHRASES } from '../lib/taxonomy/skill-aliases';
import type { Language, ParsedProfile } from '../lib/types';

const LANGS: Language[] = ['fr', 'en'];
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const escoDir = args.find((arg) => !arg.startsWith('--')) ?? resolve(repositoryRoot, '../shared/taxonomy/esco');

/** A CV whose skills section is this one line. */
function oneLineProfile(text: string, language: Language): Pick<ParsedProfile, 'sections' | 'language'> {
  return { language, sections: [{ kind: 'skills', heading: 'Compétences', lines: [{ text, page: 1 }] }] };
}

/** The concept the phrase reads as first: the strongest reading (readingStrength), not the most
 *  likely kept suggestion. Whether a one-line CV's lone "SMED" or "Instagram" would be kept is the
 *  confidence model's business; what a phrase means is this check's. */
function firstSkill(text: string, language: Language, referential: Referential): { id: string; label: string; confidence: number } | undefined {
  let first: { id: string; label: string; confidence: number } | undefined;
  for (const { concept, mentions, best } of skillCandidates(oneLineProfile(text, language), referential)) {
    const strength = Math.round(readingStrength(mentions, best) * 100) / 100;
    const candidate = { id: referential.concepts[concept]!.id, label: conceptLabel(referential, concept, language), confidence: strength };
    if (!first || strength > first.confidence || (strength === first.confidence && candidate.label.localeCompare(first.label) < 0)) first = candidate;
  }
  return first;
}

function label(referential: Referential, id: string, language: Language): string {
  const concept = referential.conceptIndex.get(id);
  return concept === undefined ? id : conceptLabel(referential, concept, language);
}

const started = Date.now();
// ESCO with tool names only (the trade phrases are now wired into every referential), plus the
// dev-corpus phrasings of skill-aliases.ts: the lexicon is then added on top, as it ships.
const escoDraft = mergeDrafts([await readDraftFromFolders([escoDir], { phrases: false }), aliasDraft(SKILL_PHRASES)]);
const skillIds = new Set(escoDraft.concepts.filter((concept) => concept.kind === 'skill').map((concept) => concept.id));
const base = buildReferential(escoDraft);
const known = TRADE_PHRASES.filter((phrase) => skillIds.has(phrase.id));
const full = buildReferential(mergeDrafts([escoDraft, aliasDraft(known)]));
console.log(`ESCO loaded and indexed twice in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// 1. Ids.
const unknownIds = TRADE_PHRASES.filter((phrase) => !skillIds.has(phrase.id)).map((phrase) => phrase.id);
console.log(`\n1. ${TRADE_PHRASES.length} concept entries, ${unknownIds.length} unknown ids`);
for (const id of unknownIds) console.log(`   unknown: ${id}`);

// 2. Duplicates, by normalised phrase per language.
const owners = new Map<string, Set<string>>();
let phraseCount = 0;
for (const phrase of TRADE_PHRASES) {
  for (const language of LANGS) {
    for (const text of phrase[language] ?? []) {
      phraseCount++;
      const key = `${language}:${exactKey(text)}`;
      const ids = owners.get(key) ?? new Set<string>();
      if (ids.has(phrase.id)) console.log(`   repeated for one concept: ${key}`);
      ids.add(phrase.id);
      owners.set(key, ids);
    }
  }
}
const conflicts = [...owners].filter(([, ids]) => ids.size > 1);
const existing = new Map<string, string>();
for (const alias of [...SKILL_ALIASES, ...SKILL_PHRASES]) {
  for (const language of LANGS) for (const text of alias[language] ?? []) existing.set(`${language}:${exactKey(text)}`, alias.id);
}
const alreadyAliased = [...owners.keys()].filter((key) => existing.has(key));
// Phrases of one concept the index cannot tell apart (same stemmed words): only one of them is needed.
const sameWords: string[] = [];
for (const phrase of TRADE_PHRASES) {
  for (const language of LANGS) {
    const seen = new Map<string, string>();
    for (const text of phrase[language] ?? []) {
      const words = [...new Set(labelKeys(text, language))].sort().join(' ');
      const first = seen.get(words);
      if (first !== undefined) sameWords.push(`${language}: "${text}" = "${first}"`);
      else seen.set(words, text);
    }
  }
}
console.log(`\n2. ${phraseCount} phrases in ${new Set(TRADE_PHRASES.map((p) => p.id)).size} concepts; ` +
  `${conflicts.length} point at two concepts; ${alreadyAliased.length} already in skill-aliases.ts`);
for (const [key, ids] of conflicts) console.log(`   conflict: ${key} -> ${[...ids].map((id) => label(full, id, 'fr')).join(' | ')}`);
for (const key of alreadyAliased) console.log(`   in skill-aliases.ts: ${key} (${label(full, existing.get(key)!, 'fr')})`);
console.log(`   ${sameWords.length} phrases say the same stemmed words as another phrase of their concept`);
for (const line of sameWords) console.log(`   same words: ${line}`);

// 3. Each phrase alone links its concept first.
let passed = 0;
const failed: string[] = [];
const redundant: string[] = [];
for (const phrase of known) {
  for (const language of LANGS) {
    for (const text of phrase[language] ?? []) {
      const withPhrases = firstSkill(text, language, full);
      const without = firstSkill(text, language, base);
      if (without?.id === phrase.id) redundant.push(`${language}: "${text}" -> ${without.label} (${without.confidence})`);
      if (withPhrases?.id === phrase.id) {
        passed++;
        continue;
      }
      const got = withPhrases ? `${withPhrases.label} (${withPhrases.confidence})` : 'nothing';
      failed.push(`${language}: "${text}" -> ${got}; wanted ${label(full, phrase.id, language)}`);
    }
  }
}
const checked = known.reduce((sum, phrase) => sum + LANGS.reduce((n, language) => n + (phrase[language]?.length ?? 0), 0), 0);
console.log(`\n3. ${passed}/${checked} phrases link their concept first (${((100 * passed) / Math.max(1, checked)).toFixed(1)}%)`);
for (const line of failed) console.log(`   fail: ${line}`);
console.log(`   ${redundant.length} phrases already link their concept without the lexicon (redundant)`);
if (verbose) for (const line of redundant) console.log(`   redundant: ${line}`);

// Side effects on the curated aliases already in skill-aliases.ts.
const changed: string[] = [];
for (const alias of [...SKILL_ALIASES, ...SKILL_PHRASES]) {
  for (const language of LANGS) {
    for (const text of alias[language] ?? []) {
      const before = firstSkill(text, language, base);
      const after = firstSkill(text, language, full);
      if (before?.id !== after?.id) changed.push(`${language}: "${text}": ${before?.label ?? 'nothing'} -> ${after?.label ?? 'nothing'}`);
    }
  }
}
console.log(`\n4. ${changed.length} skill-aliases.ts phrases change their first concept with the lexicon`);
for (const line of changed) console.log(`   changed: ${line}`);
// 5. ESCO's own preferred skill labels, said alone, whose first concept the lexicon
// changes: a phrase there is too broad and would steal CV lines that say another skill in ESCO's words.
{
  const stolen: string[] = [];
  let tried = 0;
  for (const concept of escoDraft.concepts) {
    if (concept.kind !== 'skill') continue;
    for (const preferred of concept.labels) {
      if (preferred.type !== 'preferred') continue;
      tried++;
      const before = firstSkill(preferred.text, preferred.language, base);
      if (before?.id !== concept.id) continue;
      const after = firstSkill(preferred.text, preferred.language, full);
      if (after?.id !== concept.id) stolen.push(`${preferred.language}: "${preferred.text}" -> ${after?.label ?? 'nothing'}`);
    }
  }
  console.log(`\n5. ${stolen.length} of ${tried} ESCO preferred labels no longer link their own concept first`);
  for (const line of stolen) console.log(`   stolen: ${line}`);
  if (stolen.length > 0) process.exitCode = 1;
}
// 6. The same for ESCO labels that start with a light verb, said the CV way without it
// ("réaliser des inspections de sécurité" -> "inspections de sécurité"): the matcher reads those.
{
  const stolen: string[] = [];
  let tried = 0;
  for (const concept of escoDraft.concepts) {
    if (concept.kind !== 'skill') continue;
    for (const preferred of concept.labels) {
      if (preferred.type !== 'preferred') continue;
      const text = withoutLightVerb(preferred.text, preferred.language);
      if (!text) continue;
      tried++;
      const before = firstSkill(text, preferred.language, base);
      if (before?.id !== concept.id) continue;
      const after = firstSkill(text, preferred.language, full);
      if (after?.id !== concept.id) stolen.push(`${preferred.language}: "${text}" (${preferred.text}) -> ${after?.label ?? 'nothing'}`);
    }
  }
  // Reported, not failing: most are a specific ESCO concept giving way to its general sibling
  // ("contrôles de qualité dans des laboratoires de microbiologie" -> "mener une analyse de contrôle
  // qualité") or a score moving across the threshold as word weights shift; a reviewer reads them.
  console.log(`\n6. ${stolen.length} of ${tried} ESCO preferred labels said without their light verb no longer link their concept first (review with --verbose)`);
  if (verbose) for (const line of stolen) console.log(`   changed: ${line}`);
}

/** "réaliser des inspections de sécurité" -> "inspections de sécurité"; undefined when the label
 *  does not start with a light verb (spot-skill-labels.ts) or nothing would be left. */
function withoutLightVerb(label: string, language: Language): string | undefined {
  const [verb, ...rest] = label.split(/\s+/);
  if (!verb || !LIGHT_VERBS[language].includes(foldText(verb))) return undefined;
  const words = language === 'en' && foldText(verb) === 'carry' && rest[0] === 'out' ? rest.slice(1) : rest;
  const article = language === 'fr' ? /^(?:des|les|le|la|l['’]|une|un|du|de la|de l['’]|d['’])\s*/i : /^(?:an?|the)\s+/i;
  const remainder = words.join(' ').replace(article, '').trim();
  return remainder.length > 2 ? remainder : undefined;
}
console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s`);

if (unknownIds.length > 0 || conflicts.length > 0 || passed < checked || changed.length > 0) process.exitCode = 1;
