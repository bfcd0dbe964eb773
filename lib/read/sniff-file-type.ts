// The file type comes from the bytes, never from the name: a photo renamed .pdf is a photo.

export type SniffedType = 'pdf' | 'png' | 'jpeg' | 'webp' | 'zip' | 'text' | 'unknown';

export function sniffFileType(bytes: Uint8Array): SniffedType {
  const head = (length: number) => String.fromCharCode(...bytes.subarray(0, length));
  // PDF allows up to 1 KB of junk before the header.
  if (indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0) return 'pdf';
  if (bytes[0] === 0x89 && head(4).slice(1) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (head(4) === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'webp';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (looksLikeText(bytes.subarray(0, 4096))) return 'text';
  return 'unknown';
}

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function looksLikeText(sample: Uint8Array): boolean {
  if (sample.length === 0) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(sample);
    const control = text.replace(/[\t\n\r]/g, '').match(/[\u0000-\u001f]/g)?.length ?? 0;
    return control / text.length < 0.01;
  } catch {
    return false;
  }
}
