// The language of the CLIs' messages: CV_UI_LANG, else the locale (LANG=en_GB.UTF-8 for English),
// French by default like the extension. And the two referential messages every CLI prints the same.
import { ReferentialError, type ReferentialFileProblem } from '../errors';
import { describeIgnoredFiles, describeReferentialError, pickUiLanguage, translatorFor, type UiLanguage } from '../i18n';

export function cliUiLanguage(): UiLanguage {
  return pickUiLanguage(process.env.CV_UI_LANG ?? process.env.LC_ALL ?? process.env.LANG);
}

/** "Fichiers laissés de côté : …" on standard error, for an import that went on without them. */
export function reportIgnoredFiles(problems: ReferentialFileProblem[]): void {
  process.stderr.write(`${describeIgnoredFiles(translatorFor(cliUiLanguage()), problems)}\n`);
}

/** A failure's sentence: a referential error in the user's language, anything else as it says. */
export function cliErrorMessage(error: unknown): string {
  if (error instanceof ReferentialError) return describeReferentialError(translatorFor(cliUiLanguage()), error);
  return error instanceof Error ? error.message : String(error);
}
