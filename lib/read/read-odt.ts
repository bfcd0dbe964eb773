import { CvError } from '../errors';
import type { ReadDocument, ReadOptions } from '../types';
import { dropPageNumbers } from './layout/drop-repeated-margins';
import { checkDocumentLength } from './office/check-document-length';
import { flowToLines, type FlowBlock } from './office/flow-to-lines';
import { findStyles, odfNotes, odfToFlow } from './office/odf-to-flow';
import { findAll, parseXml, type XmlElement } from './office/parse-xml';
import { decodeXml } from './office/decode-xml';
import { readZipEntries } from './office/read-zip-entries';

const MANIFEST = 'META-INF/manifest.xml';

/**
 * Where a master page keeps its page header (or footer): the first page's own (LibreOffice writes
 * it when "Same content on first page" is off, as style:header-first since 7.6 and loext:header-first
 * before), the default one, and the left pages' own. A CV often has the name and contact details in
 * the first page's header only.
 */
const MARGIN_VARIANTS = (part: 'header' | 'footer') => [`style:${part}-first`, `loext:${part}-first`, `style:${part}`, `style:${part}-left`];

/** Reads an OpenDocument text (.odt): the page header, the body, its notes, then the page footer. */
export async function readOdt(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  options.onProgress?.({ stage: 'reading', page: 1, pages: 1 });
  const parts = readZipEntries(bytes, (name) => name === 'content.xml' || name === 'styles.xml' || name === MANIFEST);
  // "Save with password" keeps the zip but encrypts content.xml, as the manifest declares.
  if (/<manifest:encryption-data[\s>]/.test(decodeXml(parts.get(MANIFEST)))) throw new CvError('encrypted-document', 'odt');
  const content = parts.get('content.xml');
  if (!content) throw new CvError('corrupt-file', 'odt without content.xml');
  const contentMarkup = decodeXml(content);
  checkDocumentLength(contentMarkup);
  return readOdfText(parseXml(contentMarkup), parseXml(decodeXml(parts.get('styles.xml'))));
}

/**
 * Reads a flat OpenDocument (.fodt, "Flat XML ODF" in LibreOffice's Save as): the same content as
 * an .odt's content.xml and styles.xml, in one XML file whose root is office:document. A flat
 * spreadsheet or presentation is named as such.
 */
export async function readFlatOdt(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  options.onProgress?.({ stage: 'reading', page: 1, pages: 1 });
  const markup = decodeXml(bytes);
  checkDocumentLength(markup);
  const document = parseXml(markup);
  const root = findAll(document, 'office:document')[0];
  if (!root) throw new CvError('corrupt-file', 'flat opendocument without office:document');
  const mimetype = root.attributes['office:mimetype'] ?? '';
  if (mimetype && !mimetype.startsWith('application/vnd.oasis.opendocument.text')) {
    throw new CvError('unsupported-type', mimetype, { type: openDocumentKind(mimetype) });
  }
  return readOdfText(root, root);
}

/** An OpenDocument that is not a text: a spreadsheet (.ods), slides (.odp) or a drawing (.odg). */
export function openDocumentKind(mimetype: string): string {
  if (mimetype.includes('spreadsheet')) return 'ods';
  if (mimetype.includes('presentation')) return 'odp';
  return 'opendocument';
}

/** The page header, the body, its notes, then the page footer; styles and master pages come from `stylesXml`. */
function readOdfText(contentXml: XmlElement, stylesXml: XmlElement): ReadDocument {
  const styles = contentXml === stylesXml ? findStyles(contentXml) : findStyles(stylesXml, contentXml);

  const margins = { header: [] as FlowBlock[], footer: [] as FlowBlock[] };
  const seen = new Set<string>();
  for (const masterPage of findAll(stylesXml, 'style:master-page')) {
    for (const part of ['header', 'footer'] as const) {
      for (const margin of MARGIN_VARIANTS(part).flatMap((name) => findAll(masterPage, name))) {
        const blocks = odfToFlow(margin, styles);
        const key = JSON.stringify(blocks);
        if (blocks.length === 0 || seen.has(key)) continue;
        seen.add(key);
        margins[part].push(...blocks);
      }
    }
  }
  const body = findAll(contentXml, 'office:text')[0];
  // Footnotes and endnotes are left out of the line that cites them (odf-to-flow.ts) and read after
  // the body, as a Word file's are: "CACES R489 (1)" keeps its note "(1) valid until 2027".
  const notes = body ? odfNotes(body, styles) : [];
  const lines = dropPageNumbers(flowToLines([...margins.header, ...(body ? odfToFlow(body, styles) : []), ...notes, ...margins.footer]));
  if (lines.length === 0) throw new CvError('no-text', 'empty document');
  return { kind: 'odt', pages: 1, lines, warnings: [] };
}
