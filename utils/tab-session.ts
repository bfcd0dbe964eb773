// What the extension knows about the CV read in one tab. It lives in storage.session (memory only,
// gone at browser restart, never written to disk) under one key per tab, and is removed when the
// tab closes or the user clears it.
import { browser } from 'wxt/browser';
import type { CvErrorCode } from '../lib/errors';
import type { CvProfile, Progress } from '../lib/types';
import type { PlanPart } from './frame-shares';

interface SessionBase {
  fileName: string;
  runId: string;
  /** Last activity (reading, review, fill), for the idle purge. */
  updatedAt: number;
}

export type TabSession =
  | (SessionBase & { state: 'reading'; progress?: Progress })
  | (SessionBase & { state: 'ready'; profile: CvProfile })
  | (SessionBase & { state: 'error'; code: CvErrorCode; params: Record<string, string | number> });

export const sessionKey = (tabId: number) => `tab:${tabId}`;
export const decisionsKey = (tabId: number) => `decisions:${tabId}`;
/** The frames that filled the tab's form since the last undo: where the undo goes. */
export const filledFramesKey = (tabId: number) => `filled-frames:${tabId}`;

/** A frame that took a fill, by id and by the origin its document had then. */
export interface FilledFrame {
  frameId: number;
  origin: string;
  /** The parts of the plan this frame holds (a profile split across frames): the next fill of
   *  them goes back to it. Absent in records written before parts were. */
  parts?: PlanPart[];
}

export async function readFilledFrames(tabId: number): Promise<FilledFrame[]> {
  const key = filledFramesKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as FilledFrame[] | undefined) ?? [];
}

export async function writeFilledFrames(tabId: number, frames: FilledFrame[]): Promise<void> {
  if (frames.length === 0) await browser.storage.session.remove(filledFramesKey(tabId));
  else await browser.storage.session.set({ [filledFramesKey(tabId)]: frames });
}

export async function readTabSession(tabId: number): Promise<TabSession | null> {
  const key = sessionKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabSession | undefined) ?? null;
}

export async function writeTabSession(tabId: number, session: TabSession): Promise<void> {
  await browser.storage.session.set({ [sessionKey(tabId)]: session });
}

/** Activity on the tab's CV (a decision, a fill): the idle purge counts from now. */
export async function touchTabSession(tabId: number): Promise<void> {
  const session = await readTabSession(tabId);
  if (session) await writeTabSession(tabId, { ...session, updatedAt: Date.now() });
}

/** Another CV in the tab: a new review. The decisions taken on the previous CV (by row number, and
 *  the concepts the counsellor added for that person) are dropped, even with no review screen open. */
export async function beginTabSession(tabId: number, session: TabSession): Promise<void> {
  await browser.storage.session.remove(decisionsKey(tabId));
  await writeTabSession(tabId, session);
}

export async function clearTabSession(tabId: number): Promise<void> {
  await browser.storage.session.remove([sessionKey(tabId), decisionsKey(tabId), filledFramesKey(tabId)]);
}

/** Removes every tab's CV data whose last activity is older than `maxAgeMs`. Returns those tabs. */
export async function purgeIdleSessions(maxAgeMs: number, now = Date.now()): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  const purged: number[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith('tab:')) continue;
    const session = value as TabSession;
    if (now - session.updatedAt > maxAgeMs) {
      const tabId = Number(key.slice(4));
      await clearTabSession(tabId);
      purged.push(tabId);
    }
  }
  return purged;
}

export async function hasAnySession(): Promise<boolean> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all).some((key) => key.startsWith('tab:'));
}
