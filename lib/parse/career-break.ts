// A career break written among the jobs ("Congé parental (2019 – 2021)", "Année sabbatique – tour
// du monde", "Career break – caring for a relative", "Période de recherche d'emploi") explains a
// gap; it is no job, so it is neither an experience nor the job title. Read from the start of the
// title only: "Conseillère en recherche d'emploi" and "Gestionnaire congés" are jobs.
import { foldText } from './fold-text';

const BREAK_TITLE = new RegExp(
  '^(?:' +
    [
      // French
      String.raw`conges?(?:\s|$)`,
      String.raw`(?:annee\s+)?sabbatique`,
      String.raw`annee\s+de\s+cesure|cesure`,
      String.raw`(?:mise\s+en\s+|en\s+)?disponibilite`,
      String.raw`(?:periode\s+(?:de|d')\s*)?(?:recherche\s+d'emploi|chomage|inactivite)`,
      String.raw`en\s+recherche\s+d'emploi|demandeu(?:r|se)\s+d'emploi|sans\s+emploi`,
      String.raw`arret\s+(?:maladie|de\s+travail)|convalescence|pause\s+(?:professionnelle|de\s+carriere|carriere)`,
      String.raw`(?:mere|pere|parent|femme|homme)\s+au\s+foyer`,
      String.raw`aidante?\s+familia(?:l|le)|proche\s+aidante?`,
      String.raw`voyages?(?:\s+(?:personnels?|en|au|aux|a)\b|$)|tour\s+du\s+monde`,
      // English
      String.raw`career\s+(?:break|gap)|sabbatical|gap\s+year`,
      String.raw`(?:parental|maternity|paternity|family|carer'?s?|shared\s+parental)\s+leave`,
      String.raw`(?:full[- ]time|stay[- ]at[- ]home)\s+(?:parent|mum|mom|mother|dad|father|carer)`,
      // "Travelling in South America", not "Travelling sales representative" (a job).
      String.raw`caring\s+for\b|job\s+search(?:ing)?|unemployed|travell?ing(?:\s+(?:in|around|across|through|abroad|the\s+world|overseas)\b|$)`,
    ].join('|') +
    ')',
);

export function isCareerBreak(title: string): boolean {
  return BREAK_TITLE.test(foldText(title).trim());
}
