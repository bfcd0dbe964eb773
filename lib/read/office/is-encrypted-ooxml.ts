// Word's "Encrypt with password" saves a .docx as an OLE compound file (the container of an old
// .doc) holding the streams EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO); finding both is
// enough to tell this file from a real .doc, whose streams are WordDocument, 1Table...
import { hasStream } from './compound-file-streams';

export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return hasStream(bytes, 'EncryptedPackage') && hasStream(bytes, 'EncryptionInfo');
}
