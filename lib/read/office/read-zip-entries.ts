import { unzipSync } from 'fflate';
import { CvError } from '../../errors';

/** No part of a CV document comes near this once inflated; a "zip bomb" does. */
const MAX_ENTRY_BYTES = 50 * 1024 * 1024;

/**
 * Deflate never grows data by more than a few bytes a 16 KB block: an entry stored in more bytes
 * than it claims to hold lies about its size, and inflating it anyway costs as much as a zip bomb.
 */
function liesAboutItsSize(file: { size: number; originalSize: number }): boolean {
  return file.size > file.originalSize * 1.01 + 1024;
}

/** Nor does a whole document. */
const MAX_TOTAL_BYTES = 200 * 1024 * 1024;

/**
 * The names of a zip archive's entries, without inflating anything. An archive whose entries
 * declare more than any CV document holds is refused here, before a library inflates it; one that
 * lies about its sizes is caught by the inflater, which checks them.
 */
export function listZipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        total += file.originalSize;
        if (file.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
          throw new CvError('corrupt-file', `zip entry ${file.name} inflates to ${file.originalSize} bytes`);
        }
        if (liesAboutItsSize(file)) throw new CvError('corrupt-file', `zip entry ${file.name} lies about its size`);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof CvError) throw error;
    throw new CvError('corrupt-file', `zip: ${error instanceof Error ? error.message : String(error)}`);
  }
  return names;
}

/** Inflates the entries whose names pass `wanted`, refusing any that would inflate too far. */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_ENTRY_BYTES) throw new CvError('corrupt-file', `zip entry ${file.name} too large`);
        if (liesAboutItsSize(file)) throw new CvError('corrupt-file', `zip entry ${file.name} lies about its size`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof CvError) throw error;
    throw new CvError('corrupt-file', `zip: ${error instanceof Error ? error.message : String(error)}`);
  }
  return new Map(Object.entries(files));
}

export function decodeUtf8(bytes: Uint8Array | undefined): string {
  return bytes ? new TextDecoder('utf-8').decode(bytes) : '';
}
