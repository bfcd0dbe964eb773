import { readDocument } from '../../lib/read/read-document';
import type { ReadDocument } from '../../lib/types';

/** The reader has a time budget; on a busy machine a second try usually fits in it. */
export async function readWithRetry(bytes: Uint8Array, fileName: string, attempts = 3): Promise<ReadDocument> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readDocument(bytes, { fileName });
    } catch (error) {
      if (attempt >= attempts || (error as { code?: string }).code !== 'timeout') throw error;
    }
  }
}
