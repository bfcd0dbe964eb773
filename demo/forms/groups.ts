// Plain JavaScript page: tag inputs in shadow roots (<skill-tags>), repeatable groups cloned from
// <template>s, and contact fields inside a same-origin iframe. The state is a JS object updated
// from `input` / `change` events; `__formState()` also reads the iframe's own state.
import { exposeFormState } from '../shared/expose-form-state';
import { SkillTags } from './skill-tags';

type Row = Record<string, string>;
type GroupName = 'experiences' | 'formations' | 'langues';

interface Application {
  metier: string;
  competences: string[];
  savoirEtre: string[];
  experiences: Row[];
  formations: Row[];
  langues: Row[];
  /** Name of the chosen CV file, or "". */
  cv: string;
}

/** How each group names its rows for screen readers ("Supprimer l'expérience 2"). */
const rowNouns: Record<GroupName, string> = {
  experiences: "l'expérience",
  formations: 'la formation',
  langues: 'la langue',
};

const application: Application = {
  metier: '',
  competences: [],
  savoirEtre: [],
  experiences: [],
  formations: [],
  langues: [],
  cv: '',
};

function isGroupName(name: string | undefined): name is GroupName {
  return name === 'experiences' || name === 'formations' || name === 'langues';
}

/** "experiences[][poste]" -> ["experiences", "poste"] */
function rowFieldOf(name: string): [GroupName, string] | undefined {
  const match = /^(\w+)\[\]\[(\w+)\]$/.exec(name);
  const group = match?.[1];
  const field = match?.[2];
  return isGroupName(group) && field ? [group, field] : undefined;
}

function rowsOf(group: GroupName): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`[data-group="${group}"] > [data-row]`));
}

function emptyRow(row: HTMLElement): Row {
  const entry: Row = {};
  for (const field of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    const rowField = rowFieldOf(field.name);
    if (rowField) entry[rowField[1]] = '';
  }
  return entry;
}

function renumber(group: GroupName): void {
  rowsOf(group).forEach((row, index) => {
    const number = row.querySelector('[data-row-number]');
    if (number) number.textContent = String(index + 1);
    row.querySelector('[data-remove]')?.setAttribute('aria-label', `Supprimer ${rowNouns[group]} ${index + 1}`);
  });
}

function addRow(group: GroupName, focus: boolean): void {
  const template = document.getElementById(`modele-${group}`);
  const container = document.querySelector(`[data-group="${group}"]`);
  if (!(template instanceof HTMLTemplateElement) || !container) return;
  const fragment = template.content.cloneNode(true);
  if (!(fragment instanceof DocumentFragment)) return;
  const row = fragment.querySelector<HTMLElement>('[data-row]');
  if (!row) return;
  container.append(fragment);
  application[group].push(emptyRow(row));
  renumber(group);
  if (focus) row.querySelector<HTMLElement>('input, select')?.focus();
}

function removeRow(group: GroupName, row: HTMLElement): void {
  const index = rowsOf(group).indexOf(row);
  if (index < 0) return;
  row.remove();
  application[group].splice(index, 1);
  renumber(group);
  document.querySelector<HTMLElement>(`[data-add="${group}"]`)?.focus();
}

function onFieldEvent(event: Event): void {
  const target = event.target;
  if (target instanceof SkillTags) {
    // <skill-tags> announces its list with a composed `change`; the inner input's own `input`
    // events also cross the shadow boundary (retargeted to the host) and are ignored here.
    if (event.type !== 'change') return;
    if (target.name === 'competences' || target.name === 'savoirEtre') application[target.name] = target.tags;
    return;
  }
  if (target instanceof HTMLInputElement && target.type === 'file') {
    application.cv = target.files?.[0]?.name ?? '';
    const shown = document.getElementById('cv-fichier');
    if (shown) shown.textContent = application.cv ? `Fichier choisi : ${application.cv}` : 'Aucun fichier choisi.';
    return;
  }
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  if (target.name === 'metier') {
    application.metier = target.value;
    return;
  }
  const rowField = rowFieldOf(target.name);
  const row = target.closest<HTMLElement>('[data-row]');
  if (!rowField || !row) return;
  const [group, field] = rowField;
  const entry = application[group][rowsOf(group).indexOf(row)];
  if (entry) entry[field] = target.value;
}

function readContact(): unknown {
  const frame = document.getElementById('cadre-coordonnees');
  if (!(frame instanceof HTMLIFrameElement)) return null;
  const read: unknown = frame.contentWindow ? Reflect.get(frame.contentWindow, '__formState') : undefined;
  return typeof read === 'function' ? read() : null;
}

const form = document.getElementById('candidature');
if (form instanceof HTMLFormElement) {
  form.addEventListener('input', onFieldEvent);
  form.addEventListener('change', onFieldEvent);
  form.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    const groupToAdd = button.dataset.add;
    if (isGroupName(groupToAdd)) addRow(groupToAdd, true);
    const rowToRemove = button.hasAttribute('data-remove') ? button.closest<HTMLElement>('[data-row]') : null;
    const groupOfRow = rowToRemove?.parentElement?.dataset.group;
    if (rowToRemove && isGroupName(groupOfRow)) removeRow(groupOfRow, rowToRemove);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = document.getElementById('resultat');
    const shownState = document.getElementById('resultat-etat');
    if (shownState) shownState.textContent = JSON.stringify({ ...application, contact: readContact() }, null, 2);
    if (result) result.hidden = false;
  });
}

// Each group starts with one empty row, as most application forms do.
for (const group of ['experiences', 'formations', 'langues'] as const) addRow(group, false);

// The contact iframe grows to its content once loaded, so it never shows a scroll bar.
const frame = document.getElementById('cadre-coordonnees');
if (frame instanceof HTMLIFrameElement) {
  const fit = () => {
    // The body, unlike the root element, is only as tall as its content. Before the first load
    // the frame may hold an empty document without a body.
    const height = frame.contentDocument?.body?.scrollHeight;
    if (height) frame.style.height = `${height + 4}px`;
  };
  frame.addEventListener('load', fit);
  fit();
}

exposeFormState(() => ({ ...application, contact: readContact() }));
