// The review screen's keyboard: Ctrl+Enter fills; outside a text box, "/" goes to the skill search,
// A and R accept or reject the focused row, J and K move to the next or previous row.
export function reviewShortcuts(fill: () => Promise<void>): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.ctrlKey && event.key === 'Enter') {
      event.preventDefault();
      void fill();
      return;
    }
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || target.matches('input, select, textarea')) return;
    if (event.key === '/') {
      // "/" to search, as on most sites: the skill search, to add what the CV does not say.
      event.preventDefault();
      document.getElementById('add-skill')?.focus();
      return;
    }
    const row = target.closest<HTMLElement>('.suggestion');
    const rows = [...document.querySelectorAll<HTMLElement>('.suggestion')];
    const key = event.key.toLowerCase();
    if (row && (key === 'a' || key === 'r')) {
      event.preventDefault();
      row.querySelector<HTMLButtonElement>(key === 'a' ? '[data-testid="accept"]' : '[data-testid="reject"]')?.click();
    } else if (key === 'j' || key === 'k') {
      event.preventDefault();
      const index = row ? rows.indexOf(row) : -1;
      const next = rows[Math.min(rows.length - 1, Math.max(0, index + (key === 'j' ? 1 : -1)))];
      // A concept the counsellor added has no accept button: its own button takes the focus.
      next?.querySelector<HTMLButtonElement>('[data-testid="accept"], button')?.focus();
    }
  };
}
