import { decodeXml } from './decode-xml';

// Where a Word package keeps its main document. Word writes word/document.xml, but the package's
// relationships (_rels/.rels) are what name it: files made or saved in Word for the web (OneDrive,
// SharePoint, Teams) keep it as word/document2.xml, and Word and the converter open them as any
// other. Looking only for word/document.xml took such a CV for a damaged file.

const DEFAULT_PART = 'word/document.xml';
export const PACKAGE_PARTS = new Set(['_rels/.rels', '[Content_Types].xml']);
const OFFICE_DOCUMENT = /\/(?:officeDocument\/2006\/relationships|officeDocument\/relationships)\/officeDocument$/;

/**
 * The path of the main document of a Word package, from its entry names and its package parts
 * (_rels/.rels and [Content_Types].xml, when present), or null when the package holds none (a
 * spreadsheet's main part is a workbook, not a Word document).
 */
export function wordDocumentPart(names: ReadonlySet<string>, packageParts: ReadonlyMap<string, Uint8Array | undefined>): string | null {
  if (names.has(DEFAULT_PART)) return DEFAULT_PART;
  const relationships = decodeXml(packageParts.get('_rels/.rels'));
  const contentTypes = decodeXml(packageParts.get('[Content_Types].xml'));
  for (const [tag] of relationships.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = attribute(tag, 'Type');
    const target = attribute(tag, 'Target');
    if (!type || !target || !OFFICE_DOCUMENT.test(type) || /\bTargetMode\s*=\s*"External"/i.test(tag)) continue;
    const path = target.replace(/^\.?\//, '');
    if (!names.has(path)) continue;
    const override = [...contentTypes.matchAll(/<Override\b[^>]*>/g)].map(([override]) => override).find((override) => attribute(override, 'PartName')?.replace(/^\//, '') === path);
    const contentType = override ? attribute(override, 'ContentType') ?? '' : '';
    if (/wordprocessingml\.(?:document|template)/.test(contentType) || (!contentType && path.startsWith('word/'))) return path;
  }
  return null;
}

/** The relationships part of a part: word/_rels/document2.xml.rels for word/document2.xml. */
export function relationshipsPart(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
}
