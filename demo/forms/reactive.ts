// A form that behaves like React controlled inputs:
// - the state changes only on `input` / `change` events;
// - the DOM is re-rendered from the state after every change and every 500 ms, so a value written
//   into the DOM without an event disappears;
// - like React's value tracker, a value assigned with `element.value = x` and then announced by an
//   event is ignored (React compares with the last value *it* saw); setting the value through the
//   native prototype setter, as a user's typing does, is kept. `?tracker=off` turns this off.
import { exposeFormState } from '../shared/expose-form-state';

interface Registration {
  usr_civ: string;
  usr_fname: string;
  usr_lname: string;
  usr_mail: string;
  usr_phone: string;
  usr_zip: string;
  usr_city: string;
  usr_job: string;
  usr_skills: string;
  /** Must stay empty: a password is never something to fill from a CV. */
  usr_pwd: string;
  /** Honeypot: only robots fill it. */
  website: string;
  /** Read-only and disabled fields: their values come from the page, never from events. */
  usr_id: string;
  usr_agency: string;
  /** Name of the chosen CV file, or "". */
  cv: string;
}

type ControlledKey = Exclude<keyof Registration, 'cv'>;
type ControlledField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const pageOwnedKeys: ReadonlySet<ControlledKey> = new Set(['usr_id', 'usr_agency']);

let state: Registration = {
  usr_civ: '',
  usr_fname: '',
  usr_lname: '',
  usr_mail: '',
  usr_phone: '',
  usr_zip: '',
  usr_city: '',
  usr_job: '',
  usr_skills: '',
  usr_pwd: '',
  website: '',
  usr_id: 'DEMO-000042',
  usr_agency: 'Agence de démonstration — Paris 13e',
  cv: '',
};

const controlledKeys = Object.keys(state).filter((key): key is ControlledKey => key !== 'cv');
const useValueTracker = new URLSearchParams(location.search).get('tracker') !== 'off';

/** Returns a function telling whether the value changed since the page last saw it. */
function installValueTracker(field: HTMLInputElement | HTMLTextAreaElement): () => boolean {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const native = Object.getOwnPropertyDescriptor(prototype, 'value');
  const nativeGet = native?.get;
  const nativeSet = native?.set;
  if (!nativeGet || !nativeSet) return () => true;
  let lastSeen = String(nativeGet.call(field));
  Object.defineProperty(field, 'value', {
    configurable: true,
    enumerable: native.enumerable ?? true,
    get(this: HTMLInputElement) {
      return nativeGet.call(this);
    },
    set(this: HTMLInputElement, next: unknown) {
      lastSeen = String(next);
      nativeSet.call(this, next);
    },
  });
  return () => {
    const current = String(nativeGet.call(field));
    if (current === lastSeen) return false;
    lastSeen = current;
    return true;
  };
}

const form = document.getElementById('inscription');
if (!(form instanceof HTMLFormElement)) throw new Error('Formulaire #inscription introuvable.');

const fields = new Map<ControlledKey, ControlledField>();
const valueChanged = new Map<Element, () => boolean>();
for (const key of controlledKeys) {
  const field = form.elements.namedItem(key);
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement)) continue;
  fields.set(key, field);
  if (useValueTracker && !(field instanceof HTMLSelectElement)) valueChanged.set(field, installValueTracker(field));
}

function render(): void {
  for (const [key, field] of fields) {
    // Through the element's own setter, as React does, so the tracker learns the rendered value.
    if (field.value !== state[key]) field.value = state[key];
  }
}

function setState(patch: Partial<Registration>): void {
  state = { ...state, ...patch };
  render();
}

function isControlledKey(name: string): name is ControlledKey {
  return (controlledKeys as string[]).includes(name);
}

function onFieldEvent(event: Event): void {
  const field = event.target;
  if (field instanceof HTMLInputElement && field.type === 'file') {
    if (event.type !== 'change') return;
    const cv = field.files?.[0]?.name ?? '';
    const shown = document.getElementById('usr_cv_nom');
    if (shown) shown.textContent = cv ? `Fichier choisi : ${cv}` : 'Aucun fichier choisi.';
    setState({ cv });
    return;
  }
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement)) return;
  if (!isControlledKey(field.name) || pageOwnedKeys.has(field.name)) return;
  const changed = valueChanged.get(field);
  if (changed && !changed()) return;
  setState({ [field.name]: field.value });
}

form.addEventListener('input', onFieldEvent);
form.addEventListener('change', onFieldEvent);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const result = document.getElementById('resultat');
  const shownState = document.getElementById('resultat-etat');
  if (shownState) shownState.textContent = JSON.stringify(state, null, 2);
  if (result) result.hidden = false;
});

render();
setInterval(render, 500);
exposeFormState(() => state);
