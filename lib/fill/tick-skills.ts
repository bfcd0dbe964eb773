import { describeControl } from './describe-control';
import { controlType, isChecked, type Control } from './find-controls';
import { writeChecked, type FillRun } from './fill-journal';
import { fold } from './fold-text';
import { similarity } from './match-option';

/** Boxes of another question, ticked by their own steps. */
export const OTHER_QUESTION = /permis|licen[cs]e|driving|(^|\s)langues?($|\s)|(^|\s)languages?($|\s)|linguisti|civilite|genre|gender/;

/** How close a box's label must be to a confirmed skill: the same words, or one holding the other. */
export const SKILL_MATCH = 0.85;

/**
 * Ticks the boxes of a checklist of skills ("Vos compétences : [ ] Utiliser un chariot élévateur…")
 * whose label says a skill the counsellor confirmed (the plan's skills are the referential's labels).
 * A box already ticked stays as it is; undo unticks only the boxes ticked here. Returns the skills
 * placed, so the free-text box ("Autres compétences") gets only the others.
 */
export async function tickSkills(run: FillRun, controls: Control[]): Promise<string[]> {
  const boxes = controls
    .filter((control) => controlType(control) === 'checkbox')
    .map((box) => ({ box, description: describeControl(box) }))
    .filter(({ description }) => !OTHER_QUESTION.test(fold(`${description.group} ${description.name}`)))
    .map(({ box, description }) => ({ box, label: fold(description.label) }))
    .filter(({ label }) => label !== '');
  if (boxes.length === 0) return [];
  const placed: string[] = [];
  const taken = new Set<Control>();
  // Skills, then the qualities (savoir-être): a box may say either, in the referential's words or
  // in the CV's ("Rigueur" for "veiller aux détails").
  for (const skill of [...run.plan.skills, ...run.plan.softSkills]) {
    const wanted = [skill, ...(run.plan.wordings?.[skill] ?? [])].map(fold);
    let best: { box: Control; score: number } | null = null;
    for (const { box, label } of boxes) {
      if (taken.has(box)) continue;
      const score = Math.max(...wanted.map((wording) => skillMatch(label, wording)));
      if (score >= SKILL_MATCH && (!best || score > best.score)) best = { box, score };
    }
    if (!best) continue;
    taken.add(best.box);
    placed.push(skill);
    const target = run.plan.skills.includes(skill) ? 'skills' : 'softSkills';
    if (isChecked(best.box)) {
      run.report.skipped.push({ target: `${target}:${skill}`, reason: 'already-present' });
      continue;
    }
    // "Savoir-être professionnels (3 maximum)": never more boxes than the question allows.
    const limit = choiceLimit(best.box);
    if (limit !== null && boxesOfQuestion(best.box).filter(isChecked).length >= limit) {
      run.report.skipped.push({ target: `${target}:${skill}`, reason: 'too-many' });
      continue;
    }
    writeChecked(run, best.box, true);
    await run.tick();
    run.report.filled.push(`${target}:${skill}`);
  }
  return placed;
}

/** A label holding a skill, or held by it, counts only with two words at least: a box "Commandes"
 *  is not "préparer des commandes". */
export function skillMatch(label: string, skill: string): number {
  const score = similarity(label, skill);
  if (score === 1 || score < SKILL_MATCH) return score;
  const shorter = label.length < skill.length ? label : skill;
  return shorter.split(' ').length >= 2 ? score : 0;
}

/** The most boxes a question lets one tick, when its legend or help says it ("3 maximum",
 *  "jusqu'à 3", "up to 3", "choose 3"); null when it does not say. */
function choiceLimit(box: Control): number | null {
  const description = describeControl(box);
  const words = fold(`${description.group} ${description.hint} ${description.section}`);
  const said = /(\d+) (?:maximum|max|au plus|at most)|(?:maximum|max|jusqu'a|au plus|up to|at most|choose|choisissez|selectionnez|cochez) (\d+)/.exec(words);
  const limit = said ? Number(said[1] ?? said[2]) : NaN;
  return Number.isInteger(limit) && limit > 0 ? limit : null;
}

/** The boxes of one question: same name, else same fieldset. */
function boxesOfQuestion(box: Control): Control[] {
  const name = box.getAttribute('name');
  const scope = box.closest('fieldset, [role="group"]') ?? box.ownerDocument;
  const boxes = [...scope.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  return name ? boxes.filter((other) => other.getAttribute('name') === name) : boxes;
}
