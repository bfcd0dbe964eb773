import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Decisions } from '../lib/fill/build-fill-plan';
import { decisionsKey, sessionKey, type TabSession } from '../utils/tab-session';

/** The CV session of one tab and the user's decisions on it, live from storage.session. */
export function useTabSession(tabId: number | null): {
  session: TabSession | null;
  decisions: Decisions;
  setDecisions: (next: Decisions) => void;
} {
  const [session, setSession] = useState<TabSession | null>(null);
  const [decisions, setDecisionsState] = useState<Decisions>({});

  useEffect(() => {
    if (tabId === null) return undefined;
    const keys = [sessionKey(tabId), decisionsKey(tabId)];
    const load = async () => {
      const stored = await browser.storage.session.get(keys);
      setSession((stored[keys[0]!] as TabSession | undefined) ?? null);
      setDecisionsState((stored[keys[1]!] as Decisions | undefined) ?? {});
    };
    void load();
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      if (keys[0]! in changes) {
        const next = (changes[keys[0]!]!.newValue as TabSession | undefined) ?? null;
        setSession((previous) => {
          // A new CV starts a new review: earlier decisions do not apply to it.
          if (next && previous && next.runId !== previous.runId) setDecisionsState({});
          return next;
        });
      }
      if (keys[1]! in changes) setDecisionsState((changes[keys[1]!]!.newValue as Decisions | undefined) ?? {});
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [tabId]);

  const setDecisions = (next: Decisions) => {
    setDecisionsState(next);
    if (tabId === null) return;
    void browser.storage.session.set({ [decisionsKey(tabId)]: next });
    // Reviewing is activity: the idle purge counts from the last decision.
    void browser.runtime.sendMessage({ target: 'background', type: 'touch', tabId }).catch(() => undefined);
  };
  return { session, decisions, setDecisions };
}
