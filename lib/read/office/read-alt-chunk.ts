import { decodeWebPage, pageOfWebArchive } from '../html/decode-web-page';
import { webPageToFlow } from '../html/web-page-to-flow';
import { HTML_MS } from '../read-budgets';
import type { FlowBlock } from './flow-to-lines';

// The text of a w:altChunk part: HTML, or an MHT web archive holding HTML (html-docx-js, docx4j,
// web CV builders), or plain text. Other chunk formats (an RTF, a nested .docx) are left out.
// HTML is read as a saved web page is (lib/read/html/): what the page would not show (scripts,
// text hidden by style or attribute) is not read.

export function readAltChunk(path: string, bytes: Uint8Array): FlowBlock[] {
  const raw = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const deadline = Date.now() + HTML_MS;
  if (/\.(mht|mhtml)$/i.test(path) || /^(MIME-Version|Content-Type):/im.test(raw.slice(0, 512))) {
    const page = pageOfWebArchive(bytes);
    return page === null ? [] : webPageToFlow(decodeWebPage(page.bytes, page.charset), { deadline });
  }
  if (/\.x?html?$/i.test(path) || /<html[\s>]/i.test(raw)) return webPageToFlow(decodeWebPage(bytes), { deadline });
  if (/\.txt$/i.test(path)) {
    return new TextDecoder('utf-8')
      .decode(bytes)
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((text) => ({ kind: 'paragraph', text, bold: false }));
  }
  return [];
}
