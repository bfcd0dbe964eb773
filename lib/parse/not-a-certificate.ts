// What a certifications list holds that is no certificate: a list of software ("Pack Office (Word,
// Excel), SAP, Sage 100"), a skill one was trained in ("Formée à la gestion des plannings"), a
// training or a module ("Module « Paie »", "Formation gestes et postures (2 jours)"), and under a
// mixed heading ("Compétences / Certifications") any skill that does not call itself a certificate;
// and a background check or a medical fitness ("Enhanced DBS check", "Aptitude médicale PNC").
import { foldText } from './fold-text';
import { CERTIFICATE_WORD, isTrainingLine } from './training-line';

/** "Formée à", "Initié aux", "Trained in": a skill learnt, not a certificate held. */
const TRAINED_IN = /^(?:formee?s?|initiee?s?|sensibilisee?s?|trained|experienced)\s+(?:a|aux|au|en|in|on|to|with)\b/;
/** "Logiciels : Netsoins, Titan", "IT skills: Excel": tools under a label of their own. */
const LABELLED_TOOLS = /^(?:logiciels?|outils?|informatique|bureautique|software|it\s+skills|tools)\s*:/;
/** Software and office tools, which CVs list among certificates. */
const SOFTWARE = /\b(?:pack office|office|excel|word|powerpoint|outlook|sap|sage|ciel|ebp|cegid|windows|linux|photoshop|autocad|canva|logiciels?|software)\b/;
const SOFTWARE_ALONE = new RegExp(String.raw`^(?:${SOFTWARE.source.replace(/\\b/g, '')})(?:\s+[\d.]+)?$`);
/** A background check or a medical fitness: what an employer verifies, no qualification held
 *  ("Enhanced DBS check", "casier judiciaire vierge", "ENG1 seafarer medical", "Aptitude médicale
 *  PNC valable"). */
const CHECK_OR_FITNESS =
  /\b(?:(?:basic|standard|enhanced)\s+)?dbs\b|\bdisclosure scotland\b|\bpvg (?:scheme|membership)\b|\bcriminal record\b|\bcasier judiciaire\b|\bbackground check|\beng ?1\b|\bseafarer'?s? medical\b|\bmedical fitness\b|\bfit(?:ness)? (?:for|to) work\b|\baptitude medicale\b|\bvisite medicale\b|\bcertificat medical\b/;
/** A heading that puts skills and certificates in one list. */
const MIXED_HEADING = /\b(?:competences?|skills?|savoir|outils?|logiciels?|informatique|aptitudes?|atouts?)\b/;

export function isNotACertificate(item: string, heading: string | null): boolean {
  const text = foldText(item).trim();
  const calledCertificate = CERTIFICATE_WORD.test(text);
  if (TRAINED_IN.test(text) || LABELLED_TOOLS.test(text)) return true;
  if (CHECK_OR_FITNESS.test(text)) return true;
  // "Bientraitance – module de 14 h", "Incendie (7 h)": a training told by its length.
  if (!calledCertificate && (/\bmodules?\b/.test(text) || /\b\d+\s*(?:h|heures?|jours?|hours?|days?)\b/.test(text))) return true;
  if (isTrainingLine(item)) return true;
  // Commas outside brackets separate the tools of a list; each names a tool, maybe its version.
  const listed = text.replace(/\([^()]*\)/g, '').split(/\s*,\s*|\s+(?:et|and)\s+/).filter(Boolean);
  if (listed.length >= 2 && listed.every((tool) => SOFTWARE_ALONE.test(tool)) && !calledCertificate) return true;
  // Under "Compétences / Certifications" a certificate says it is one, is dated, or goes by its acronym.
  if (heading && MIXED_HEADING.test(foldText(heading))) {
    const dated = /\b(?:19|20)\d{2}\b/.test(text);
    const acronym = /(?<![\p{L}])\p{Lu}{2,}\d*(?![\p{L}])/u.test(item);
    return !calledCertificate && !dated && !acronym;
  }
  return false;
}
