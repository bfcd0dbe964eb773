// Word's "Encrypt with password" saves a .docx as an OLE compound file (the container of an old
// .doc) holding the streams EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO). The stream names
// are stored in UTF-16 in the compound file's directory; finding both is enough to tell this file
// from a real .doc, whose streams are WordDocument, 1Table...

const STREAMS = ['EncryptedPackage', 'EncryptionInfo'].map(utf16le);

export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return STREAMS.every((name) => indexOf(bytes, name) >= 0);
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (const [index, char] of [...text].entries()) bytes[index * 2] = char.charCodeAt(0);
  return bytes;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (let at = haystack.indexOf(first); at >= 0 && at <= haystack.length - needle.length; at = haystack.indexOf(first, at + 1)) {
    let matches = true;
    for (let i = 1; i < needle.length; i += 1) {
      if (haystack[at + i] !== needle[i]) {
        matches = false;
        break;
      }
    }
    if (matches) return at;
  }
  return -1;
}
