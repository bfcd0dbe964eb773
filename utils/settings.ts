// User settings: the only thing kept in storage.local. Never CV content.
import { browser } from 'wxt/browser';
import type { UiLanguage } from '../lib/i18n';

export interface Settings {
  uiLanguage: UiLanguage;
  /** "Accept all" takes suggestions at or above this confidence. */
  acceptThreshold: number;
  /** A tab's CV data is purged after this many minutes without activity. */
  retentionMinutes: number;
  /** Record which kinds of fields were filled, when and where (never the values). */
  auditTrail: boolean;
}

export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'fr', acceptThreshold: 0.8, retentionMinutes: 30, auditTrail: false };

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return { ...DEFAULT_SETTINGS, ...(stored[KEY] as Partial<Settings> | undefined) };
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}
