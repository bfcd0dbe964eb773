// Forgetting a tab's CV: when the tab closes, when the user clears it, and when it has been idle
// longer than the retention setting (checked by an alarm). The session, the decisions and the bytes
// the engine holds all go; with no CV left anywhere, the engine's document too.
import { closeEngineIfIdle, forgetInEngine } from './offscreen-engine';
import { readSettings } from './settings';
import { clearTabSession, purgeIdleSessions } from './tab-session';

/** Everything about one tab's CV: the session, the decisions and the bytes held by the engine. */
export async function forget(tabId: number): Promise<void> {
  await clearTabSession(tabId);
  await forgetInEngine(tabId);
  await closeEngineIfIdle();
}

/** Every tab idle for longer than the retention the user chose. */
export async function purgeIdle(): Promise<void> {
  const { retentionMinutes } = await readSettings();
  for (const tabId of await purgeIdleSessions(retentionMinutes * 60_000)) await forgetInEngine(tabId);
  await closeEngineIfIdle();
}
