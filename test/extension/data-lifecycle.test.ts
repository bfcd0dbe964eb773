import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditEntry, appendAudit, readAudit } from '../../utils/audit-trail';
import { originPattern } from '../../utils/site-access';
import { clearTabSession, purgeIdleSessions, readTabSession, writeTabSession, decisionsKey } from '../../utils/tab-session';

const ready = (updatedAt: number) => ({
  state: 'error' as const, fileName: 'cv.pdf', runId: 'r1', code: 'no-text' as const, params: {}, updatedAt,
});

describe('CV data lifecycle', () => {
  beforeEach(() => fakeBrowser.reset());

  it('purges only the tabs idle for longer than the retention', async () => {
    const now = Date.now();
    await writeTabSession(1, ready(now - 31 * 60_000));
    await writeTabSession(2, ready(now - 5 * 60_000));
    await fakeBrowser.storage.session.set({ [decisionsKey(1)]: { 'field:email': { status: 'accepted' } } });
    expect(await purgeIdleSessions(30 * 60_000, now)).toEqual([1]);
    expect(await readTabSession(1)).toBeNull();
    expect(await readTabSession(2)).not.toBeNull();
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tab:2']);
  });

  it('clearing a tab removes its suggestions and decisions', async () => {
    await writeTabSession(7, ready(Date.now()));
    await fakeBrowser.storage.session.set({ [decisionsKey(7)]: {} });
    await clearTabSession(7);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('audit trail', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records kinds of fields, never values', async () => {
    const entry = auditEntry('http://127.0.0.1:4321', ['email', 'skills:Excel', 'skills:SAP', 'drivingLicence:B'], new Date('2026-11-29T10:00:00Z'));
    expect(entry).toEqual({ at: '2026-11-29T10:00:00.000Z', site: 'http://127.0.0.1:4321', fields: ['email', 'skills', 'drivingLicence'] });
    await appendAudit(entry);
    expect(JSON.stringify(await readAudit())).not.toContain('Excel');
  });
});

describe('originPattern', () => {
  it('turns an address into one origin pattern, never a wildcard host', () => {
    expect(originPattern('https://candidat.example.fr/profil?x=1')).toBe('https://candidat.example.fr/*');
    expect(originPattern('candidat.example.fr')).toBe('https://candidat.example.fr/*');
    expect(originPattern('http://localhost:8080/a')).toBe('http://localhost:8080/*');
    expect(originPattern('ftp://example.fr')).toBeNull();
    expect(originPattern('https://*.example.fr')).toBeNull();
    expect(originPattern('not a url at all')).toBeNull();
  });
});
