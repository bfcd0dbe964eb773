// The provider's career frame of a profile split in two (split.html, split-top.html): the job
// sought, skills, an e-mail box for job alerts, and repeatable experiences and languages added
// with their own buttons. The state is read again from the boxes on each `input` / `change` and
// each added or removed entry, so a value written without its events is not in it.
import { exposeFormState } from '../shared/expose-form-state';

type Row = Record<string, string>;
type GroupName = 'experiences' | 'langues';
interface Career {
  metier: string;
  competences: string;
  alerte: string;
  experiences: Row[];
  langues: Row[];
}

const form = document.getElementById('parcours') as HTMLFormElement | null;
const isGroupName = (name: string | undefined): name is GroupName => name === 'experiences' || name === 'langues';
const rowsOf = (group: GroupName) => [...document.querySelectorAll<HTMLElement>(`[data-group="${group}"] > [data-row]`)];
const valueOf = (name: string) => (form?.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';

function readRow(row: HTMLElement): Row {
  const entry: Row = {};
  for (const field of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) entry[field.name] = field.value;
  return entry;
}

function read(): Career {
  return { metier: valueOf('metier'), competences: valueOf('competences'), alerte: valueOf('alerte'), experiences: rowsOf('experiences').map(readRow), langues: rowsOf('langues').map(readRow) };
}

let career = read();

function addRow(group: GroupName): void {
  const template = document.getElementById(`modele-${group}`);
  const container = document.querySelector(`[data-group="${group}"]`);
  if (!(template instanceof HTMLTemplateElement) || !container) return;
  container.append(template.content.cloneNode(true));
  renumber(group);
}

function renumber(group: GroupName): void {
  rowsOf(group).forEach((row, index) => {
    const number = row.querySelector('[data-row-number]');
    if (number) number.textContent = String(index + 1);
    row.querySelector('[data-remove]')?.setAttribute('aria-label', `Supprimer ${group === 'experiences' ? "l'expérience" : 'la langue'} ${index + 1}`);
  });
}

form?.addEventListener('input', () => (career = read()));
form?.addEventListener('change', () => (career = read()));
form?.addEventListener('submit', (event) => event.preventDefault());
form?.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) return;
  const groupToAdd = button.dataset.add;
  if (isGroupName(groupToAdd)) addRow(groupToAdd);
  const row = button.hasAttribute('data-remove') ? button.closest<HTMLElement>('[data-row]') : null;
  const groupOfRow = row?.parentElement?.dataset.group;
  if (row && isGroupName(groupOfRow)) {
    row.remove();
    renumber(groupOfRow);
  }
  career = read();
});

// Each group starts with one empty entry, as most forms do.
for (const group of ['experiences', 'langues'] as const) addRow(group);
career = read();

exposeFormState(() => career);
