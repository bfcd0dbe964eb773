import type { AdapterGroup } from './adapters/site-adapter';
import { dateQuestionOf, namesOnlyADatePart, partsOfOneDate } from './date-parts';
import { describeControl } from './describe-control';
import { controlType, isDisabled, searchRoots, type Control, type VisibilityCheck } from './find-controls';
import { fold } from './fold-text';
import { GROUP_RULES, type EntryField, type GroupKind, type GroupRule } from './group-rules';

/** A repeatable group of the form: where its entries live and how to add one. */
export interface GroupSection {
  rule: GroupRule;
  section: Element;
  addButton: HTMLElement | null;
  /** From a site adapter: what one entry and its remove button are. */
  rowSelector?: string;
  removeSelector?: string;
  /** Numbered blocks ("Expérience 1", "Expérience 2"…): one entry each; the section is their parent. */
  rows?: Element[];
  /** A section that is only part of a flat form: the controls after this heading… */
  from?: Element;
  /** …and before this one, the next heading of the same or a higher rank (null: to the end). */
  until?: Element | null;
  /** Numbered headings of a flat form ("Expérience 1", fields, "Expérience 2", fields): one entry each. */
  parts?: { from: Element; until: Element | null }[];
}

/** One entry of a group as the page shows it, with each control's part in it. */
export interface GroupRow {
  element: Element;
  fields: { control: Control; field: EntryField }[];
}

export const CLICKABLE = 'button, [role="button"], input[type="button"], a[role="button"], a[href="#"], a:not([href]), a[href^="javascript:"]';
export const ADD_VERB = /^(\+\s*)?(ajouter|add|nouvel|nouvelle|new|creer|create|saisir|another|une autre|un autre|autre)(\s|$)|^\+/;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';
export const REMOVE = /supprimer|retirer|enlever|effacer|remove|delete|trash|poubelle|corbeille|^[×✕✖╳−-]$|^x$/;

/**
 * The repeatable groups of a page, found the way a person finds them: an add button ("Ajouter une
 * expérience", or a bare "+" under a "Langues" heading), and the section around it. Groups with a
 * fixed number of entries and no add button are found by their heading and their fields.
 */
export function findGroupSections(root: Document, controls: Control[], isVisible: VisibilityCheck, adapterGroups: AdapterGroup[] = []): GroupSection[] {
  const sections: GroupSection[] = [];
  const taken = (kind: GroupKind) => sections.some((found) => found.rule.kind === kind);
  for (const hint of adapterGroups) {
    const rule = GROUP_RULES.find((candidate) => candidate.kind === hint.kind);
    const section = queryAll(root, hint.section)[0];
    if (!rule || !section || taken(hint.kind)) continue;
    const addButton = hint.addButton ? (queryAll(root, hint.addButton).find((button) => isVisible(button)) as HTMLElement | undefined) ?? null : null;
    sections.push({ rule, section, addButton, rowSelector: hint.row, removeSelector: hint.removeButton });
  }
  for (const scope of searchRoots(root)) {
    for (const button of scope.querySelectorAll<HTMLElement>(CLICKABLE)) {
      if (!isUsableButton(button, isVisible)) continue;
      const name = buttonName(button);
      if (!ADD_VERB.test(name)) continue;
      const found = groupOfButton(button, name);
      if (found && !taken(found.rule.kind) && !sections.some((other) => other.section === found.section)) sections.push({ ...found, addButton: button });
    }
  }
  for (const rule of GROUP_RULES) {
    if (taken(rule.kind)) continue;
    const fixed = fixedGroup(rule, controls, sections);
    if (fixed) sections.push(fixed);
  }
  return sections;
}

/** True when the control is one of the group's: inside its section, its part of a flat form, or one of its blocks. */
export function groupHolds(group: GroupSection, control: Element): boolean {
  if (!group.section.contains(control)) return false;
  if (group.rows && !group.rows.some((row) => row.contains(control))) return false;
  return isBetween(control, group.from, group.until);
}

/** True when the control comes after `from` (if any) and before `until` (if any). */
function isBetween(control: Element, from: Element | undefined, until: Element | null | undefined): boolean {
  if (from && !(from.compareDocumentPosition(control) & FOLLOWING)) return false;
  return !until || (until.compareDocumentPosition(control) & PRECEDING) !== 0;
}

const FOLLOWING = 4;
const PRECEDING = 2;

/** The entries a group shows now. */
export function rowsOf(group: GroupSection, controls: Control[]): GroupRow[] {
  const inside = controls.filter((control) => groupHolds(group, control));
  const classified = inside
    .map((control) => ({ control, field: entryFieldOf(control, group.rule) }))
    .filter((entry): entry is { control: Control; field: EntryField } => entry.field !== null);
  if (group.rows) return group.rows.map((element) => ({ element, fields: classified.filter((entry) => element.contains(entry.control)) }));
  // A flat form has no element per entry: each part answers for its entry, the section as its element.
  if (group.parts) return group.parts.map((part) => ({ element: group.section, fields: classified.filter((entry) => isBetween(entry.control, part.from, part.until)) }));
  if (group.rowSelector) {
    return [...group.section.querySelectorAll(group.rowSelector)].map((element) => ({
      element,
      fields: classified.filter((entry) => element.contains(entry.control)),
    }));
  }
  const rows = new Map<Element, GroupRow>();
  for (const entry of classified) {
    if (entry.field === 'ignored') continue;
    // Radio buttons of one question ("Niveau" : A1 … C2) are one field, not one entry each.
    const sameField = classified
      .filter((other) => other.field === entry.field && other.control !== entry.control && !sameRadioGroup(other.control, entry.control))
      .map((other) => other.control);
    const element = highestAncestorWithout(entry.control, group.section, sameField);
    if (!rows.has(element)) rows.set(element, { element, fields: [] });
  }
  for (const [element, row] of rows) row.fields = classified.filter((entry) => element.contains(entry.control));
  // A flat part whose fields sit side by side, each once: one entry, not one per field. So is a
  // fixed section whose boxes are its own children ("<fieldset><legend>Expérience</legend><label>
  // Poste</label><input>…"): no element of their own to tell entries apart, and none repeats.
  if ((group.from || !group.addButton) && rows.size > 1 && !repeatsAField(classified)) return [{ element: group.section, fields: classified }];
  // Nested candidates (a row inside another) keep the outer one.
  const outer = [...rows.values()].filter((row) => ![...rows.keys()].some((other) => other !== row.element && other.contains(row.element)));
  return fieldByField(outer, group.section) ?? outer;
}

/**
 * Old forms put each box in a paragraph of its own: "Langue 1", "Niveau", "Langue 2", "Niveau".
 * Each paragraph would be an entry of one field; read in order, an entry ends where one of its
 * fields comes again, and every entry must have the same fields in the same order. Null when the
 * rows are not of that kind.
 */
function fieldByField(rows: GroupRow[], section: Element): GroupRow[] | null {
  const single = rows.map((row) => new Set(row.fields.filter(({ field }) => field !== 'ignored').map(({ field }) => field)));
  if (rows.length < 3 || single.some((fields) => fields.size !== 1)) return null;
  if (new Set(single.flatMap((fields) => [...fields])).size < 2) return null;
  const entries: GroupRow[] = [];
  let current: GroupRow | null = null;
  for (const [index, row] of rows.entries()) {
    const field = [...single[index]!][0]!;
    if (!current || current.fields.some((entry) => entry.field === field)) {
      current = { element: section, fields: [] };
      entries.push(current);
    }
    current.fields.push(...row.fields);
  }
  // Only a pattern that repeats as it is ("Langue", "Niveau" each time) is read so.
  const shape = (entry: GroupRow) => entry.fields.map(({ field }) => field).join(' ');
  return entries.length >= 2 && entries.every((entry) => shape(entry) === shape(entries[0]!)) ? entries : null;
}

/** True when two controls play the same part (two titles): the part holds several entries. */
function repeatsAField(classified: { control: Control; field: EntryField }[]): boolean {
  return classified.some((entry, index) =>
    entry.field !== 'ignored' && classified.some((other, later) => later > index && other.field === entry.field && !sameRadioGroup(other.control, entry.control)));
}

/**
 * The part a control plays in one entry of the group, from its label first, then its name; for
 * a radio button or checkbox, from its question (legend) first: "Niveau" for "Courant".
 */
export function entryFieldOf(control: Control, rule: GroupRule): EntryField | null {
  const description = describeControl(control);
  const type = controlType(control);
  // A box labelled only "Month" is part of the date its question names ("Start date").
  const datePart = namesOnlyADatePart(description.label) && dateQuestionOf(control) !== null;
  const texts =
    type === 'radio' ? [description.group, description.label, description.hint, description.name]
    : datePart ? [description.group, description.label, description.hint, description.name]
    : [description.label, description.hint, description.name];
  for (const text of texts) {
    const folded = fold(text);
    if (!folded) continue;
    const match = rule.fields.find((field) => (!field.controls || field.controls.includes(type)) && field.label.test(folded));
    if (match) return match.field;
  }
  return null;
}

/**
 * The element of one new entry: around all its controls and nothing else, and, of those, the
 * smallest that holds a remove button (the entry's own), else one that looks like an entry.
 */
export function rowElementOf(newControls: Control[], group: GroupSection, others: Control[]): Element | null {
  if (newControls.length === 0) return null;
  if (group.rowSelector) {
    const row = newControls[0]!.closest(group.rowSelector);
    if (row) return row;
  }
  let row: Element | null = newControls[0]!.parentElement;
  while (row && !newControls.every((control) => row!.contains(control))) row = row.parentElement;
  if (!row) return null;
  const chain: Element[] = [row];
  for (let parent = row.parentElement; parent && parent !== group.section; parent = parent.parentElement) {
    if (group.addButton && parent.contains(group.addButton)) break;
    if (others.some((control) => parent.contains(control))) break;
    chain.push(parent);
  }
  return chain.find((element) => removeButtonOf(element, group) !== null)
    ?? chain.find((element) => element.matches(ENTRY_LIKE))
    ?? chain[chain.length - 1]!;
}

const ENTRY_LIKE = 'fieldset, li, tr, article, [role="group"], [role="listitem"], [role="row"], [data-row], [data-index], .row, .entry, .item';

/** The button that removes one entry: the adapter's, or a "Supprimer"/"Remove"/"×" inside it. */
export function removeButtonOf(row: Element, group: GroupSection): HTMLElement | null {
  if (group.removeSelector) return row.querySelector<HTMLElement>(group.removeSelector);
  const buttons = [...row.querySelectorAll<HTMLElement>(CLICKABLE)].filter((button) => !isDisabled(button as Control) && button !== group.addButton);
  return buttons.find((button) => REMOVE.test(buttonName(button)) || REMOVE.test(fold(button.className?.toString() ?? ''))) ?? null;
}

function groupOfButton(button: HTMLElement, name: string): Omit<GroupSection, 'addButton'> | null {
  const named = GROUP_RULES.find((rule) => rule.addLabel.test(name.replace(ADD_VERB, ' ')));
  let below: Element = button;
  for (let ancestor = button.parentElement, level = 0; ancestor && level < 7; ancestor = ancestor.parentElement, level += 1) {
    const heading = headingOf(ancestor, button);
    if (heading === null) {
      below = ancestor;
      continue;
    }
    const rule = named ?? GROUP_RULES.find((candidate) => isHeadingOf(candidate, heading));
    if (rule && isHeadingOf(rule, heading)) {
      // A heading high above, over other groups too: the group is the part that holds this button.
      const shared = below !== button && [...ancestor.querySelectorAll<HTMLElement>(CLICKABLE)].some((other) => other !== button && !below.contains(other) && ADD_VERB.test(buttonName(other)));
      if (shared) return { rule, section: below };
      // A flat form: the group starts at its heading; the boxes above it (the name) are not an entry.
      const title = headingElementOf(ancestor, button);
      const boxesAbove = title !== null && [...ancestor.querySelectorAll(FORM_CONTROLS)].some((control) => control.compareDocumentPosition(title) & FOLLOWING);
      return boxesAbove ? { rule, section: ancestor, from: title, until: partEnd(ancestor, title) } : { rule, section: ancestor };
    }
    // A heading about something else: the group, if named by its button, ends just below.
    return named ? { rule: named, section: below === button ? ancestor : below } : null;
  }
  return named ? { rule: named, section: button.parentElement ?? button } : null;
}

function isHeadingOf(rule: GroupRule, heading: string): boolean {
  return rule.heading.test(heading) && !rule.notHeading?.test(heading);
}

/** The heading a person reads above the target inside an element, or the element's accessible name. */
function headingOf(element: Element, target: Element): string | null {
  const heading = headingElementOf(element, target);
  if (heading) return fold(heading.textContent ?? '');
  const label = element.getAttribute('aria-label');
  if (label && element.matches('section, fieldset, form, [role="group"], [role="region"]')) return fold(label);
  return null;
}

/**
 * The nearest heading before the target inside an element: in a flat form the "Work experience"
 * just above, not the page's first heading. A heading inside another part that holds controls (a
 * previous fieldset's legend, an entry's own sub-title) titles that part, not the target.
 */
function headingElementOf(element: Element, target: Element): Element | null {
  const before = [...element.querySelectorAll(HEADINGS)].filter((heading) => heading.compareDocumentPosition(target) & FOLLOWING);
  for (const heading of before.reverse()) {
    // A block titled by its number alone ("1", "N° 2") says nothing of what it holds: the heading
    // above it does ("Expériences professionnelles").
    if (numberless(fold(heading.textContent ?? '')).replace(/[#\s]/g, '') === '') continue;
    if (!titlesAnotherPart(heading, element, target)) return heading;
  }
  return null;
}

function titlesAnotherPart(heading: Element, element: Element, target: Element): boolean {
  for (let part = heading.parentElement; part && part !== element; part = part.parentElement) {
    if (!part.contains(target) && part.querySelector(FORM_CONTROLS)) return true;
  }
  return false;
}

const FORM_CONTROLS = 'input, select, textarea, [contenteditable], [role="combobox"], [role="listbox"], [role="radiogroup"]';

/** A heading's rank: h2 is 2; a legend titles only its fieldset, so it never ends a flat part. */
function headingRank(heading: Element): number {
  const level = /^H([1-6])$/.exec(heading.tagName)?.[1] ?? heading.getAttribute('aria-level');
  if (heading.tagName === 'LEGEND') return 7;
  return level ? Number(level) : 2;
}

/** The next heading of the same or a higher rank after `heading` inside the section: where its part ends. */
function partEnd(section: Element, heading: Element): Element | null {
  const rank = headingRank(heading);
  return [...section.querySelectorAll(HEADINGS)].find((other) => heading.compareDocumentPosition(other) & FOLLOWING && !heading.contains(other) && headingRank(other) <= rank) ?? null;
}

/** A group with a fixed number of entries: two or more fields of one entry under its heading. */
function fixedGroup(rule: GroupRule, controls: Control[], sections: GroupSection[]): GroupSection | null {
  for (const control of controls) {
    if (sections.some((found) => groupHolds(found, control))) continue;
    if (entryFieldOf(control, rule) !== rule.primary) continue;
    for (let ancestor = control.parentElement, level = 0; ancestor && level < 7; ancestor = ancestor.parentElement, level += 1) {
      const heading = headingOf(ancestor, control);
      if (heading === null) continue;
      // "Poste actuel", "Poste précédent" under "Expériences": sub-headings that cut the group's part.
      const group = isHeadingOf(rule, heading) ? numberedGroup(rule, ancestor, heading) ?? partOf(rule, ancestor, control) : subheadedPart(rule, ancestor, control);
      if (!group) break;
      const rows = rowsOf(group, controls);
      if (rows.some((row) => new Set(row.fields.map((entry) => entry.field).filter((field) => field !== 'ignored')).size >= 2)) return group;
      break;
    }
  }
  return null;
}

/** The group under a heading: the whole element, or in a flat form the part up to the next heading. */
function partOf(rule: GroupRule, ancestor: Element, control: Element): GroupSection {
  const from = headingElementOf(ancestor, control);
  if (!from || from.tagName === 'LEGEND') return { rule, section: ancestor, addButton: null };
  const numbered = numberedHeadings(from);
  if (numbered.length < 2) return subheadedPart(rule, ancestor, control, true) ?? { rule, section: ancestor, addButton: null, from, until: partEnd(ancestor, from) };
  const last = numbered[numbered.length - 1]!;
  return partsFrom(rule, ancestor, numbered, partEnd(ancestor, last));
}

/** One entry per heading, each up to the next one, the last up to `until`. */
function partsFrom(rule: GroupRule, section: Element, headings: Element[], until: Element | null): GroupSection {
  const parts = headings.map((heading, index) => ({ from: heading, until: headings[index + 1] ?? until }));
  return { rule, section, addButton: null, from: headings[0]!, until, parts };
}

/**
 * A flat group cut by sub-headings of one rank ("Expériences" then "Poste actuel", fields, "Poste
 * précédent", fields): one entry per sub-heading, when the heading above them, or every one of
 * them ("Dernier emploi", "Emploi précédent"), names the group: only the latter when `ownTitles`,
 * as the control's own heading names it already. The page title (h1) names the page, not a group.
 * Sub-parts that are not entries each (no job title in "Période") are one entry under that
 * heading. Null when the control's heading has no such siblings.
 */
function subheadedPart(rule: GroupRule, ancestor: Element, control: Element, ownTitles = false): GroupSection | null {
  const sub = headingElementOf(ancestor, control);
  if (!sub || sub.tagName === 'LEGEND') return null;
  const rank = headingRank(sub);
  const headings = [...ancestor.querySelectorAll(HEADINGS)].filter((heading) => heading.tagName !== 'LEGEND');
  const above = headings.filter((heading) => heading.compareDocumentPosition(sub) & FOLLOWING && headingRank(heading) < rank);
  const top = above[above.length - 1];
  const end = top ? partEnd(ancestor, top) : null;
  const subs = headings.filter((heading) => headingRank(heading) === rank && (!top || isBetween(heading, top, end)) && (!end || isBetween(heading, undefined, end)));
  if (subs.length < 2 || !subs.includes(sub)) return null;
  const topTitled = !ownTitles && top !== undefined && top.tagName !== 'H1' && isHeadingOf(rule, fold(top.textContent ?? ''));
  if (!topTitled && !subs.every((heading) => isHeadingOf(rule, fold(heading.textContent ?? '')))) return null;
  // Each part is an entry only when each has the entry's main field: "Poste" then "Période" are
  // two parts of one experience under its heading, not two experiences.
  const group = partsFrom(rule, ancestor, subs, end);
  const controls = [...ancestor.querySelectorAll<Control>(FORM_CONTROLS)];
  if (group.parts!.every((part) => controls.some((candidate) => isBetween(candidate, part.from, part.until) && entryFieldOf(candidate, rule) === rule.primary))) return group;
  return topTitled ? { rule, section: ancestor, addButton: null, from: top, until: end } : null;
}

/** "Expérience 1" and the headings beside it, of its rank, that differ from it only by the number. */
function numberedHeadings(heading: Element): Element[] {
  const text = fold(heading.textContent ?? '');
  const shape = numberless(text);
  // Unnumbered ("Expérience", fields, "Expérience", fields): the same words make the same shape.
  if (!heading.parentElement) return [heading];
  const rank = headingRank(heading);
  return [...heading.parentElement.children].filter((other) => other.matches(HEADINGS) && headingRank(other) === rank && numberless(fold(other.textContent ?? '')) === shape);
}

/**
 * Numbered blocks side by side ("Expérience 1", "Expérience 2", "Expérience 3", one fieldset
 * each): the rows of one group, whose section is their common parent. The block found first is
 * one of them; its siblings count when their heading differs from its own only by the number.
 */
function numberedGroup(rule: GroupRule, block: Element, heading: string): GroupSection | null {
  const shape = numberless(heading);
  // Only a block titled by this heading itself (its legend, its first heading) has numbered siblings.
  // Blocks titled alike without a number ("Expérience professionnelle" twice) are rows the same way.
  if (numberless(ownHeading(block)) !== shape) return null;
  for (let member: Element = block, level = 0; member.parentElement && level < 2; member = member.parentElement, level += 1) {
    const parent = member.parentElement;
    // "Emploi actuel" beside "Emploi précédent": blocks each titled as an entry of the group are its rows too.
    const blocks = [...parent.children].filter((sibling) => sibling === member || numberless(ownHeading(sibling)) === shape || (sibling.tagName === member.tagName && titlesAnEntry(rule, sibling)));
    if (blocks.length > 1) return { rule, section: parent, addButton: null, rows: blocks };
    // Climb only through wrappers of this one block, never into a part holding other headings.
    if (parent.querySelectorAll(HEADINGS).length > member.querySelectorAll(HEADINGS).length) break;
  }
  return null;
}

/** A block (a fieldset, a section) whose own heading names an entry of the group ("Emploi précédent"). */
function titlesAnEntry(rule: GroupRule, block: Element): boolean {
  const heading = ownHeading(block);
  return heading !== '' && isHeadingOf(rule, heading) && block.querySelector(FORM_CONTROLS) !== null;
}

/** The title of a block: its first heading or legend, else its accessible name. */
function ownHeading(block: Element): string {
  const heading = block.matches(HEADINGS) ? null : block.querySelector(HEADINGS);
  return fold(heading?.textContent ?? block.getAttribute('aria-label') ?? '');
}

/** "experience 2", "2eme experience", "experience n 2" -> the same text with "#" for the number. */
function numberless(folded: string): string {
  return folded.replace(/(^|\s)(n\s|no\s)?\d+(er|ere|re|e|eme|nd|rd|th|st)?(?=\s|$)/g, '$1#');
}

/** Two controls that answer one question: radios of one name, or the boxes of one date. */
function sameRadioGroup(a: Control, b: Control): boolean {
  if (partsOfOneDate(a, b)) return true;
  return controlType(a) === 'radio' && controlType(b) === 'radio' && a.getAttribute('name') !== null && a.getAttribute('name') === b.getAttribute('name');
}

function highestAncestorWithout(control: Control, section: Element, others: Control[]): Element {
  let row: Element = control;
  for (let parent = control.parentElement; parent && parent !== section; parent = parent.parentElement) {
    if (others.some((other) => parent.contains(other))) break;
    row = parent;
  }
  return row;
}

function isUsableButton(button: HTMLElement, isVisible: VisibilityCheck): boolean {
  if (button.getAttribute('type')?.toLowerCase() === 'submit' || button.getAttribute('type')?.toLowerCase() === 'reset') return false;
  if (isDisabled(button as Control) || button.closest('[aria-hidden="true"], [inert]')) return false;
  return isVisible(button);
}

export function buttonName(button: HTMLElement): string {
  const name = button.getAttribute('aria-label') ?? button.getAttribute('title') ?? button.textContent ?? (button as HTMLInputElement).value ?? '';
  return fold(name) || name.trim();
}

function queryAll(root: Document, selector: string): Element[] {
  return searchRoots(root).flatMap((scope) => [...scope.querySelectorAll(selector)]);
}
