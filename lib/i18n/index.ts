import type { CvError, ReferentialError, ReferentialFileProblem } from '../errors';
import { en } from './en';
import { fr, type MessageKey } from './fr';

export type UiLanguage = 'fr' | 'en';
export type { MessageKey };

const catalogues: Record<UiLanguage, Record<MessageKey, string>> = { fr, en };

/** `{count, plural, one {# proposition} other {# propositions}}`: the ICU plural form, without the
 *  rest of ICU (whose apostrophe quoting would fight French text). `#` is the number. */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=?\w+)\s*\{([^{}]*)\}/g;

/** The message for `key` in `language`, with `{name}` placeholders filled from `params` and plural
 *  forms chosen by the language's rules (French says "0 proposition", English "0 suggestions"). */
export function translate(language: UiLanguage, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[language][key] ?? fr[key];
  const plurals = new Intl.PluralRules(language);
  return template
    .replace(PLURAL, (whole, name: string, forms: string) => {
      const count = Number(params[name]);
      if (!(name in params) || !Number.isFinite(count)) return whole;
      const byCategory = new Map([...forms.matchAll(PLURAL_FORM)].map((form) => [form[1]!, form[2]!]));
      const form = byCategory.get(`=${count}`) ?? byCategory.get(plurals.select(count)) ?? byCategory.get('other') ?? '';
      return form.replace(/#/g, String(params[name]));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The file types the reader names but cannot read, grouped by what the user should do. */
const UNSUPPORTED_FAMILY: Record<string, string> = {
  doc: 'old-word', heic: 'heic', tiff: 'tiff', zip: 'archive', iwork: 'apple',
  xls: 'spreadsheet', xlsx: 'spreadsheet', ods: 'spreadsheet',
  ppt: 'slides', pptx: 'slides', odp: 'slides',
};

export function describeError(language: UiLanguage, error: Pick<CvError, 'code' | 'params'>): string {
  // An old .doc, a spreadsheet, an iPhone photo: the message says how to get a file we can read.
  const family = error.code === 'unsupported-type' ? UNSUPPORTED_FAMILY[String(error.params.type)] : undefined;
  if (family) return translate(language, `error.unsupported-type.${family}` as MessageKey, error.params);
  // A document refused as not a CV says what it looks like instead ("une facture", "une lettre").
  const kind = `document-kind.${error.params.kind}`;
  const params = error.code === 'not-a-cv' ? { ...error.params, what: translate(language, (kind in fr ? kind : 'document-kind.other') as MessageKey) } : error.params;
  return translate(language, `error.${error.code}` as MessageKey, params);
}

export function describeWarning(language: UiLanguage, code: string, params: Record<string, string | number> = {}): string | null {
  const key = `warning.${code}` as MessageKey;
  if (!(key in fr)) return null;
  const sentence = translate(language, key, params);
  // A number the reader did not give ("{maxPages}") is never shown: the caller falls back to the
  // engine's own message.
  return /\{\w+[,}]/.test(sentence) ? null : sentence;
}

export function pickUiLanguage(preferred: string | undefined): UiLanguage {
  return preferred?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** `translate` bound to one language, or a screen's own translate function. */
export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translatorFor(language: UiLanguage): Translator {
  return (key, params) => translate(language, key, params);
}

/** The sentence for one referential file that gave nothing. */
export function describeReferentialProblem(t: Translator, problem: ReferentialFileProblem): string {
  return t(`referential.problem.${problem.problem}` as MessageKey, { file: problem.file, columns: problem.columns ?? '', sizeMb: problem.sizeMb ?? '', maxMb: problem.maxMb ?? '' });
}

export function describeReferentialError(t: Translator, error: Pick<ReferentialError, 'code' | 'problems'>): string {
  const problems = error.problems.map((problem) => describeReferentialProblem(t, problem)).join(' ');
  return t(`referential.error.${error.code}` as MessageKey, { problems });
}

/** "Files left out: …", for an import that went on without some of the chosen files. */
export function describeIgnoredFiles(t: Translator, problems: ReferentialFileProblem[]): string {
  return t('referential.ignored', { problems: problems.map((problem) => describeReferentialProblem(t, problem)).join(' ') });
}
