import type { CvError } from '../errors';
import { en } from './en';
import { fr, type MessageKey } from './fr';

export type UiLanguage = 'fr' | 'en';
export type { MessageKey };

const catalogues: Record<UiLanguage, Record<MessageKey, string>> = { fr, en };

/** The message for `key` in `language`, with `{name}` placeholders filled from `params`. */
export function translate(language: UiLanguage, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[language][key] ?? fr[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function describeError(language: UiLanguage, error: Pick<CvError, 'code' | 'params'>): string {
  return translate(language, `error.${error.code}` as MessageKey, error.params);
}

export function describeWarning(language: UiLanguage, code: string, params: Record<string, string | number> = {}): string | null {
  const key = `warning.${code}` as MessageKey;
  return key in fr ? translate(language, key, params) : null;
}

export function pickUiLanguage(preferred: string | undefined): UiLanguage {
  return preferred?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
