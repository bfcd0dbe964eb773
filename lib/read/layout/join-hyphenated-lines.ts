import type { TextLine } from '../../types';

/**
 * Rejoins a word cut at the end of a line ("compé-" / "tences") when the next line of the same
 * block continues in lower case. Compound words written with a hyphen keep it only when the next
 * part is capitalised ("Jean-" / "Baptiste" stays "Jean-Baptiste") or the word is a web address,
 * an e-mail or a code ("linkedin.com/in/jean-" / "dupont" → "linkedin.com/in/jean-dupont").
 */
export function joinHyphenatedLines(lines: TextLine[]): TextLine[] {
  const result: TextLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // U+2010 is the hyphen Chromium and others print where a word was broken at a soft hyphen.
    const cut = /(\p{Ll}{2,})[-\u2010\u00ad]$/u.exec(line.text);
    if (cut && next && next.page === line.page && next.block === line.block && !line.text.includes('\t')) {
      const [head, ...rest] = next.text.split(' ');
      if (head && /^\p{Ll}/u.test(head)) {
        // In an address, a URL or a code the hyphen is part of the text: keep it.
        const lastToken = line.text.slice(line.text.lastIndexOf(' ') + 1);
        const keepHyphen = /[/@.:_\d]/.test(lastToken);
        result.push({ ...line, text: (keepHyphen ? line.text : line.text.slice(0, -1)) + head });
        const remainder = rest.join(' ');
        if (remainder) lines[i + 1] = { ...next, text: remainder };
        else i += 1;
        continue;
      }
    }
    result.push(line);
  }
  return result;
}
