import { demoSite } from './demo-site';
import type { SiteAdapter } from './site-adapter';

export type { AdapterGroup, SiteAdapter } from './site-adapter';

/** Every known site, one file each. The first that matches the page adds its knowledge. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [demoSite];

export function adapterFor(page: Document, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): SiteAdapter | null {
  for (const adapter of adapters) {
    try {
      if (adapter.matches(page)) return adapter;
    } catch {
      // a broken adapter never stops the generic fill
    }
  }
  return null;
}
