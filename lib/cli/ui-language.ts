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

/** Why a referential path given on the command line cannot be used, in one sentence: the same
 *  words for `extract --taxonomy`, `match --taxonomy` and `taxonomy build --esco/--rome/--crosswalk`. */
export function referentialPathMessage(
  uiLanguage: UiLanguage,
  path: string,
  problem: string | Pick<ReferentialError, 'code' | 'problems'>,
  option = '--taxonomy',
): string {
  if (typeof problem !== 'string') {
    const reason = describeReferentialError(translatorFor(uiLanguage), problem);
    return uiLanguage === 'fr' ? `Le référentiel « ${path} » ne peut pas être chargé. ${reason}` : `The referential "${path}" cannot be loaded. ${reason}`;
  }
  if (problem === 'missing') {
    return uiLanguage === 'fr' ? `Référentiel introuvable : « ${path} ». Vérifiez le chemin donné à ${option}.` : `Referential not found: "${path}". Check the path given to ${option}.`;
  }
  if (problem === 'not-referential') {
    return uiLanguage === 'fr'
      ? `« ${path} » n'est ni un référentiel compilé (npm run taxonomy -- build) ni un dossier de fichiers CSV ESCO ou ROME.`
      : `"${path}" is neither a compiled referential (npm run taxonomy -- build) nor a folder of ESCO or ROME CSV files.`;
  }
  return uiLanguage === 'fr' ? `Le référentiel « ${path} » ne peut pas être chargé : ${problem}` : `The referential "${path}" cannot be loaded: ${problem}`;
}

/** An output file whose folder does not exist: said before any work is done. */
export function missingFolderMessage(uiLanguage: UiLanguage, folder: string, option: string): string {
  return uiLanguage === 'fr'
    ? `Le dossier « ${folder} » n'existe pas. Créez-le ou vérifiez le chemin donné à ${option}.`
    : `The folder "${folder}" does not exist. Create it or check the path given to ${option}.`;
}

/** --lang as users type it ("FR", " en "): lower-cased, trimmed. */
export function languageArgument(value: string | undefined): string | undefined {
  return value?.trim().toLowerCase();
}
