import type { Control } from './find-controls';
import { fold, pressEnter, setControlValue } from './set-control-value';

const ADD_BUTTON = /^(\+|ajouter|add|valider|ok)\b|^\+$/i;
const REMOVE_BUTTON = /retirer|supprimer|enlever|remove|delete|effacer|×|✕|✖|^x$/i;

/**
 * Adds one value to a tag (chip) input the way a person does: type it, press Enter; if the page
 * wants a click, press its "Ajouter" button. Returns the chip elements the page added (for undo),
 * or null when the page did not take the value as a chip.
 */
export async function addTag(input: Control, value: string, settle: () => Promise<void>): Promise<Element[] | null> {
  const container = tagContainer(input);
  const before = new Set(container.querySelectorAll('*'));
  setControlValue(input, value);
  pressEnter(input);
  await settle();
  if (input.value.trim() !== '') {
    const button = findAddButton(input);
    if (!button) {
      setControlValue(input, '');
      return null;
    }
    button.click();
    await settle();
  }
  const added = [...container.querySelectorAll('*')].filter(
    (node) => !before.has(node) && fold(node.textContent ?? '').includes(fold(value)),
  );
  // Keep the outermost new nodes: the chips themselves.
  const chips = added.filter((node) => !added.some((other) => other !== node && other.contains(node)));
  if (chips.length === 0) {
    if (input.value.trim() === value.trim()) setControlValue(input, '');
    return null;
  }
  return chips;
}

/** Removes chips added earlier by clicking their own remove buttons, so the page's state follows. */
export function removeTags(chips: Element[]): void {
  for (const chip of chips) {
    const button = [...chip.querySelectorAll('button, [role="button"]')].find((node) =>
      REMOVE_BUTTON.test(`${node.getAttribute('aria-label') ?? ''} ${node.getAttribute('title') ?? ''} ${node.textContent ?? ''}`.trim()),
    ) as HTMLElement | undefined;
    if (button) button.click();
    else if (chip instanceof HTMLElement && chip.matches('button, [role="button"]')) chip.click();
  }
}

/** The smallest ancestor that holds both the input and its chips: the widget. */
function tagContainer(input: Control): Element {
  let node: Element = input;
  for (let steps = 0; steps < 4 && node.parentElement; steps += 1) {
    node = node.parentElement;
    if (node.matches('fieldset, form, [role="group"], .tags, .tag-input, .chips')) break;
  }
  const root = input.getRootNode();
  // Inside a shadow root the widget is the whole root.
  return root instanceof ShadowRoot && !node.parentElement ? (root as unknown as Element) : node;
}

function findAddButton(input: Control): HTMLElement | null {
  let node: Element | null = input.parentElement;
  for (let steps = 0; node && steps < 3; steps += 1, node = node.parentElement) {
    const buttons = [...node.querySelectorAll('button, [role="button"], input[type="button"]')] as HTMLElement[];
    const add = buttons.find((button) =>
      ADD_BUTTON.test((button.getAttribute('aria-label') ?? button.textContent ?? (button as HTMLInputElement).value ?? '').trim()),
    );
    if (add) return add;
  }
  return null;
}
