// Jobs without dates: the whole of an experience section that gives none, as CVs of little
// experience often do, or a line among dated jobs that names one ("Bénévole – Restos du Cœur").
// Less sure than the dated ones.
import type { TextLine } from '../../types';
import { isCareerBreak } from '../career-break';
import { isDegree } from '../detect-degree';
import { looksLikeTask } from '../detect-task';
import { foldedWords, looksLikeDescription, splitParts, withoutDates } from '../entry-parts';
import { foldText } from '../fold-text';
import { JOB_WORDS } from '../job-vocabulary';
import { BULLET, stripBullet } from '../line-style';
import { isOddJob } from '../odd-jobs';
import { assignParts } from './assign-parts';
import { cleanTitle } from './clean-parts';
import type { ExperienceSuggestion } from './confidence';
import { NOT_A_JOB, PLACEMENT, YEAR } from './line-patterns';
import { hasJobWord } from './part-kinds';
import { lengthOnly } from './written-duration';

/** A job line with neither bullet task nor sentence: "Vendeuse (2 ans) – Kiabi", "• Stage de 3e –
 *  Boulangerie Martin", "Cariste chez Geodis". */
const UNDATED_JOB_WORDS = 12;
/** Among dated jobs an undated line is shorter: a job's header, not a phrase. */
const STRICT_UNDATED_JOB_WORDS = 10;
/** Helpers' words that open tasks too ("Aide à la vente…"): alone, they name no job. */
const GENERIC_JOB_WORDS = new Set(['aide', 'agent', 'agente', 'assistant', 'assistante', 'chef', 'cheffe', 'responsable', 'employe', 'employee', 'charge', 'chargee']);
/** English heads that also open tasks or phrases ("Personal care…", "Sous la responsabilité…"):
 *  among dated jobs they do not make a line a job by themselves. */
const WEAK_HEADS = new Set(['care', 'support', 'customer', 'service', 'sales', 'lead', 'head', 'partie', 'sous', 'data', 'senior', 'junior', 'crew', 'host', 'warehouse']);

/**
 * The jobs of an experience section that gives no date at all, as CVs of little experience often
 * do ("Vendeuse (2 ans) – Kiabi" / "Stage de 3e – Boulangerie Martin"): each line that names a job
 * and is neither a task nor a sentence is one job, without dates, less sure than a dated one.
 */
export function undatedExperiences(lines: TextLine[]): ExperienceSuggestion[] {
  return lines.map((line) => undatedJob(line, false)).filter((experience): experience is ExperienceSuggestion => experience !== null);
}

/**
 * "Bénévole – Restos du Cœur" between two dated jobs, "Missions ponctuelles de baby-sitting" after
 * them: a line no dated job took that names a job, standing where a job's header stands (not right
 * under a dated job's header, where it is that job's contract or second title), is a job without
 * dates, less sure than the dated ones, in its place in the list.
 */
export function withUndatedJobs(lines: TextLine[], dated: ExperienceSuggestion[], startLines: number[], used: Set<number>, bodyX: number | undefined, wholeLineAt: Set<number>): ExperienceSuggestion[] {
  const placed = dated.map((experience, position) => ({ at: startLines[position]!, experience }));
  // A dated job that names a trade and an employer: the line above it is not its missing title.
  const wholeJobAt = new Set(startLines.filter((_, position) => dated[position]!.employer !== null && hasJobWord(dated[position]!.title)));
  lines.forEach((line, index) => {
    // Right under a dated job's lines, a line is that job's (its contract, its second title),
    // unless that job is whole on its one dated line ("Garde d'enfants – 2017 – 2020").
    const underWholeLine = wholeLineAt.has(index - 1);
    const underJob = used.has(index - 1) && !underWholeLine;
    if (used.has(index) || YEAR.test(line.text) || BULLET.test(line.text)) return;
    if (looksLikeDescription(line, bodyX) || /[:]|[,.;]\s*$|^\s*\(/.test(line.text)) return;
    // A wrapped sentence's next line ("Employee Recognition Requests, Disciplinary Actions") or first one.
    const previous = lines[index - 1];
    const next = lines[index + 1];
    if (previous && /[,;&(-]\s*$|\s(?:and|et|de|of|the|la|le|les|du|des)\s*$/i.test(previous.text)) return;
    // What follows a job header: its tasks, the next job, or nothing (a line of another kind, a web
    // address, means the line belongs to something else).
    // A length on the line under it stands where the dates would ("Stage – Boulangerie Paul" / "3 mois").
    // So does the employer line with a length where the other jobs give their dates ("Sales
    // Assistant" / "Greggs, Leeds | 2 years"): the job's name goes on there.
    const nextParts = next && !used.has(index + 1) && !BULLET.test(next.text) && !looksLikeTask(next.text) && !looksLikeDescription(next, bodyX) ? splitParts(next.text) : [];
    const length = nextParts.length > 0 ? lengthOnly(nextParts[nextParts.length - 1]!) : null;
    const employerLine = length && nextParts.length > 1 && nextParts.length <= 3 ? nextParts.slice(0, -1).join(' – ') : null;
    const follower = length ? lines[index + 2] : next;
    const followerAt = length ? index + 2 : index + 1;
    const webAddress = follower !== undefined && /^\s*(?:https?:\/\/|www\.)/i.test(follower.text);
    if (follower && (webAddress || !(wholeJobAt.has(followerAt) || BULLET.test(follower.text) || looksLikeTask(follower.text) || looksLikeDescription(follower, bodyX)))) return;
    const found = undatedJob(employerLine ? { ...line, text: `${line.text.trim()} – ${employerLine}` } : line, true);
    const experience = found && length ? { ...found, duration: found.duration ?? length, evidence: { ...found.evidence, text: `${line.text.trim()}\n${next!.text.trim()}` } } : found;
    // Under a job that names its employer, a line naming another one is a job of its own, not
    // that job's second title ("Stage de vente – Boulangerie Paul" under "Depuis mars 2021").
    const above = dated[startLines.findLastIndex((start) => start < index)];
    const ownEmployer = experience?.employer && above?.employer && foldText(experience.employer) !== foldText(above.employer);
    if (underJob && !ownEmployer) return;
    // "Stage de fin d'études" under a job: its contract, not a placement of its own.
    if (experience && underWholeLine && experience.employer === null && PLACEMENT.test(experience.title)) return;
    if (experience) placed.push({ at: index, experience });
  });
  return placed.sort((a, b) => a.at - b.at).map(({ experience }) => experience);
}

/** A line naming a job with no date: the undated section's jobs, or (among dated jobs, `strict`)
 *  one whose title opens or ends with a trade ("Bénévole", "Volunteer Driver") or names a small job. */
function undatedJob(line: TextLine, strict: boolean): ExperienceSuggestion | null {
  // A bullet or a number before the job ("• Cariste chez Geodis", "1. Vendeuse – Kiabi").
  const text = stripBullet(line.text).replace(/^\d+[.)]\s+/, '').trim();
  if (!text || text.split(/\s+/).length > (strict ? STRICT_UNDATED_JOB_WORDS : UNDATED_JOB_WORDS) || NOT_A_JOB.test(text) || isDegree(text)) return null;
  const oddJob = isOddJob(text);
  if (!oddJob && (looksLikeTask(text) || looksLikeDescription({ ...line, text }, undefined))) return null;
  // "2 ans<TAB>Serveuse · Brasserie Le Capitole": a length in the dates' place is no part of the job's name.
  // (The dates' cleaning takes lengths out of the text: they are looked for before.)
  const length = splitParts(text).map(lengthOnly).find((found) => found !== null) ?? null;
  const parts = splitParts(withoutDates(text, undefined)).filter((part) => lengthOnly(part) === null);
  if (parts.length === 0 || !(oddJob || hasJobWord(parts[0]!) || PLACEMENT.test(parts[0]!.trim()))) return null;
  // Alone on its line, a job is named by a trade ("Cariste"), not by a helper's word that also
  // opens tasks ("Aide à la vente et au nettoyage", "Responsable des ouvertures").
  if (parts.length === 1 && !oddJob && !PLACEMENT.test(parts[0]!.trim()) && GENERIC_JOB_WORDS.has(foldedWords(parts[0]!)[0] ?? '')) return null;
  const { title, employer, location } = oddJob && parts.length === 1 ? { title: cleanTitle(parts[0]!), employer: null, location: null } : assignParts(parts);
  if (!title || isCareerBreak(title)) return null;
  if (strict && !oddJob && !PLACEMENT.test(title) && !namedByTrade(title)) return null;
  const confidence = strict ? (employer ? 0.55 : 0.5) : employer ? 0.65 : 0.55;
  return { title, employer, location, start: null, end: null, ...(length ? { duration: length } : {}), evidence: { text: line.text.trim(), page: line.page }, confidence };
}

/** "Bénévole", "Volunteer Driver", "Agent de quai": a title whose first or last word is a trade. */
export function namedByTrade(title: string): boolean {
  const words = foldedWords(title);
  const trade = (word: string | undefined) => word !== undefined && JOB_WORDS.has(word) && !WEAK_HEADS.has(word);
  return words.length <= 6 && (trade(words[0]) || trade(words[words.length - 1]) || JOB_WORDS.has(`${words[0]} ${words[1] ?? ''}`));
}
