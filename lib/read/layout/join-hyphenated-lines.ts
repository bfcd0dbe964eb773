import type { TextLine } from '../../types';

/**
 * Rejoins a word cut at the end of a line ("compé-" / "tences") when the next line of the same
 * block continues in lower case. Compound words written with a hyphen keep it only when the next
 * part is capitalised ("Jean-" / "Baptiste" stays "Jean-Baptiste").
 */
export function joinHyphenatedLines(lines: TextLine[]): TextLine[] {
  const result: TextLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const cut = /(\p{Ll}{2,})-$/u.exec(line.text);
    if (cut && next && next.page === line.page && next.block === line.block && !line.text.includes('\t')) {
      const [head, ...rest] = next.text.split(' ');
      if (head && /^\p{Ll}/u.test(head)) {
        result.push({ ...line, text: line.text.slice(0, -1) + head });
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
