import { strToU8, zipSync } from 'fflate';
import { CvError, withTimeout } from '../errors';
import type { ReadDocument, ReadOptions } from '../types';
import { dropPageNumbers } from './layout/drop-repeated-margins';
import { isNode } from './node-runtime';
import { checkDocumentLength } from './office/check-document-length';
import { dropUnseenWordRuns, readWordPaint } from './office/drop-unseen-word-runs';
import { dropWordPlaceholders } from './office/drop-word-placeholders';
import { xmlToUtf8 } from './office/decode-xml';
import { flowToLines, type FlowBlock } from './office/flow-to-lines';
import { findHiddenStyles, type WordStyleVisibility } from './office/hidden-word-styles';
import { htmlToFlow } from './office/html-to-flow';
import { parseXml } from './office/parse-xml';
import { altChunkMarker, prepareWordml } from './office/prepare-wordml';
import { readAltChunk } from './office/read-alt-chunk';
import { decodeUtf8, readZipEntries } from './office/read-zip-entries';
import { relationshipsPart, wordDocumentPart } from './office/word-document-part';
import { wordmlToFlow } from './office/wordml-to-flow';
import { DOCX_MS } from './read-budgets';

const MARGIN_PART = /^word\/(header|footer)\d*\.xml$/;
const NOTES_PART = /^word\/(footnotes|endnotes)\.xml$/;
const BINARY_PART = /^word\/(?:media|fonts|embeddings)\//;
const XML_PART = /\.(?:xml|rels)$/i;

/**
 * Reads a Word document: the body through mammoth (paragraph order, lists, tables row by row,
 * text boxes), with the page header before it, then the footnotes and endnotes, then the footer.
 * The body is first checked for size and rewritten so that mammoth reads what Word shows
 * (see drop-unseen-word-runs.ts and prepare-wordml.ts).
 */
export async function readDocx(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  options.onProgress?.({ stage: 'reading', page: 1, pages: 1 });
  // Photos, embedded fonts and objects are the bulk of a CV's file and hold no text: they are
  // unzipped only when the package must be written again for mammoth.
  const entries = readZipEntries(bytes, (name) => !BINARY_PART.test(name));
  // Parts written in UTF-16 (or a single-byte encoding) are read, and handed to mammoth, as UTF-8.
  const transcoded = new Map<string, Uint8Array>();
  for (const [name, content] of entries) {
    const utf8 = XML_PART.test(name) ? xmlToUtf8(content) : null;
    if (utf8) transcoded.set(name, utf8);
  }
  for (const [name, utf8] of transcoded) entries.set(name, utf8);
  const documentPart = wordDocumentPart(new Set(entries.keys()), entries);
  if (!documentPart) throw new CvError('corrupt-file', 'docx without a main document');
  const documentXml = decodeUtf8(entries.get(documentPart));
  checkDocumentLength(documentXml);
  const stylesXml = decodeUtf8(entries.get(stylesPart(entries, documentPart)));
  const styles = findHiddenStyles(stylesXml);
  const marginsXml = [...entries.keys()].filter((name) => MARGIN_PART.test(name)).map((name) => decodeUtf8(entries.get(name)));
  const paint = readWordPaint(stylesXml);
  const prepared = prepareWordml(dropUnseenWordRuns(dropWordPlaceholders(documentXml), paint, marginsXml), styles);
  const docx =
    prepared === documentXml && transcoded.size === 0
      ? bytes
      : zipSync({ ...Object.fromEntries(readZipEntries(bytes, () => true)), ...Object.fromEntries(transcoded), [documentPart]: strToU8(prepared) }, { level: 0 });

  const mammoth = (await import('mammoth')).default;
  const input = isNode() ? { buffer: docx as unknown as Buffer } : { arrayBuffer: docx.slice().buffer };
  let html: string;
  try {
    const result = await withTimeout(
      mammoth.convertToHtml(input, {
        // Images are dropped (a photo would be inlined as base64); linked files are never opened.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      }),
      DOCX_MS,
      'docx',
    );
    html = result.value;
  } catch (error) {
    if (error instanceof CvError) throw error;
    throw new CvError('corrupt-file', `docx: ${error instanceof Error ? error.message : String(error)}`);
  }
  const body = insertAltChunks(htmlToFlow(parseXml(html).children), altChunks(entries, documentPart));
  // White runs in the page header and footer go as in the body (a shape anywhere may lie under them).
  const margins = readMargins(entries, styles, (markup) => dropUnseenWordRuns(dropWordPlaceholders(markup), paint, [documentXml, ...marginsXml]));
  const notes = readNotes(entries, styles);
  const lines = dropPageNumbers(flowToLines([...margins.header, ...body, ...notes, ...margins.footer]));
  if (lines.length === 0) throw new CvError('no-text', 'empty document');
  return { kind: 'docx', pages: 1, lines, warnings: [] };
}

/** Header and footer paragraphs, each text once (first-page and default headers often repeat). */
function readMargins(entries: Map<string, Uint8Array>, styles: WordStyleVisibility, dropUnseen: (markup: string) => string): { header: FlowBlock[]; footer: FlowBlock[] } {
  const parts = [...entries.entries()].filter(([name]) => MARGIN_PART.test(name)).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const seen = new Set<string>();
  const margins = { header: [] as FlowBlock[], footer: [] as FlowBlock[] };
  for (const [name, content] of parts) {
    const blocks = wordmlToFlow(parseWordml(content, dropUnseen), styles);
    const key = JSON.stringify(blocks);
    if (blocks.length === 0 || seen.has(key)) continue;
    seen.add(key);
    margins[name.includes('header') ? 'header' : 'footer'].push(...blocks);
  }
  return margins;
}

/** The footnotes and endnotes (their marks are taken out of the body), without the separators. */
function readNotes(entries: Map<string, Uint8Array>, styles: WordStyleVisibility): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  for (const [name, content] of entries) {
    if (!NOTES_PART.test(name)) continue;
    const root = parseWordml(content);
    for (const part of root.children) {
      if (typeof part === 'string') continue;
      for (const note of part.children) {
        if (typeof note === 'string' || !/^w:(footnote|endnote)$/.test(note.name)) continue;
        const type = note.attributes['w:type'];
        if (type && type !== 'normal') continue;
        blocks.push(...wordmlToFlow(note, styles));
      }
    }
  }
  return blocks;
}

/** The styles part the main document's relationships name (word/styles.xml as Word writes it). */
function stylesPart(entries: Map<string, Uint8Array>, documentPart: string): string {
  const relationships = decodeUtf8(entries.get(relationshipsPart(documentPart)));
  for (const [tag] of relationships.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/styles"/.test(tag)) continue;
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (target) return target.startsWith('/') ? target.slice(1) : `${documentPart.slice(0, documentPart.lastIndexOf('/') + 1)}${target}`;
  }
  return 'word/styles.xml';
}

function parseWordml(content: Uint8Array, rewrite: (markup: string) => string = (markup) => markup): ReturnType<typeof parseXml> {
  const markup = decodeUtf8(content);
  checkDocumentLength(markup);
  return parseXml(rewrite(markup));
}

/** The text of each w:altChunk part, by relationship id. */
function altChunks(entries: Map<string, Uint8Array>, documentPart: string): Map<string, FlowBlock[]> {
  const chunks = new Map<string, FlowBlock[]>();
  const relationships = decodeUtf8(entries.get(relationshipsPart(documentPart)));
  const folder = documentPart.slice(0, documentPart.lastIndexOf('/') + 1);
  for (const match of relationships.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = match[0];
    if (!/Type="[^"]*\/aFChunk"/i.test(tag) || /TargetMode="External"/i.test(tag)) continue;
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (!id || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`.replace(/[^/]+\/\.\.\//g, '');
    const content = entries.get(path);
    if (content) chunks.set(id, readAltChunk(path, content));
  }
  return chunks;
}

/** Each chunk's text where its marker paragraph stands; a marker without a readable chunk goes. */
function insertAltChunks(blocks: FlowBlock[], chunks: Map<string, FlowBlock[]>): FlowBlock[] {
  return blocks.flatMap((block): FlowBlock[] => {
    if (block.kind === 'table') return [{ kind: 'table', rows: block.rows.map((row) => row.map((cell) => insertAltChunks(cell, chunks))) }];
    if (!block.text.includes('\uE000altChunk ')) return [block];
    for (const [id, chunk] of chunks) if (block.text.trim() === altChunkMarker(id)) return chunk;
    return [];
  });
}
