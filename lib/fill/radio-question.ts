import { describeControl } from './describe-control';
import { controlType, labelsOf, type Control } from './find-controls';
import { fold } from './fold-text';

const OTHER_CONTROLS = 'input, select, textarea, [contenteditable], [role="combobox"], [role="listbox"]';
const UNREAD = 'script, style, template, noscript, [hidden], [aria-hidden="true"]';
/** Longer than this, the words before the radios are a paragraph of explanation, not a question. */
const MAX_QUESTION = 200;

/**
 * The question a radio button answers, as a person reads it: its legend or radio group's name,
 * else the words just before its group when nothing else to fill sits between them ("<p>Êtes-vous
 * titulaire du permis B ?</p> (•) Oui ( ) Non"). The radios' own labels ("Oui", "Non") are no
 * question. Empty when none can be read: a heading above other questions is not this one's, and
 * such radios are left alone.
 */
export function questionOf(radio: Control): string {
  const description = describeControl(radio);
  if (description.group) return description.group;
  return controlType(radio) === 'radio' ? textBefore(radio) : '';
}

function textBefore(radio: Control): string {
  const group = radiosOfName(radio);
  const first = group[0] ?? radio;
  const own = new Set(group.flatMap((member) => labelsOf(member)));
  const ownWords = new Set(group.map((member) => fold(describeControl(member).label)).filter(Boolean));
  const root = first.getRootNode() as Document | ShadowRoot;
  const form = first.closest('form');
  const walker = first.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = first;
  for (let node = walker.previousNode(), steps = 0; node && steps < 200; node = walker.previousNode(), steps += 1) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      // An ancestor holds the radios themselves; the form's edge ends the search.
      if (element.contains(first)) {
        if (element === form) return '';
        continue;
      }
      // A hidden input (a token, an id) is no question a person answers.
      if (element.matches(OTHER_CONTROLS) && !element.matches('input[type="hidden"]')) return '';
      continue;
    }
    const parent = node.parentElement;
    if (!parent || parent.closest(UNREAD) || [...own].some((label) => label.contains(node))) continue;
    // The words of another control's label belong to it ("<input><label>Rayon</label>").
    const label = parent.closest('label');
    if (label && !own.has(label as HTMLLabelElement) && labelsAControl(label)) return '';
    const words = fold(node.textContent ?? '');
    if (!words || ownWords.has(words)) continue;
    return blockText(parent);
  }
  return '';
}

/** The whole question the words belong to ("Êtes-vous titulaire du <b>permis B</b> ?"), up to the
 *  largest element around them that holds no control. */
function blockText(element: Element): string {
  let block = element;
  for (let parent = element.parentElement; parent && !parent.querySelector(OTHER_CONTROLS); parent = parent.parentElement) {
    if ((parent.textContent ?? '').length > MAX_QUESTION) break;
    block = parent;
  }
  const text = (block.textContent ?? '').replace(/[*:]/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > MAX_QUESTION ? '' : text;
}

/** A label tied to a control of its own; a Symfony-style label "for" the radios' wrapper is a question. */
function labelsAControl(label: Element): boolean {
  if (label.querySelector(OTHER_CONTROLS)) return true;
  const target = label.getAttribute('for');
  const root = label.getRootNode() as Document | ShadowRoot;
  const element = target ? (root.getElementById?.(target) ?? label.ownerDocument.getElementById(target)) : null;
  return element?.matches(OTHER_CONTROLS) ?? false;
}

function radiosOfName(radio: Control): Control[] {
  const name = radio.getAttribute('name');
  const scope = radio.closest('form') ?? (radio.getRootNode() as Document | ShadowRoot);
  if (!name) return [radio];
  return [...scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((other) => other.getAttribute('name') === name);
}
