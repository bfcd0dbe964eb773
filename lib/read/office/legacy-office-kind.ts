// Which Office 97–2003 file an OLE compound file is, from its main stream's name, so that the
// error says what to do: a .doc is saved again as .docx or PDF; a .xls or .ppt is not a CV at all
// (or, for slides, a CV to export as PDF).
import { hasStream } from './compound-file-streams';

export type LegacyOfficeKind = 'doc' | 'xls' | 'ppt';

export function legacyOfficeKind(bytes: Uint8Array): LegacyOfficeKind {
  if (hasStream(bytes, 'WordDocument')) return 'doc';
  if (hasStream(bytes, 'Workbook') || hasStream(bytes, 'Book')) return 'xls';
  if (hasStream(bytes, 'PowerPoint Document')) return 'ppt';
  // A damaged or unusual container: Word is what people send as a CV.
  return 'doc';
}
