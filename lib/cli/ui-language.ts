// The language of the CLIs' messages: CV_UI_LANG, else the locale (LANG=en_GB.UTF-8 for English),
// French by default like the extension.
import { pickUiLanguage, type UiLanguage } from '../i18n';

export function cliUiLanguage(): UiLanguage {
  return pickUiLanguage(process.env.CV_UI_LANG ?? process.env.LC_ALL ?? process.env.LANG);
}
