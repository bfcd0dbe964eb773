// The suggestions outside a corpus's gold that no assessor has judged yet, as TSV for the next
// judging round (judged-extras.tsv). Only what an assessor needs is printed: the CV, the concept and
// the CV line it was read from, not the linker's confidence or how it got there.
// Run: npx tsx scripts/eval/list-unjudged-extras.ts [--heldout] [--cv ID]...
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { linkProfile } from '../../lib/match/link-profile';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import { DEFAULT_ESCO, FIXTURES, HELDOUT, judgedExtras, parsedDevCorpus } from './eval-linking';

const { values } = parseArgs({ options: { heldout: { type: 'boolean' }, cv: { type: 'string', multiple: true } } });
const directory = values.heldout ? HELDOUT : FIXTURES;
const referential = await loadReferentialFromPath(DEFAULT_ESCO);
const judged = await judgedExtras(directory);
const only = values.cv ? new Set(values.cv) : undefined;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
console.log(['cv', 'uri', 'label', 'evidence'].join('\t'));
for (const { id, parsed, gold } of await parsedDevCorpus(directory)) {
  if (only && !only.has(id)) continue;
  const goldSkills = new Set((gold.skills ?? []).map((skill) => skill.id));
  for (const skill of linkProfile(parsed, referential).skills) {
    if (!skill.id.includes('esco/skill') || goldSkills.has(skill.id) || judged.has(`${id}\t${skill.id}`)) continue;
    console.log([id, skill.id, oneLine(skill.label), oneLine(skill.evidence?.text ?? '')].join('\t'));
  }
}
console.error(`(${join(directory, 'judged-extras.tsv')} holds the judgements so far)`);
