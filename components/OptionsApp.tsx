import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clearAudit, readAudit, type AuditEntry } from '../utils/audit-trail';
import { writeSettings, type Settings } from '../utils/settings';
import { disableSite, enableSite, injectIntoOpenTabs, originPattern, readEnabledSites, syncUserContentScripts } from '../utils/site-access';
import { ReferentialImport } from './ReferentialImport';
import { useSettings } from './use-settings';

/** Settings: language, threshold, sites, retention, audit trail, referential. storage.local only. */
export function OptionsApp() {
  const { settings, t } = useSettings();
  const [notice, setNotice] = useState('');
  const [sites, setSites] = useState<string[]>([]);
  const [siteInput, setSiteInput] = useState('');
  const [audit, setAudit] = useState<AuditEntry[]>([]);

  useEffect(() => {
    void readEnabledSites().then(setSites);
    void readAudit().then(setAudit);
  }, []);

  const save = async (patch: Partial<Settings>) => {
    await writeSettings({ ...settings, ...patch });
    setNotice(t('options.saved'));
  };

  const addSite = async (event: Event) => {
    event.preventDefault();
    const pattern = originPattern(siteInput.trim());
    if (!pattern) {
      setNotice(t('options.sites-invalid'));
      return;
    }
    // permissions.request must run in the click's user gesture: nothing awaited before it.
    if (!(await enableSite(pattern))) {
      setNotice(t('options.sites-refused'));
      return;
    }
    await syncUserContentScripts();
    await injectIntoOpenTabs(pattern);
    setSites(await readEnabledSites());
    setSiteInput('');
    setNotice(t('options.saved'));
  };

  return (
    <main class="review options">
      <h1>{t('options.title')}</h1>
      <p>
        {t('options.privacy')} <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener">{t('options.privacy-link')}</a>
      </p>

      <section aria-labelledby="options-general">
        <h2 id="options-general">{t('options.general')}</h2>
        <p>
          <label for="ui-language">{t('options.language')}</label>{' '}
          <select id="ui-language" data-testid="ui-language" value={settings.uiLanguage}
            onChange={(event) => void save({ uiLanguage: (event.currentTarget as HTMLSelectElement).value === 'en' ? 'en' : 'fr' })}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </p>
        <p>
          <label for="threshold">{t('options.threshold')}</label>{' '}
          <input id="threshold" data-testid="threshold" type="number" min="0.3" max="1" step="0.05" value={settings.acceptThreshold}
            onChange={(event) => {
              const value = Number((event.currentTarget as HTMLInputElement).value);
              if (value >= 0.3 && value <= 1) void save({ acceptThreshold: value });
            }} aria-describedby="threshold-help" />
        </p>
        <p id="threshold-help">{t('options.threshold-help')}</p>
      </section>

      <section aria-labelledby="options-sites">
        <h2 id="options-sites">{t('options.sites')}</h2>
        <p>{t('options.sites-help')}</p>
        <form onSubmit={(event) => void addSite(event)} class="inline-form">
          <label for="site-input">{t('options.sites-input')}</label>
          <input id="site-input" data-testid="site-input" type="url" value={siteInput} placeholder="https://"
            onInput={(event) => setSiteInput((event.currentTarget as HTMLInputElement).value)} />
          <button type="submit">{t('options.sites-add')}</button>
        </form>
        {sites.length === 0 ? <p class="empty">{t('options.sites-none')}</p> : (
          <ul>
            {sites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" onClick={() => void disableSite(site).then(syncUserContentScripts).then(readEnabledSites).then(setSites)}>
                  {t('options.sites-remove', { site })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="options-referential">
        <h2 id="options-referential">{t('options.referential')}</h2>
        <ReferentialImport t={t} language={settings.uiLanguage} />
      </section>

      <section aria-labelledby="options-data">
        <h2 id="options-data">{t('options.data')}</h2>
        <p>
          <label for="retention">{t('options.retention')}</label>{' '}
          <input id="retention" data-testid="retention" type="number" min="1" max="480" step="1" value={settings.retentionMinutes}
            onChange={(event) => {
              const value = Math.round(Number((event.currentTarget as HTMLInputElement).value));
              if (value >= 1 && value <= 480) void save({ retentionMinutes: value });
            }} />
        </p>
        <p>
          <input id="audit" data-testid="audit" type="checkbox" checked={settings.auditTrail}
            onChange={(event) => void save({ auditTrail: (event.currentTarget as HTMLInputElement).checked })} />{' '}
          <label for="audit">{t('options.audit')}</label>
        </p>
        {settings.auditTrail && (audit.length === 0 ? <p class="empty">{t('options.audit-empty')}</p> : (
          <>
            <ul class="audit">
              {audit.slice(-50).reverse().map((entry) => (
                <li key={entry.at}>{t('options.audit-entry', { at: new Date(entry.at).toLocaleString(settings.uiLanguage), site: entry.site, fields: entry.fields.join(', ') })}</li>
              ))}
            </ul>
            <button type="button" onClick={() => void clearAudit().then(() => setAudit([]))}>{t('options.audit-clear')}</button>
          </>
        ))}
      </section>
      <p role="status" aria-live="polite" data-testid="options-status">{notice}</p>
    </main>
  );
}
