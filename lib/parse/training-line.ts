// A short training named as such ("Module « Paie et déclarations sociales »", "Formation gestes et
// postures (2 jours)", "Initiation à Excel"): neither a certificate nor the school of the diploma
// listed above it.
import { foldText } from './fold-text';

const TRAINING = /^(?:modules?|formations?|initiation|sensibilisation|atelier|stage|mooc|webinaire|cours|training|course|workshop)\b/;
/** What a training that leads to a certificate or a title says of itself. */
export const CERTIFICATE_WORD = /\b(?:certifi\w*|attestation|habilitation|carte|card|licen[cs]e|permis|brevet|titre|cqp|award|certificate|accreditation|agrement|qualification|ticket|passport)\b/;

export function isTrainingLine(text: string): boolean {
  const folded = foldText(text).trim().replace(/^[^a-z0-9]+/, '');
  return TRAINING.test(folded) && !CERTIFICATE_WORD.test(folded);
}
