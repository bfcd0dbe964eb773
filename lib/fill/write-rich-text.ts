/**
 * Text written into a rich-text region (contenteditable) the way its editor holds it: a line per
 * paragraph when the region keeps its text in paragraphs (Quill's `<p>`, a `<div>` per line), else
 * lines broken by `<br>`. Newlines in one text node would show as one line run together, and an
 * editor that needs its paragraphs would lose track of the text. A `plaintext-only` region takes
 * the text as it is.
 */
export function writeRichText(region: HTMLElement, value: string): void {
  if (region.getAttribute('contenteditable')?.toLowerCase() === 'plaintext-only') {
    region.textContent = value;
    return;
  }
  const doc = region.ownerDocument;
  const first = region.firstElementChild;
  const block = first && (first.tagName === 'P' || first.tagName === 'DIV') ? first.tagName.toLowerCase() : null;
  const lines = value.split(/\r?\n/);
  region.replaceChildren();
  for (const [index, line] of lines.entries()) {
    if (block) {
      const paragraph = doc.createElement(block);
      // An empty paragraph holds a <br>, as editors keep one, or it would have no height.
      paragraph.append(line === '' ? doc.createElement('br') : doc.createTextNode(line));
      region.append(paragraph);
      continue;
    }
    if (index > 0) region.append(doc.createElement('br'));
    if (line !== '') region.append(doc.createTextNode(line));
  }
}
