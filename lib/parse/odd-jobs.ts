// Small jobs CVs list without an employer and often without dates: "Missions ponctuelles de
// baby-sitting", "Garde d'enfants", "Petits boulots", "Vendanges", "Odd jobs". They open like tasks
// ("Missions …") but name work that was done, so they are jobs.
import { foldText } from './fold-text';

const ODD_JOB = new RegExp(
  '^(?:' +
    [
      String.raw`missions?\s+(?:ponctuelles?|occasionnelles?|d'interim|en\s+interim|interim|freelance|de\s+baby-?sitting|de\s+garde)`,
      String.raw`baby-?sitting|garde\s+d'enfants?|petits?\s+boulots?|jobs?\s+(?:ponctuels?|occasionnels?|d'ete|etudiants?|saisonniers?)`,
      String.raw`extras?\s+(?:en|dans)\s|vendanges|cueillettes?\s|travaux\s+saisonniers|emplois?\s+saisonniers?`,
      String.raw`odd\s+jobs|casual\s+work|seasonal\s+work|bar\s+work|babysitting|dog\s+walking|private\s+tutoring`,
    ].join('|') +
    ')',
);

export function isOddJob(title: string): boolean {
  return ODD_JOB.test(foldText(title).trim());
}
