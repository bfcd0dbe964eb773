import { describe, expect, it } from 'vitest';
import { describeError } from '../../lib/i18n';
import { MAX_FILE_BYTES, tooLargeSizes } from '../../lib/limits';

// The review screen, the CLI and the reader say a file is too large with the same sizes. The
// extension said "21 Mo" of a 20.4 MB file as "20 Mo, maximum 20 Mo" (rounded to the nearest).
describe('the sizes a "too large" message gives', () => {
  it('rounds the file up, so a file just over the limit is never said to be at it', () => {
    expect(tooLargeSizes(MAX_FILE_BYTES + 400 * 1024)).toEqual({ sizeMb: 21, maxMb: 20 });
    expect(describeError('fr', { code: 'too-large', params: tooLargeSizes(MAX_FILE_BYTES + 1) })).toContain('21 Mo, maximum 20 Mo');
  });

  it('gives a large photo its own size', () => {
    expect(tooLargeSizes(47.2 * 1024 * 1024)).toEqual({ sizeMb: 48, maxMb: 20 });
  });
});
