import { CvError, toCvError } from '../errors';
import type { ReadDocument, ReadOptions } from '../types';
import { checkTextLength } from './check-text-length';
import { hasStream } from './office/compound-file-streams';
import { isEncryptedOoxml } from './office/is-encrypted-ooxml';
import { legacyOfficeKind } from './office/legacy-office-kind';
import { decodeUtf8, listZipEntries, readZipEntries } from './office/read-zip-entries';
import { PACKAGE_PARTS, wordDocumentPart } from './office/word-document-part';
import { readDoc } from './read-doc';
import { readDocx } from './read-docx';
import { readHtml, readWebArchive } from './read-html';
import { readImage } from './read-image';
import { openDocumentKind, readFlatOdt, readOdt } from './read-odt';
import { readPdf } from './read-pdf';
import { readPlainText } from './read-plain-text';
import { readRtf } from './read-rtf';
import { readTiff } from './read-tiff';
import { sniffFileType, type SniffedType } from './sniff-file-type';
import { MAX_FILE_BYTES, tooLargeSizes } from '../limits';


/**
 * Reads any supported CV file into lines in reading order: PDF (text layer, or OCR for scanned
 * pages), PNG/JPEG/WebP photos and scans and multi-page TIFF scans (OCR), DOCX, Word 97–2003 .doc, ODT (zipped or flat .fodt), RTF,
 * web pages (.html, .mht, Google Docs' zipped .html) and plain text.
 * The type is sniffed from the bytes. Failures are CvErrors with a code the user can act on.
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  if (bytes.length === 0) throw new CvError('empty-file');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new CvError('too-large', undefined, tooLargeSizes(bytes.length));
  }
  if (options.signal?.aborted) throw new CvError('cancelled');
  const type = sniffFileType(bytes);
  try {
    const document = await readByType(type, bytes, options);
    checkTextLength(document);
    return document;
  } catch (error) {
    throw toCvError(error);
  }
}

async function readByType(type: SniffedType, bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  switch (type) {
    case 'pdf':
      return await readPdf(bytes, options);
    case 'png':
    case 'jpeg':
    case 'webp':
    case 'gif':
    case 'bmp':
      return await readImage(bytes, type, options);
    case 'tiff':
      return await readTiff(bytes, options);
    case 'zip':
      return await readOfficeDocument(bytes, options);
    case 'flat-opendocument':
      return await readFlatOdt(bytes, options);
    case 'rtf':
      return await readRtf(bytes, options);
    case 'html':
      return await readHtml(bytes, options);
    case 'mhtml':
      return await readWebArchive(bytes, options);
    case 'text':
      return await readPlainText(bytes, options);
    case 'ole':
      if (isEncryptedOoxml(bytes)) throw new CvError('encrypted-document', 'docx');
      // A Word 97–2003 document is read; Excel and PowerPoint files are refused by name.
      if (hasStream(bytes, 'WordDocument')) return await readDoc(bytes, options);
      // Named as a Word file but its directory unreadable (a truncated download): damaged.
      if (/\.(?:doc|dot)$/i.test(options.fileName ?? '') && !isKnownOffice(bytes)) throw new CvError('corrupt-file', 'ole without a known stream');
      throw new CvError('unsupported-type', 'ole', { type: legacyOfficeKind(bytes) });
    default:
      throw unsupported(type);
  }
}

/** A zip is a CV only as a Word or OpenDocument text; spreadsheets, slides and archives are not. */
async function readOfficeDocument(bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  const names = new Set(listZipEntries(bytes));
  if (wordDocumentPart(names, readZipEntries(bytes, (name) => PACKAGE_PARTS.has(name)))) return readDocx(bytes, options);
  if (names.has('content.xml') && names.has('mimetype')) {
    const mimetype = decodeUtf8(readZipEntries(bytes, (name) => name === 'mimetype').get('mimetype')).trim();
    if (mimetype.startsWith('application/vnd.oasis.opendocument.text')) return readOdt(bytes, options);
    throw new CvError('unsupported-type', mimetype, { type: openDocumentKind(mimetype) });
  }
  if (names.has('xl/workbook.xml')) throw new CvError('unsupported-type', 'xlsx', { type: 'xlsx' });
  if (names.has('ppt/presentation.xml')) throw new CvError('unsupported-type', 'pptx', { type: 'pptx' });
  // Apple's Pages, Numbers and Keynote save a zip of their own (Index/*.iwa, or index.xml before 2013).
  if ([...names].some((name) => name.startsWith('Index/') && name.endsWith('.iwa')) || names.has('index.xml') || names.has('index.apxl')) {
    throw new CvError('unsupported-type', 'iwork', { type: 'iwork' });
  }
  // Google Docs' "Web page (.html, zipped)": one page at the root, its pictures in images/.
  const page = webPageOfZip([...names]);
  if (page) return readHtml(readZipEntries(bytes, (name) => name === page).get(page)!, options);
  // Named as a Word or OpenDocument file but holding none of its parts: a damaged document, not
  // an archive to open.
  if (/\.(?:docx|docm|odt|doc)$/i.test(options.fileName ?? '')) throw new CvError('corrupt-file', 'zip without a document');
  throw new CvError('unsupported-type', 'zip', { type: 'zip' });
}

function isKnownOffice(bytes: Uint8Array): boolean {
  return ['Workbook', 'Book', 'PowerPoint Document'].some((name) => hasStream(bytes, name));
}

/** The one .html or .htm file at the zip's root, when all else is pictures in images/ (or folders). */
function webPageOfZip(names: string[]): string | undefined {
  const pages = names.filter((name) => /^[^/]+\.html?$/i.test(name));
  const rest = names.filter((name) => !pages.includes(name) && !name.endsWith('/') && !/^images\/[^/]+$/i.test(name));
  return pages.length === 1 && rest.length === 0 ? pages[0] : undefined;
}

/** Names the type so the message can say what to do (save a .doc as PDF, export a HEIC as JPEG). */
function unsupported(type: SniffedType): CvError {
  const names: Partial<Record<SniffedType, string>> = { heic: 'heic' };
  const name = names[type] ?? 'unknown';
  return new CvError('unsupported-type', name, { type: name });
}
