import type { ComponentChildren } from 'preact';

/**
 * Renders the small Markdown subset of our own documents (headings, paragraphs, lists, bold,
 * code) as Preact elements: text stays text, no HTML is ever injected.
 */
export function MarkdownText({ source }: { source: string }) {
  const blocks = source.replace(/\r\n/g, '\n').split(/\n{2,}/);
  return <>{blocks.map((block, index) => renderBlock(block.trim(), index))}</>;
}

function renderBlock(block: string, key: number) {
  if (!block) return null;
  const heading = /^(#{1,4})\s+(.*)$/.exec(block);
  if (heading && !block.includes('\n')) {
    const level = Math.min(heading[1]!.length, 4);
    const Tag = `h${level}` as 'h1';
    return <Tag key={key}>{inline(heading[2]!)}</Tag>;
  }
  const lines = block.split('\n');
  if (lines.every((line) => /^\s*([-*]|\d+\.)\s+/.test(line) || /^\s{2,}\S/.test(line))) {
    const items: string[] = [];
    for (const line of lines) {
      if (/^\s*([-*]|\d+\.)\s+/.test(line)) items.push(line.replace(/^\s*([-*]|\d+\.)\s+/, ''));
      else items[items.length - 1] += ` ${line.trim()}`;
    }
    return <ul key={key}>{items.map((item, i) => <li key={i}>{inline(item)}</li>)}</ul>;
  }
  if (block.startsWith('|')) return <pre key={key}>{block}</pre>;
  return <p key={key}>{inline(lines.join(' '))}</p>;
}

function inline(text: string): ComponentChildren {
  const parts = text.split(/(\*\*[^*]+\*\*|`[^`]+`)/g);
  return parts.map((part, index) => {
    if (part.startsWith('**') && part.endsWith('**')) return <strong key={index}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`')) return <code key={index}>{part.slice(1, -1)}</code>;
    return part;
  });
}
