import { columnHeaderOf } from './table-headers';
import { definitionTermOf } from './definition-term';
import { editorSourceOf } from './editor-source';
import { controlType, labelsOf, outerHost, selectWidgetOf, type Control } from './find-controls';

/** The words around a control, by how much they can be trusted to say what it is for. Raw text. */
export interface ControlDescription {
  autocomplete: string[];
  /** The input type ('text' when absent), or 'textarea', 'select', 'editable', 'menu'. */
  type: string;
  /** aria-labelledby, aria-label, label[for] or wrapping label (without its hint), else nearby text. */
  label: string;
  /** The legend of the enclosing fieldset, or the name of its role=group. */
  group: string;
  /** placeholder, title, aria-describedby and the hint part of the label. */
  hint: string;
  /** name and id, split into words ("usr_fname" -> "usr fname", "codePostal" -> "code Postal"). */
  name: string;
  /** The heading above the control: says whose details these are ("Contact en cas d'urgence"). */
  section: string;
}

const HINT_NODES = '.hint, .fr-hint-text, small, [class*="hint"], [class*="help"], [class*="description"], [id$="-hint"], [id$="-help"]';
// The page title (h1) names the page, not whose details a part of it asks for.
const HEADINGS = 'h2, h3, h4, h5, h6, legend, [role="heading"]';

export function describeControl(control: Control): ControlDescription {
  const labels: string[] = [];
  const hints: string[] = [];
  // "caption own-word": a caption other boxes point at too names their part, not this box.
  const { own, shared } = splitLabelledBy(control);
  const labelledBy = textOfIds(control, own);
  if (labelledBy) labels.push(labelledBy);
  // A rich-text editor is named by the label of the textarea it hides; its own name is generic.
  const source = editorSourceOf(control);
  const sourceLabels = source ? labelsOf(source) : [];
  for (const label of sourceLabels) {
    const parts = labelParts(label);
    labels.push(parts.text);
    if (parts.hint) hints.push(parts.hint);
  }
  const ariaLabel = control.getAttribute('aria-label');
  if (ariaLabel) (sourceLabels.length > 0 ? hints : labels).push(ariaLabel);
  // A select hidden behind a widget may have lent its label to the widget's box (Tom Select).
  const widget = selectWidgetOf(control);
  const labelled = [control, ...(widget ? [...widget.querySelectorAll<HTMLElement>('input[id], button[id]')] : [])];
  for (const label of new Set(labelled.flatMap((element) => labelsOf(element)))) {
    const parts = labelParts(label);
    labels.push(parts.text);
    if (parts.hint) hints.push(parts.hint);
  }
  // A control alone in a shadow root is named by its host (<skill-tags label="Compétences">).
  const host = outerHost(control);
  if (labels.join('').trim() === '' && host && (control.getRootNode() as ShadowRoot).host === host) {
    const hostLabel = host.getAttribute('aria-label') ?? host.getAttribute('label') ?? labelsOf(host as Control).map((label) => label.textContent).join(' ');
    if (hostLabel) labels.push(hostLabel);
  }
  if (labels.join('').trim() === '') {
    // In a grid, the column's <th> says what the box is ("Du"); a row's own first cell, which one.
    const column = clean(columnHeaderOf(control));
    if (column) labels.push(column);
    // In a definition list, the <dt> before the box's <dd> names it, beside a list too.
    const term = column ? '' : clean(definitionTermOf(control));
    if (term) labels.push(term);
    const nearby = nearbyText(control);
    if (nearby && nearby !== column && nearby !== term) labels.push(nearby);
  }
  hints.push(control.getAttribute('placeholder') ?? '', control.getAttribute('title') ?? '');
  const describedBy = textOfIds(control, control.getAttribute('aria-describedby'));
  if (describedBy) hints.push(describedBy);

  const fieldset = control.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend')?.textContent ?? '';
  const groupElement = control.closest('[role="group"], [role="radiogroup"]');
  const groupLabel = groupElement ? (groupElement.getAttribute('aria-label') ?? textOfIds(groupElement, groupElement.getAttribute('aria-labelledby'))) : '';

  return {
    autocomplete: (control.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    type: controlType(control),
    label: clean(labels.join(' ')),
    group: clean(`${legend} ${groupLabel === ariaLabel ? '' : groupLabel} ${textOfIds(control, shared)}`),
    hint: clean(hints.join(' ')),
    name: clean(`${control.getAttribute('name') ?? source?.getAttribute('name') ?? ''} ${control.id || source?.id || ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-[\].]+/g, ' ')),
    section: clean(headingAbove(control)),
  };
}

/**
 * The ids of aria-labelledby that are this box's own, and those of a caption other controls point
 * at too ("Personne à prévenir en cas d'urgence" for its "Nom", "Prénom", "Téléphone"). All are
 * its own when none is, or none is shared.
 */
function splitLabelledBy(control: Control): { own: string; shared: string } {
  const ids = (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length < 2) return { own: ids.join(' '), shared: '' };
  const root = control.getRootNode() as Document | ShadowRoot;
  const pointing = (id: string) => [...(root.querySelectorAll?.('[aria-labelledby]') ?? [])].filter((other) => other !== control && other.getAttribute('aria-labelledby')!.split(/\s+/).includes(id)).length;
  const shared = ids.filter((id) => pointing(id) > 0);
  if (shared.length === 0 || shared.length === ids.length) return { own: ids.join(' '), shared: '' };
  return { own: ids.filter((id) => !shared.includes(id)).join(' '), shared: shared.join(' ') };
}

function textOfIds(element: Element, ids: string | null): string {
  if (!ids) return '';
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    // A select menu names itself after its label (MUI: "level-label level"): its own text is its value.
    .filter((id) => id !== '' && id !== element.id)
    .map((id) => (root.getElementById?.(id) ?? element.ownerDocument.getElementById(id))?.textContent ?? '')
    .join(' ');
}

/** A label's own words, without the controls it wraps (select options…), its hint set apart. */
function labelParts(label: HTMLLabelElement): { text: string; hint: string } {
  const copy = withSlottedContent(label);
  copy.querySelectorAll('select, textarea, input, option, button').forEach((node) => node.remove());
  // A pictogram says its words by its alternative text ("Permis B" under a car), as screen readers read it.
  copy.querySelectorAll('img[alt]:not([aria-hidden="true"]), [role="img"][aria-label]:not([aria-hidden="true"])').forEach((image) => {
    image.replaceWith(` ${image.getAttribute('alt') ?? image.getAttribute('aria-label') ?? ''} `);
  });
  const hint = [...copy.querySelectorAll(HINT_NODES)].map((node) => node.textContent ?? '').join(' ');
  copy.querySelectorAll(HINT_NODES).forEach((node) => node.remove());
  return { text: copy.textContent ?? '', hint };
}

/**
 * A copy of an element with each <slot> replaced by what the page put in it: a design system's
 * label inside its shadow root ("<label><slot name="label">") shows the words of the page's
 * `<span slot="label">Prénom</span>`, which its own text does not hold.
 */
function withSlottedContent(element: HTMLElement): HTMLElement {
  const copy = element.cloneNode(true) as HTMLElement;
  const slots = [...element.querySelectorAll('slot')];
  if (slots.length === 0) return copy;
  const copies = [...copy.querySelectorAll('slot')];
  slots.forEach((slot, index) => {
    const assigned = slot.assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length > 0) copies[index]?.replaceWith(...assigned.map((node) => node.cloneNode(true)));
  });
  return copy;
}

/**
 * Text just before a control nothing labels: a previous sibling of the control or of one of its
 * close ancestors ("<div>Prénom</div><div><input></div>"), or the text of a parent holding only it.
 * A box inside a web component climbs out through its host: the page labels the component
 * ("<label>Prénom</label><ds-input>"), whatever wrappers the component keeps inside.
 */
function nearbyText(control: Control): string {
  let node: Element = control;
  for (let level = 0; level < 3; level += 1) {
    let sibling = node.previousElementSibling;
    for (let steps = 0; sibling && steps < 2; steps += 1, sibling = sibling.previousElementSibling) {
      if (sibling.matches('input, select, textarea, button') || (sibling.shadowRoot && controlCount(sibling) > 0)) break;
      // The help of the box before ("Votre nom de famille" under it) names that box, not this one.
      if (describesAnotherControl(sibling, control)) break;
      const text = clean(sibling.textContent ?? '');
      if (text && text.length < 80 && controlCount(sibling) === 0) return text;
      if (text) break;
    }
    const parent = node.parentElement;
    if (!parent) {
      const host = (node.getRootNode() as ShadowRoot).host;
      // The component's own wrappers are not levels of the page: start again from its host.
      if (!host || controlCount(host) > 1) break;
      node = host;
      level = -1;
      continue;
    }
    if (controlCount(parent) > 1) break;
    // The parent's words, less what the control shows itself (a menu's value) and its list.
    let text = parent.textContent ?? '';
    for (const part of [control, ...parent.querySelectorAll('[role="listbox"]')]) text = text.replace(part.textContent ?? '', ' ');
    const own = clean(text);
    if (own && own.length < 80) return own;
    node = parent;
  }
  return '';
}

/** The element, or one inside it, is another control's aria-describedby or aria-labelledby. */
function describesAnotherControl(element: Element, control: Control): boolean {
  const root = control.getRootNode() as Document | ShadowRoot;
  if (!root.querySelectorAll) return false;
  const ids = [element, ...element.querySelectorAll('[id]')].map((part) => part.id).filter(Boolean);
  if (ids.length === 0) return false;
  return [...root.querySelectorAll('[aria-describedby], [aria-labelledby]')].some(
    (other) => other !== control && `${other.getAttribute('aria-describedby') ?? ''} ${other.getAttribute('aria-labelledby') ?? ''}`.split(/\s+/).some((id) => ids.includes(id)),
  );
}

/** How many controls an element holds, those inside its web components included (up to 2: enough
 *  to tell one from several). */
function controlCount(element: Element): number {
  const roots: (Element | ShadowRoot)[] = [element];
  let count = 0;
  while (roots.length > 0 && count < 2) {
    const root = roots.pop()!;
    count += root.querySelectorAll('input, select, textarea').length;
    for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) roots.push(inner.shadowRoot);
    if (root === element && element.shadowRoot) roots.push(element.shadowRoot);
  }
  return count;
}

/** The closest heading or legend above the control, in its own document or shadow tree. */
function headingAbove(control: Control): string {
  let node: Element | null = control;
  for (let level = 0; node && level < 12; level += 1, node = node.parentElement) {
    for (let sibling = node.previousElementSibling, steps = 0; sibling && steps < 40; sibling = sibling.previousElementSibling, steps += 1) {
      if (sibling.matches(HEADINGS)) return sibling.textContent ?? '';
      const inner = sibling.querySelectorAll(HEADINGS);
      const last = inner[inner.length - 1];
      if (last) return last.textContent ?? '';
    }
    const label = node.parentElement?.getAttribute('aria-label');
    if (label && node.parentElement?.matches('section, fieldset, form, [role="group"], [role="region"]')) return label;
  }
  return '';
}

function clean(text: string): string {
  return text.replace(/[*:]/g, ' ').replace(/\s+/g, ' ').trim();
}
