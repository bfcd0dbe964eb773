/**
 * Lets the page react to what the fill just did (re-render, add a chip, add an entry) before the
 * next step. Frameworks render in microtasks (Preact, Vue) or message-channel tasks (React), so
 * yielding through a MessageChannel until `ms` have passed lets them run, and, unlike setTimeout,
 * is not slowed to one tick a second when the page is in a background tab behind the review tab.
 */
export function settlePage(ms = 30): Promise<void> {
  const start = now();
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, ms);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (now() - start >= ms) {
        channel.port1.close();
        resolve();
      } else {
        channel.port2.postMessage(null);
      }
    };
    channel.port2.postMessage(null);
  });
}

/** Waits long enough for a page that re-renders on a timer to have done so at least once. */
export function waitForRerender(ms = 650): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
