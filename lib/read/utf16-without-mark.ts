// Some programs write UTF-16 text without a byte-order mark (exports of older job sites and HR
// tools, scripts that write "Unicode" files). Latin text in UTF-16 has a zero byte in every other
// place: the high byte of each character. Such a file was taken for binary and refused as of an
// unknown type. A sample where most high bytes are zero and almost no low byte is tells it, and
// on which side the zeros stand tells little-endian from big-endian.

const MIN_PAIRS = 8;
const MIN_ZERO_HIGH = 0.7;
const MAX_ZERO_LOW = 0.05;

export function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < MIN_PAIRS) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) zeroEven += 1;
    if (bytes[2 * i + 1] === 0) zeroOdd += 1;
  }
  if (zeroOdd >= MIN_ZERO_HIGH * pairs && zeroEven <= MAX_ZERO_LOW * pairs) return 'utf-16le';
  if (zeroEven >= MIN_ZERO_HIGH * pairs && zeroOdd <= MAX_ZERO_LOW * pairs) return 'utf-16be';
  return null;
}
