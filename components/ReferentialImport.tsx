import type { Translate } from './use-settings';

/** The referential in use; importing the official ESCO / ROME files comes with the linking work. */
export function ReferentialImport({ t }: { t: Translate }) {
  return <p>{t('options.referential.starter')}</p>;
}
