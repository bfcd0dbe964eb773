import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translate, type Translator } from '../lib/i18n';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../utils/settings';

export type Translate = Translator;

/** Settings, live, and the translation function for the chosen interface language. */
export function useSettings(): { settings: Settings; t: Translate } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void readSettings().then(setSettings);
    const listener = (_changes: unknown, area: string) => {
      if (area === 'local') void readSettings().then(setSettings);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  useEffect(() => {
    document.documentElement.lang = settings.uiLanguage;
  }, [settings.uiLanguage]);
  return { settings, t: (key, params) => translate(settings.uiLanguage, key, params) };
}
