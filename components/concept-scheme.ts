/** "ESCO" or "ROME", from the concept's own identifier. */
export function conceptScheme(id: string): string {
  return id.includes('data.europa.eu/esco') ? 'ESCO' : /^\d+$/.test(id) ? 'ROME' : '';
}
