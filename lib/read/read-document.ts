import { CvError } from '../errors';
import type { ReadDocument, ReadOptions } from '../types';
import { readPdf } from './read-pdf';
import { sniffFileType } from './sniff-file-type';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Reads any supported CV file into lines in reading order. The type is sniffed from the bytes. */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  if (bytes.length === 0) throw new CvError('empty-file');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new CvError('too-large', undefined, { sizeMb: Math.round(bytes.length / 1024 / 1024), maxMb: 20 });
  }
  const type = sniffFileType(bytes);
  switch (type) {
    case 'pdf':
      return readPdf(bytes, options);
    default:
      throw new CvError('unsupported-type', type);
  }
}
