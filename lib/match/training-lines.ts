// Lines of an education or licences section that attest a skill: a short training or a certificate
// ("Formation hygiène alimentaire HACCP (14 h)", "CACES R489 cat. 3", "SST, 2024", "Level 2 Award in
// Food Allergen Awareness") says what the person was trained to do. A degree's title ("BTS Commerce
// international", "CAP Maçon", "BSc Computer Science") names a course or a trade, not a list of
// skills ("Brevet" is not a patent), and a school's or a town's line names a place.

/** Dates before the title ("2016 : ", "2014–2016 ", "Sept. 2021 – juin 2023 ") and a lead that
 *  only says the line is a course ("Formation : ", "Diplôme obtenu : "). */
const LEAD =
  /^(?:[\s\d/.,:;–—()-]|(?:janv(?:ier)?|f[ée]v(?:r(?:ier)?)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|october|november|december)\.?(?![\p{L}])|(?:formations?(?:\s+(?:initiale|dipl[oô]mante|continue))?|dipl[oô]mes?(?:\s+obtenus?)?|education|qualifications?)\s*:)+/iu;
/** A degree, diploma or national title by its acronym, in capitals ("Ma formation" is no MA). */
const DEGREE_ACRONYM =
  /^(?:CAP|BEP|BEPC|BTSA?|BUT|DUT|DEUG|DEUST|DCG|DSCG|BP|BMA|MC|CQP|TP|DE[A-Z]{1,5}|DU|DIU|BA|BSc|BEng|MA|MSc|MEng|MBA|PhD|HND|HNC|NVQ|SVQ|BTEC|GCSEs?)(?![\p{L}\d])/u;
/** A degree, diploma or national title by its name. */
const DEGREE_NAME =
  /^(?:bac(?:calaur[ée]at)?|brevet|licence|master|mast[eè]re|doctorat|dipl[oô]me|titre\s+(?:professionnel|rncp)|curso|diploma|degree|a[\s-]levels?|as[\s-]levels?|highers|t[\s-]level|(?:level|niveau)\s+\d\s+(?:diploma|extended\s+diploma|apprenticeship)|apprenticeship|foundation\s+degree|access\s+to\s+he)(?![\p{L}\d])/iu;

/** The line names where the course took place, not what was learnt. */
const SCHOOL =
  /(?<![\p{L}\d])(?:lyc[ée]e|coll[èe]ge|college|school|academy|universit[éy]|university|facult[ée]|iut|ifsi|ifas|greta|afpa|cfa|cnam|irts|institut|institute|[ée]cole|escola|centre\s+de\s+formation|organisme|campus|polytech)(?![\p{L}\d])/iu;

/** "Permis B – véhiculé", "B C CE C1", "Full UK driving licence": a driving licence is a field of
 *  its own (parse stage), not a skill to spot. */
const DRIVING_LICENCE = /^(?:permis\s+(?:de\s+conduire|[A-E]\d?E?(?=$|[\s,+/()–—-])|poids|cat)|driving\s+licen[cs]e|full\s+(?:uk\s+)?(?:driving\s+)?licen[cs]e|licen[cs]e\s+(?:cat|b\b)|(?:[A-E]\d?E?|B96)(?:\s*[,+/]?\s*(?:[A-E]\d?E?|B96))*\s*(?:[-–—(].*)?$)/iu;

/** A line of an education or licences section that attests skills (see above). */
export function isTrainingLine(text: string): boolean {
  const line = text.trim();
  if (!/\p{L}{2}/u.test(line)) return false;
  const title = line.replace(LEAD, '');
  if (DEGREE_ACRONYM.test(title) || DEGREE_NAME.test(title) || DRIVING_LICENCE.test(line)) return false;
  // "CFA des métiers de la table – Institut des métiers, Bordeaux"; but "Formation HACCP – Organisme
  // agréé" starts with what was learnt.
  const school = SCHOOL.exec(line);
  if (school && !TRAINING_START.test(line)) return false;
  return true;
}

/** The line says first that it is a training or a certificate. */
const TRAINING_START =
  /^(?:\d{4}\s*[:–—-]?\s*)?(?:formations?|stage|module|initiation|sensibilisation|certificat|certification|attestation|habilitation|training|course|certificate|award|(?:level|niveau)\s+\d\s+(?:award|certificate))(?![\p{L}\d])/iu;

/** "Projet : formation CACES R489 en 2027", "Project: Level 2 Food Hygiene (booked for March)": in
 *  an education or licences section a project is a training still to come (elsewhere "Projet :"
 *  may head a project done, "Projet : migration Office 365"). */
const PLANNED = /^\W*(?:projets?|project|en\s+projet|planned|upcoming)(?![\p{L}\d])|(?<![\p{L}\d])booked(?![\p{L}\d])/iu;

/** The training line is a plan (PLANNED). */
export function isPlannedTraining(text: string): boolean {
  return PLANNED.test(text);
}
