import { isEditableRegion, isShownByStyle, outerHost } from './find-controls';

/** How far up from its editable region an editor's outer box may be (TinyMCE: the iframe's body,
 *  then five wrappers). */
const EDITOR_DEPTH = 8;

/**
 * The form's own box a rich-text editor stands for: CKEditor, TinyMCE, SunEditor and others hide
 * the page's <textarea> and put their editor right after it, keeping the textarea in step for
 * the form. The page's <label for> names that textarea; the editable region people type in is
 * named only by the editor ("Éditeur de texte enrichi. Zone d'édition : main"). Trix says its
 * hidden input by id. Null when the region stands for no hidden box.
 */
export function editorSourceOf(region: Element): HTMLElement | null {
  if (!isEditableRegion(region)) return null;
  const trix = region.closest('trix-editor');
  const trixInput = trix?.getAttribute('input');
  if (trixInput) return region.ownerDocument.getElementById(trixInput);
  let node: Element | null = region;
  for (let level = 0; node && level < EDITOR_DEPTH; level += 1) {
    const before = node.previousElementSibling;
    if (before?.tagName === 'TEXTAREA' && isHiddenSource(before)) return before as HTMLElement;
    // An editor in a frame (TinyMCE, CKEditor 4): the frame's element is the next step up.
    node = node.parentElement ?? outerHost(node);
    // A part of the page with boxes of its own is past the editor's box.
    if (node && node.querySelector('input:not([type="hidden"]), select')) return null;
  }
  return null;
}

function isHiddenSource(box: Element): boolean {
  return box.hasAttribute('hidden') || box.getAttribute('aria-hidden') === 'true' || !isShownByStyle(box);
}
