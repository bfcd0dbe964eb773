import type { AdapterGroup } from './adapters/site-adapter';
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
}

/** One entry of a group as the page shows it, with each control's part in it. */
export interface GroupRow {
  element: Element;
  fields: { control: Control; field: EntryField }[];
}

const CLICKABLE = 'button, [role="button"], input[type="button"], a[role="button"], a[href="#"], a:not([href]), a[href^="javascript:"]';
const ADD_VERB = /^(\+\s*)?(ajouter|add|nouvel|nouvelle|new|creer|create|saisir|another|une autre|un autre|autre)(\s|$)|^\+/;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';
const REMOVE = /supprimer|retirer|enlever|effacer|remove|delete|trash|poubelle|corbeille|^[×✕✖╳−-]$|^x$/;

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

/** The entries a group shows now. */
export function rowsOf(group: GroupSection, controls: Control[]): GroupRow[] {
  const inside = controls.filter((control) => group.section.contains(control));
  const classified = inside
    .map((control) => ({ control, field: entryFieldOf(control, group.rule) }))
    .filter((entry): entry is { control: Control; field: EntryField } => entry.field !== null);
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
  // Nested candidates (a row inside another) keep the outer one.
  return [...rows.values()].filter((row) => ![...rows.keys()].some((other) => other !== row.element && other.contains(row.element)));
}

/**
 * The part a control plays in one entry of the group, from its label first, then its name; for
 * a radio button or checkbox, from its question (legend) first: "Niveau" for "Courant".
 */
export function entryFieldOf(control: Control, rule: GroupRule): EntryField | null {
  const description = describeControl(control);
  const type = controlType(control);
  const texts = type === 'radio' ? [description.group, description.label, description.hint, description.name] : [description.label, description.hint, description.name];
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
      return { rule, section: shared ? below : ancestor };
    }
    // A heading about something else: the group, if named by its button, ends just below.
    return named ? { rule: named, section: below === button ? ancestor : below } : null;
  }
  return named ? { rule: named, section: button.parentElement ?? button } : null;
}

function isHeadingOf(rule: GroupRule, heading: string): boolean {
  return rule.heading.test(heading) && !rule.notHeading?.test(heading);
}

/** The first heading inside an element that comes before the button, or its accessible name. */
function headingOf(element: Element, button: Element): string | null {
  for (const heading of element.querySelectorAll(HEADINGS)) {
    if (heading.compareDocumentPosition(button) & 4) return fold(heading.textContent ?? '');
  }
  const label = element.getAttribute('aria-label');
  if (label && element.matches('section, fieldset, form, [role="group"], [role="region"]')) return fold(label);
  return null;
}

/** A group with a fixed number of entries: two or more fields of one entry under its heading. */
function fixedGroup(rule: GroupRule, controls: Control[], sections: GroupSection[]): GroupSection | null {
  for (const control of controls) {
    if (sections.some((found) => found.section.contains(control))) continue;
    if (entryFieldOf(control, rule) !== rule.primary) continue;
    for (let ancestor = control.parentElement, level = 0; ancestor && level < 7; ancestor = ancestor.parentElement, level += 1) {
      const heading = headingOf(ancestor, control);
      if (heading === null) continue;
      if (!isHeadingOf(rule, heading)) break;
      const group: GroupSection = { rule, section: ancestor, addButton: null };
      const rows = rowsOf(group, controls);
      if (rows.some((row) => new Set(row.fields.map((entry) => entry.field).filter((field) => field !== 'ignored')).size >= 2)) return group;
      break;
    }
  }
  return null;
}

function sameRadioGroup(a: Control, b: Control): boolean {
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
