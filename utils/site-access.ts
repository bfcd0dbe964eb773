// Where the extension may run: the demo and QA hosts always, and the sites the user enabled on the
// options page (optional host permissions asked at run time, never <all_urls>).
import { browser } from 'wxt/browser';

export const ALWAYS_ENABLED = ['http://localhost/*', 'http://127.0.0.1/*'];
const USER_SCRIPT_ID = 'cv-profile-user-sites';
const SITES_KEY = 'enabledSites';

/** "https://candidat.example.fr/profil" → "https://candidat.example.fr/*"; null if not a web origin. */
export function originPattern(input: string): string | null {
  try {
    const url = new URL(input.includes('://') ? input : `https://${input}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname || url.hostname.includes('*')) return null;
    return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}/*`;
  } catch {
    return null;
  }
}

export async function readEnabledSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(SITES_KEY);
  return (stored[SITES_KEY] as string[] | undefined) ?? [];
}

/** Is the extension allowed to read CVs from and fill this page? */
export async function isEnabledUrl(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'http:' && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1')) return true;
  const pattern = originPattern(url);
  if (!pattern || !(await readEnabledSites()).includes(pattern)) return false;
  return browser.permissions.contains({ origins: [pattern] });
}

/** Registers the content script on the enabled sites the user still grants access to. */
export async function syncUserContentScripts(): Promise<void> {
  const sites = await readEnabledSites();
  const granted: string[] = [];
  for (const site of sites) if (await browser.permissions.contains({ origins: [site] })) granted.push(site);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SCRIPT_ID] }).catch(() => []);
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [USER_SCRIPT_ID] });
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: USER_SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle', allFrames: true, persistAcrossSessions: true },
  ]);
}

/**
 * Tabs already open on a site just enabled get the content script now: the counsellor enabling the
 * page in front of them should not have to reload it and lose what was typed. Returns how many
 * tabs took it; a tab that closed meanwhile or a page the browser protects is passed over.
 */
export async function injectIntoOpenTabs(pattern: string): Promise<number> {
  const tabs = await browser.tabs.query({ url: pattern }).catch(() => []);
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['/content-scripts/content.js'] });
      injected += 1;
    } catch {
      // closed, discarded or protected: it gets the script when it loads again
    }
  }
  return injected;
}

/** Called from the options page (a user gesture): asks the browser, then remembers the site. */
export async function enableSite(pattern: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const sites = await readEnabledSites();
  if (!sites.includes(pattern)) await browser.storage.local.set({ [SITES_KEY]: [...sites, pattern] });
  return true;
}

export async function disableSite(pattern: string): Promise<void> {
  const sites = (await readEnabledSites()).filter((site) => site !== pattern);
  await browser.storage.local.set({ [SITES_KEY]: sites });
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
