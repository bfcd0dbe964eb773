// Every demo page publishes its own state as `window.__formState()`, a deep copy, so end-to-end
// tests can check that a filled value reached the page's JavaScript state and not only the DOM.

export function exposeFormState(readState: () => unknown): void {
  Reflect.set(window, '__formState', () => structuredClone(readState()));
}
