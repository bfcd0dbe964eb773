import { labelsOf, type Control } from './find-controls';

/**
 * Where a control sat when the fill met it: enough to find the control a framework rendered in its
 * place after a change (a key that changed, a form swapped after inline validation), when the
 * element itself left the page.
 */
export interface ControlPlace {
  root: Document | ShadowRoot;
  id: string;
  tag: string;
  type: string;
  name: string;
  /** A checkbox's or radio's own value: what tells apart the boxes of one name. */
  choice: string;
  label: string;
  form: { id: string; name: string; index: number } | null;
  /** Its position among the controls of the same tag, type, name (and choice) in its form. */
  index: number;
}

export function placeOf(control: Control): ControlPlace {
  const root = control.getRootNode() as Document | ShadowRoot;
  const form = control.closest('form');
  const place: ControlPlace = {
    root,
    id: control.id,
    tag: control.tagName,
    type: control.getAttribute('type') ?? '',
    name: control.getAttribute('name') ?? '',
    choice: isBox(control) ? (control as HTMLInputElement).value : '',
    label: labelText(control),
    form: form ? { id: form.id, name: form.getAttribute('name') ?? '', index: [...root.querySelectorAll('form')].indexOf(form) } : null,
    index: 0,
  };
  place.index = Math.max(0, alike(form ?? root, place).indexOf(control));
  return place;
}

/**
 * The control now at that place: the same id, else the same tag, name and position among that name
 * in the same form (with the same label when it had one). Null when the page holds none: a control
 * removed for good is not written, its stale handlers could revive old state.
 */
export function controlAt(place: ControlPlace): Control | null {
  const { root } = place;
  if (!root.isConnected) return null;
  if (place.id) {
    const byId = root.getElementById ? root.getElementById(place.id) : [...root.querySelectorAll('[id]')].find((element) => element.id === place.id);
    if (byId) return byId.tagName === place.tag ? (byId as Control) : null;
  }
  const scope = formNow(place);
  if (!scope) return null;
  const candidate = alike(scope, place)[place.index];
  if (!candidate) return null;
  // A label that grew an error message ("Nom * Champ requis") still names the same field.
  const label = labelText(candidate);
  return !place.label || label.includes(place.label) || place.label.includes(label) ? candidate : null;
}

function formNow(place: ControlPlace): Element | Document | ShadowRoot | null {
  if (!place.form) return place.root;
  const forms = [...place.root.querySelectorAll('form')];
  const { id, name, index } = place.form;
  if (id) return forms.find((form) => form.id === id) ?? null;
  if (name) return forms.find((form) => form.getAttribute('name') === name) ?? null;
  return forms[index] ?? null;
}

function alike(scope: Element | Document | ShadowRoot, place: ControlPlace): Control[] {
  return [...scope.querySelectorAll<Control>(place.tag.toLowerCase())].filter(
    (control) =>
      (control.getAttribute('type') ?? '') === place.type &&
      (control.getAttribute('name') ?? '') === place.name &&
      (!isBox(control) || (control as HTMLInputElement).value === place.choice) &&
      // Controls of a form are compared with those of the same form, those outside with those outside.
      (scope.nodeType === 9 || scope.nodeType === 11 ? (place.form === null) === (control.closest('form') === null) : true),
  );
}

function isBox(control: Element): boolean {
  const type = control.getAttribute('type');
  return control.tagName === 'INPUT' && (type === 'checkbox' || type === 'radio');
}

/** The label's own words: a wrapping label's text area or list would bring the value along. */
function labelText(control: Control): string {
  const words = (label: HTMLLabelElement) => {
    const copy = label.cloneNode(true) as Element;
    copy.querySelectorAll('textarea, select, option, button').forEach((node) => node.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  return labelsOf(control).map(words).find(Boolean) ?? '';
}
