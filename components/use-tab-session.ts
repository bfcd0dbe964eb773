import { useEffect, useRef, useState } from 'preact/hooks';
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
  /** Our own writes not yet echoed back by storage.onChanged, in order. Their echo is stale by the
   *  time it arrives when the person types fast: applying it would undo the keys typed since. */
  const unechoed = useRef<string[]>([]);

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
      if (keys[1]! in changes) {
        const next = (changes[keys[1]!]!.newValue as Decisions | undefined) ?? {};
        const echo = unechoed.current.indexOf(JSON.stringify(next));
        if (echo >= 0) {
          unechoed.current = unechoed.current.slice(echo + 1);
          return;
        }
        // Written elsewhere (another review screen, a new CV dropping them): that is the truth now.
        unechoed.current = [];
        setDecisionsState(next);
      }
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [tabId]);

  const setDecisions = (next: Decisions) => {
    setDecisionsState(next);
    if (tabId === null) return;
    unechoed.current.push(JSON.stringify(next));
    void browser.storage.session.set({ [decisionsKey(tabId)]: next });
    // Reviewing is activity: the idle purge counts from the last decision.
    void browser.runtime.sendMessage({ target: 'background', type: 'touch', tabId }).catch(() => undefined);
  };
  return { session, decisions, setDecisions };
}
