// A CV handed over for a tab (by its page or the review screen) is read by the engine; the tab's
// session in storage.session says "reading" with its progress, then holds the profile or the error.
// Each reading is a run: a newer CV, or the tab's data cleared meanwhile, makes an older run's
// result land nowhere.
import type { Progress } from '../lib/types';
import type { BackgroundMessage, CvFilePayload, ExtractResponse } from './messages';
import { extractInEngine } from './offscreen-engine';
import { beginTabSession, readTabSession, writeTabSession } from './tab-session';
import { tooLargeSizes } from '../lib/limits';

/** A CV too large is refused at once; another is read without holding up the sender's answer. */
export async function handleCv(message: Extract<BackgroundMessage, { type: 'cv-file' | 'cv-too-large' }>, tabId: number): Promise<unknown> {
  if (message.type === 'cv-too-large') {
    await beginTabSession(tabId, {
      state: 'error', fileName: message.name, runId: newRunId(), code: 'too-large',
      params: tooLargeSizes(message.size), updatedAt: Date.now(),
    });
    return { ok: true };
  }
  void readCv(tabId, message.file);
  return { ok: true };
}

/** The engine's progress on a run still current: shown on the review screen. */
export async function recordProgress(tabId: number, runId: string, progress: Progress): Promise<void> {
  const session = await readTabSession(tabId);
  if (session?.state === 'reading' && session.runId === runId) {
    await writeTabSession(tabId, { ...session, progress, updatedAt: Date.now() });
  }
}

async function readCv(tabId: number, file: CvFilePayload): Promise<void> {
  const runId = newRunId();
  await beginTabSession(tabId, { state: 'reading', fileName: file.name, runId, updatedAt: Date.now() });
  let response: ExtractResponse;
  try {
    response = await extractInEngine(tabId, runId, file, (progress) => void recordProgress(tabId, runId, progress));
  } catch (error) {
    console.error(error);
    response = { ok: false, code: 'internal', params: {} };
  }
  const current = await readTabSession(tabId);
  if (!current || current.runId !== runId) return; // replaced by a newer CV, or cleared meanwhile
  if (response.ok) {
    await writeTabSession(tabId, { state: 'ready', fileName: file.name, runId, profile: response.profile, updatedAt: Date.now() });
  } else {
    await writeTabSession(tabId, { state: 'error', fileName: file.name, runId, code: response.code, params: response.params, updatedAt: Date.now() });
  }
}

function newRunId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
