// What the extension knows about the CV read in one tab. It lives in storage.session (memory only,
// gone at browser restart, never written to disk) under one key per tab, and is removed when the
// tab closes or the user clears it.
import { browser } from 'wxt/browser';
import type { CvErrorCode } from '../lib/errors';
import type { CvProfile, Progress } from '../lib/types';

export type TabSession =
  | { state: 'reading'; fileName: string; runId: string; progress?: Progress; updatedAt: number }
  | { state: 'ready'; fileName: string; runId: string; profile: CvProfile; updatedAt: number }
  | { state: 'error'; fileName: string; runId: string; code: CvErrorCode; params: Record<string, string | number>; updatedAt: number };

export const sessionKey = (tabId: number) => `tab:${tabId}`;
export const decisionsKey = (tabId: number) => `decisions:${tabId}`;

export async function readTabSession(tabId: number): Promise<TabSession | null> {
  const key = sessionKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabSession | undefined) ?? null;
}

export async function writeTabSession(tabId: number, session: TabSession): Promise<void> {
  await browser.storage.session.set({ [sessionKey(tabId)]: session });
}

export async function clearTabSession(tabId: number): Promise<void> {
  await browser.storage.session.remove([sessionKey(tabId), decisionsKey(tabId)]);
}
