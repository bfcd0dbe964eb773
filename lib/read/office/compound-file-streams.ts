// An OLE compound file (the container of Office 97–2003 files, and of password-protected .docx)
// names its streams in UTF-16 in its directory. Finding a stream's name in the bytes is enough to
// tell what the file holds, without parsing the container.

export function hasStream(bytes: Uint8Array, name: string): boolean {
  return indexOf(bytes, utf16le(name)) >= 0;
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
