/**
 * The term of a definition list that names a control: "<dt>Téléphone</dt><dd>[+33 ▾] [____]</dd>".
 * A <dt> names the <dd> elements that follow it (until the next <dt>), whatever they hold: a box
 * beside a list of calling codes, which has no label of its own and no words just before it, is
 * named by it as well as a box alone. Empty when the control is not in a <dd>.
 */
export function definitionTermOf(control: Element): string {
  const definition = control.closest('dd');
  if (!definition?.closest('dl')) return '';
  for (let sibling = definition.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.tagName === 'DT') {
      const text = (sibling.textContent ?? '').replace(/\s+/g, ' ').trim();
      return text.length < 80 ? text : '';
    }
    // A <div> grouping a term with its definitions (allowed in a <dl>) ends with the <dd>s.
    if (sibling.tagName !== 'DD') return '';
  }
  // A <div> around a term and its definitions: the term is the group's.
  const group = definition.parentElement;
  if (group?.tagName === 'DIV') {
    const term = [...group.children].find((child) => child.tagName === 'DT');
    const text = (term?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text.length < 80 ? text : '';
  }
  return '';
}
