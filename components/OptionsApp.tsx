import { useState } from 'preact/hooks';
import { writeSettings } from '../utils/settings';
import { useSettings } from './use-settings';

/** Settings: interface language and the "accept all" threshold. Saved in storage.local. */
export function OptionsApp() {
  const { settings, t } = useSettings();
  const [saved, setSaved] = useState(false);
  const save = async (patch: Partial<typeof settings>) => {
    await writeSettings({ ...settings, ...patch });
    setSaved(true);
  };
  return (
    <main class="review">
      <h1>{t('options.title')}</h1>
      <p>{t('options.privacy')}</p>
      <section aria-labelledby="options-general">
        <h2 id="options-general">{t('options.language')}</h2>
        <label for="ui-language">{t('options.language')}</label>{' '}
        <select id="ui-language" data-testid="ui-language" value={settings.uiLanguage}
          onChange={(event) => void save({ uiLanguage: (event.currentTarget as HTMLSelectElement).value === 'en' ? 'en' : 'fr' })}>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
        <p>
          <label for="threshold">{t('options.threshold')}</label>{' '}
          <input id="threshold" data-testid="threshold" type="number" min="0.3" max="1" step="0.05" value={settings.acceptThreshold}
            onChange={(event) => {
              const value = Number((event.currentTarget as HTMLInputElement).value);
              if (value >= 0.3 && value <= 1) void save({ acceptThreshold: value });
            }} />
        </p>
      </section>
      <section aria-labelledby="options-referential">
        <h2 id="options-referential">{t('options.referential')}</h2>
        <p>{t('options.referential.starter')}</p>
      </section>
      <p role="status" aria-live="polite">{saved ? t('options.saved') : ''}</p>
    </main>
  );
}
