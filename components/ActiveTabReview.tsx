import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReviewApp } from './ReviewApp';

/** The review screen for the active tab: popup and side panel (which follows tab switches). */
export function ActiveTabReview({ follow }: { follow: boolean }) {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    const update = () =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    update();
    if (!follow) return undefined;
    const onActivated = () => update();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [follow]);
  // A new screen per tab: what one page did not take is not shown for another.
  return <ReviewApp key={tabId ?? 'none'} tabId={tabId} />;
}
