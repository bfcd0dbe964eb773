// The optional audit trail: which kinds of fields were filled, when, on which site. Never a value:
// "skills:Excel" is recorded as "skills".
import { browser } from 'wxt/browser';

export interface AuditEntry {
  at: string;
  site: string;
  fields: string[];
}

const KEY = 'auditTrail';
const MAX_ENTRIES = 500;

export function auditEntry(site: string, filled: string[], at = new Date()): AuditEntry {
  const kinds = [...new Set(filled.map((target) => target.split(':')[0]!))];
  return { at: at.toISOString(), site, fields: kinds };
}

export async function appendAudit(entry: AuditEntry): Promise<void> {
  const stored = await browser.storage.local.get(KEY);
  const entries = ((stored[KEY] as AuditEntry[] | undefined) ?? []).concat(entry).slice(-MAX_ENTRIES);
  await browser.storage.local.set({ [KEY]: entries });
}

export async function readAudit(): Promise<AuditEntry[]> {
  const stored = await browser.storage.local.get(KEY);
  return (stored[KEY] as AuditEntry[] | undefined) ?? [];
}

export async function clearAudit(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
