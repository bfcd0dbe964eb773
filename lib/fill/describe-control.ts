import type { Control } from './find-controls';

/** The words around a control, by how much they can be trusted to say what it is for. */
export interface ControlDescription {
  autocomplete: string[];
  type: string;
  /** label[for], wrapping label, aria-labelledby, aria-label. */
  label: string;
  /** The legend of the enclosing fieldset, or the heading of its group. */
  group: string;
  /** placeholder and title. */
  hint: string;
  /** name and id. */
  name: string;
}

export function describeControl(control: Control): ControlDescription {
  const doc = control.ownerDocument;
  const root = control.getRootNode() as Document | ShadowRoot;
  const labels: string[] = [];
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) {
      const node = root.getElementById?.(id) ?? doc.getElementById(id);
      if (node) labels.push(node.textContent ?? '');
    }
  }
  const ariaLabel = control.getAttribute('aria-label');
  if (ariaLabel) labels.push(ariaLabel);
  if ('labels' in control && control.labels) for (const label of control.labels) labels.push(labelText(label, control));
  if (labels.length === 0) {
    const nearby = nearbyText(control);
    if (nearby) labels.push(nearby);
  }
  const fieldset = control.closest('fieldset');
  const legend = fieldset?.querySelector('legend')?.textContent ?? '';
  const groupLabel = control.closest('[role="group"],[aria-label]')?.getAttribute('aria-label') ?? '';
  return {
    autocomplete: (control.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    type: (control.getAttribute('type') ?? control.tagName).toLowerCase(),
    label: clean(labels.join(' ')),
    group: clean(`${legend} ${groupLabel === ariaLabel ? '' : groupLabel}`),
    hint: clean(`${control.getAttribute('placeholder') ?? ''} ${control.getAttribute('title') ?? ''}`),
    name: clean(`${control.getAttribute('name') ?? ''} ${control.id}`.replace(/[_\-[\].]+/g, ' ')),
  };
}

/** A label's own words, without the text of the control(s) it wraps (select options…). */
function labelText(label: HTMLLabelElement, control: Control): string {
  if (!label.contains(control)) return label.textContent ?? '';
  const copy = label.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('select, textarea, input, option').forEach((node) => node.remove());
  return copy.textContent ?? '';
}

/** Text just before the control when nothing labels it: the previous sibling or the parent's text. */
function nearbyText(control: Control): string {
  let node: Element | null = control.previousElementSibling;
  for (let steps = 0; node && steps < 2; steps += 1, node = node.previousElementSibling) {
    const text = clean(node.textContent ?? '');
    if (text && text.length < 80 && !node.querySelector('input,select,textarea')) return text;
  }
  const parent = control.parentElement;
  if (parent && parent.querySelectorAll('input,select,textarea').length === 1) {
    const text = clean(parent.textContent ?? '');
    if (text.length < 80) return text;
  }
  return '';
}

function clean(text: string): string {
  return text.replace(/[*:]/g, ' ').replace(/\s+/g, ' ').trim();
}
