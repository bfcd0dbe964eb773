import type { FlowBlock } from './flow-to-lines';
import { htmlToFlow } from './html-to-flow';
import { findAll, parseXml, type XmlElement } from './parse-xml';

// The text of a w:altChunk part: HTML, or an MHT web archive holding HTML (html-docx-js, docx4j,
// web CV builders), or plain text. Other chunk formats (an RTF, a nested .docx) are left out.

/** Elements whose content is never shown. */
const UNSHOWN = new Set(['head', 'script', 'style', 'template', 'title', 'noscript']);

export function readAltChunk(path: string, bytes: Uint8Array): FlowBlock[] {
  const raw = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (/\.(mht|mhtml)$/i.test(path) || /^(MIME-Version|Content-Type):/im.test(raw.slice(0, 512))) {
    const html = htmlOfWebArchive(bytes);
    return html === null ? [] : htmlText(html);
  }
  if (/\.x?html?$/i.test(path) || /<html[\s>]/i.test(raw)) return htmlText(decodeText(bytes, charsetOf(raw)));
  if (/\.txt$/i.test(path)) {
    return decodeText(bytes, 'utf-8')
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((text) => ({ kind: 'paragraph', text, bold: false }));
  }
  return [];
}

function htmlText(html: string): FlowBlock[] {
  const document = parseXml(html);
  const body = findAll(document, 'body')[0] ?? findAll(document, 'BODY')[0] ?? document;
  return htmlToFlow(pruneUnshown(body).children);
}

function pruneUnshown(element: XmlElement): XmlElement {
  return {
    ...element,
    children: element.children
      .filter((child) => typeof child === 'string' || !UNSHOWN.has(child.name.toLowerCase()))
      .map((child) => (typeof child === 'string' ? child : pruneUnshown({ ...child, name: child.name.toLowerCase() }))),
  };
}

/** The first text/html part of a MIME multipart archive, decoded. */
function htmlOfWebArchive(bytes: Uint8Array): string | null {
  const text = new TextDecoder('latin1').decode(bytes);
  const boundary = /boundary\s*=\s*"?([^"\r\n;]+)"?/i.exec(text)?.[1];
  const parts = boundary ? text.split(`--${boundary}`) : [text];
  for (const part of parts) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const decoded = encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? decodeBase64(body) : latin1Bytes(body);
    return decodeText(decoded, /charset\s*=\s*"?([\w-]+)/i.exec(headers)?.[1] ?? charsetOf(latin1String(decoded)));
  }
  return null;
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    const hex = char === '=' ? source.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(char.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}

function decodeBase64(text: string): Uint8Array {
  try {
    const binary = atob(text.replace(/[^A-Za-z0-9+/=]/g, ''));
    return latin1Bytes(binary);
  } catch {
    return new Uint8Array();
  }
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

function latin1String(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
}

function charsetOf(head: string): string {
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

function decodeText(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
