/** True under Node (the CLI, tests, benchmarks); false in the extension. */
export function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string' && typeof window === 'undefined';
}
