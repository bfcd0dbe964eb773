// Finds diplomas in the education sections: the degree (CAP, Bac pro, BTS, Licence pro, Master,
// DEAS, titre professionnel, Level 3 Diploma, GCSEs…), the school and the year it was (or will be)
// obtained. A line that names no diploma (a short training course) is not an education entry.
import type { CvSection, Education, TextLine } from '../types';
import { linesAfterContactBlock } from './contact-block';
import { isDegree, isSchool } from './detect-degree';
import { isDiplomaProject, opensWithProject } from './planned-markers';
import { cleanPart, looksLikeDescription, splitParts, withoutDates } from './entry-parts';
import { knownCertificates } from './extract-certifications';
import { stripBullet } from './line-style';
import { isTrainingLine } from './training-line';
import { findDateRanges, type DateRange } from './parse-dates';
import { namesCountry } from './country-names';
import { withFieldList, withSpeciality } from './degree-speciality';
import { EDUCATION_HEADING, hasEducationSection, isDiplomaAmongCertificates } from './diploma-among-certificates';

export interface EducationSuggestion extends Education {
  confidence: number;
}


/** How the diploma was obtained, not where: "– VAE", "– en alternance", "– candidat libre". */
const ROUTE = /^(?:(?:par|en|via)\s+)?(?:vae|validation des acquis.*|alternance|apprentissage|formation continue|candidat(?:e)? libre|contrat de professionnalisation|distanciel|[àa] distance|cours du soir)$/i;
/** "GCSEs: Maths (C), English (D)", maybe followed by " – Oakwood High School, 2012". */
const GRADED_SUBJECTS = /^\s*([^:]{2,40}):\s*((?:[\p{L}&. ]+\s*\((?:[A-G]\*?|A\*|[1-9])\)\s*(?:,|and|et|$|(?=[–—-]\s))\s*)+)(?:[–—-]\s+(.*))?$/u;
/** "GCSEs: English, Maths and Science", maybe followed by " – Parkside School": subjects without grades. */
const SUBJECT = String.raw`\p{Lu}[\p{L}&.'’]*(?:\s+[\p{L}&.'’]+){0,2}`;
const SUBJECT_LIST = new RegExp(String.raw`^\s*([^:]{2,40}):\s*(${SUBJECT}(?:\s*(?:,|\band\b|\bet\b|&)\s*${SUBJECT})+)\s*(?:[–—-]\s+(.*))?$`, 'u');

export function extractEducation(sections: CvSection[], referenceDate = new Date()): EducationSuggestion[] {
  const found: EducationSuggestion[] = [];
  const withEducation = hasEducationSection(sections);
  for (const section of sections) {
    if (section.kind !== 'education' && section.kind !== 'certifications') continue;
    // "Diplômes et certifications": a certifications section may list diplomas too.
    const educationHeading = section.kind === 'education' || EDUCATION_HEADING.test(section.heading ?? '');
    // Without an education section, the diplomas of "Certifications" are the CV's education.
    const diplomaOnly = !educationHeading && !withEducation;
    found.push(...educationOfSection(section.lines, educationHeading || diplomaOnly, referenceDate, false, diplomaOnly ? isDiplomaAmongCertificates : undefined, section.kind === 'education'));
  }
  // A CV without an education heading: its diplomas follow the contact block of the header, one
  // a line, never inside a sentence of the profile.
  if (!withEducation) {
    const opensDiploma = (line: TextLine) => isDegree(line.text) && !looksLikeDescription(line, undefined);
    for (const lines of linesAfterContactBlock(sections, opensDiploma)) found.push(...educationOfSection(lines, true, referenceDate, true));
  }
  return found;
}

/** isEntry: which diploma lines open an entry, when the section lists certificates too;
 *  trainings: whether a training named with its school and year opens one too. */
function educationOfSection(lines: TextLine[], inEducation: boolean, referenceDate: Date, headerless: boolean, isEntry = (_text: string) => true, trainings = false): EducationSuggestion[] {
  const entries: EducationSuggestion[] = [];
  const opensEntry = (text: string) => isDegree(text) || (trainings && isSchooledTraining(text, referenceDate));
  const used = new Set<number>();
  const isYearLine = (line: TextLine | undefined) => {
    const range = line ? firstRange(line.text, referenceDate) : undefined;
    if (range === undefined) return false;
    const rest = withoutDates(line!.text, range).replace(YEAR_LABEL, '');
    // France Travail's profile gives the year with the diploma's status: "2015 · Diplôme obtenu".
    return rest === '' || YEAR_STATUS.test(rest);
  };
  // Where the section puts a year of its own line, read once from its first diploma: with no
  // year line above it, the years come under the entries ("DEAP" / "IFAP de Lyon" / "2018").
  const firstDegree = lines.findIndex((line) => opensEntry(stripBullet(line.text)) && isEntry(stripBullet(line.text)));
  const yearsBelow = firstDegree >= 0 && !isYearLine(lines[firstDegree - 1]);
  // Sections written school first open with a school line; elsewhere a school line above a
  // diploma is the one of the entry before it ("SSIAP 1" / "2020" / "Centre de formation…").
  const schoolsAbove = firstDegree > 0 && schoolLineAbove(lines, 1, new Set(), referenceDate) !== undefined;
  lines.forEach((line, index) => {
    const text = stripBullet(line.text);
    // "Niveau : Bac+2" under a diploma and its lines (France Travail's profile) is that diploma's
    // level, no diploma of its own.
    const last = entries[entries.length - 1];
    if (last && LEVEL_LABEL.test(text) && used.has(index - 1) && !used.has(index)) {
      used.add(index);
      last.evidence = { ...last.evidence, text: `${last.evidence.text}\n${line.text.trim()}` };
      return;
    }
    if (!opensEntry(text) || used.has(index) || !isEntry(text)) return;
    // The line below may say this diploma is only intended; one that opens with "Projet" is an
    // entry of its own.
    const lineBelow = stripBullet(lines[index + 1]?.text ?? '');
    if (!inEducation || isDiplomaProject(text) || (isDiplomaProject(lineBelow) && !opensWithProject(lineBelow))) return;
    if (headerless && looksLikeDescription(line, undefined)) return;
    // A certificate named in an education list (AFGSU, CACES, BAFA) is a certification.
    const head = withoutDates(text, firstRange(text, referenceDate)).split(/\s+/).slice(0, 2).join(' ');
    if (knownCertificates(head).length > 0) return;
    used.add(index);
    const range = firstRange(text, referenceDate);
    const own = withoutDates(text, range);
    // "GCSEs: English (C), Maths (B)", "A-levels: Biology (B), Chemistry (C)": the subjects and
    // their grades are one degree, not parts to split at the commas.
    const graded = GRADED_SUBJECTS.exec(own);
    const subjects = graded ? null : SUBJECT_LIST.exec(own);
    const listed = subjects && isDegree(subjects[1]!) && !subjects[2]!.split(/,|\band\b|\bet\b|&/).some((subject) => isSchool(subject));
    const parts = graded && isDegree(graded[1]!)
      ? [cleanPart(`${graded[1]!.trim()}: ${graded[2]!.trim()}`), ...(graded[3] ? splitParts(graded[3]) : [])]
      : listed && subjects
        ? [cleanPart(`${subjects[1]!.trim()}: ${subjects[2]!}`), ...(subjects[3] ? splitParts(subjects[3]) : [])]
        : splitParts(own);
    const degreeIndex = Math.max(0, parts.findIndex((part) => isDegree(part)));
    // LinkedIn's "Degree, Field of study · (2009 - 2012)": the period in brackets after a middle dot.
    const fieldOfStudy = /\s·\s*\([^()]*\d{4}[^()]*\)\s*$/u.test(text);
    let degree = withSpeciality(parts, degreeIndex, fieldOfStudy) ?? withFieldList(parts, degreeIndex, own) ?? parts[degreeIndex] ?? own;
    // "Bac pro Accueil – relation clients et usagers": a part in lower case after a dash goes on with
    // the diploma's name (a school, a town, a firm is capitalised); not "– en alternance", "– mention
    // bien", nor a note after a comma (", équivalence Bac+2").
    const continued = parts[degreeIndex + 1];
    if (continued && degree === parts[degreeIndex] && /^\p{Ll}/u.test(continued) && !ROUTE.test(continued) && !MENTION.test(continued) && !isSchool(continued)) {
      const written = new RegExp(`${escapeRegExp(degree)}(\\s+[–—-]\\s+)${escapeRegExp(continued)}`, 'u').exec(own);
      if (written) degree = `${degree}${written[1]}${continued}`;
    }
    // A school named by its kind ("Lycée…", "IUT…", "AFPA"); see below for other names.
    let school = parts.slice(degreeIndex + 1).find((part) => isSchool(part)) ?? parts.slice(0, degreeIndex).find((part) => isSchool(part)) ?? null;
    // "Titre professionnel Agent de maintenance (AFPA La Rochelle)": the school in brackets.
    const bracket = school ? null : /^(.+?)\s*\(([^()]+)\)$/u.exec(degree);
    if (bracket && isSchool(bracket[2]!)) [degree, school] = [bracket[1]!, bracket[2]!];
    // Degree parts after the degree that are neither school nor place belong to the degree's name.
    let end = range ? yearEnd(range) : null;
    const evidence = [line];
    // The year alone on the line before ("2010" above the diploma) opens this entry.
    const previous = lines[index - 1];
    if (!end && previous && !used.has(index - 1)) {
      const previousRange = firstRange(previous.text, referenceDate);
      if (previousRange && withoutDates(previous.text, previousRange) === '') {
        end = yearEnd(previousRange);
        used.add(index - 1);
        evidence.unshift(previous);
      }
    }
    // The school on its own line above the diploma (LinkedIn exports, many young job seekers' CVs):
    // then the line under the diploma only gives its year or mention.
    const schoolAbove = school || !schoolsAbove ? undefined : schoolLineAbove(lines, index, used, referenceDate);
    if (schoolAbove) {
      school = schoolAbove;
      used.add(index - 1);
      evidence.unshift(lines[index - 1]!);
    }
    // The school, and maybe the year, on the next line ("Lycée Jean Lurçat, Lyon · 2018"). A line
    // that opens with its own year, or is only a year, starts the next entry.
    const next = lines[index + 1];
    const nextRange = next ? firstRange(next.text, referenceDate) : undefined;
    const nextOpensEntry = next !== undefined && nextRange !== undefined && next.text.slice(0, nextRange.startsAt).trim() === '';
    // The next line is the school when it names one first, even if it mentions a diploma after.
    const nextFirst = next ? splitParts(next.text)[0] ?? '' : '';
    // Without a heading the next line may be anything ("Permis B"): only a school word counts.
    // Nor is a certificate or a licence listed next ("Counterbalance forklift licence", "CSCS card").
    // A line with a year of its own, other than the diploma's, is the next qualification of a list
    // ("NVQ Level 3 … (2014)" / "City & Guilds 2391-52 Inspection and Testing (2017)").
    const nextYear = nextRange ? yearEnd(nextRange) : null;
    const otherYear = end !== null && nextYear !== null && nextYear !== end && !isSchool(nextFirst);
    const nextIsSchool = next !== undefined && !otherYear && !namesCertificate(nextFirst) && !isTrainingLine(nextFirst) && (isSchool(nextFirst) || (!headerless && !isDegree(nextFirst)));
    // "En cours", "Diplôme obtenu" alone under the diploma (France Travail's profile) says how far
    // it is, no school; the diploma's lines go on under it ("Niveau : CAP").
    if (next && !used.has(index + 1) && YEAR_STATUS.test(stripBullet(next.text).trim())) {
      used.add(index + 1);
      evidence.push(next);
    }
    // The school line may be indented under the diploma (Europass): only bullets and sentences are not schools.
    if (next && nextIsSchool && !evidence.includes(next) && !nextOpensEntry && !looksLikeDescription(next, undefined) && !used.has(index + 1) && (!school || !end)) {
      const nextParts = splitParts(withoutDates(next.text, nextRange));
      // "Bamako, Mali", "Dakar (Sénégal)": where the diploma was taken, no school.
      const place = !nextParts.some((part) => isSchool(part)) && nextParts.length <= 2 && namesCountry(nextParts);
      const mention = nextParts.length > 0 && MENTION.test(nextParts[0]!);
      const nextSchool = place || mention ? undefined : nextParts.find((part) => isSchool(part)) ?? (nextParts.length > 0 && nextParts[0]!.split(/\s+/).length <= 8 ? nextParts[0] : undefined);
      if (!school && nextSchool) school = nextSchool;
      if (!end && nextRange) end = yearEnd(nextRange);
      // With the school read above, a school line under the diploma opens the next entry.
      if ((nextSchool && !schoolAbove) || nextRange || place || mention) {
        used.add(index + 1);
        evidence.push(next);
      }
    }
    // The year on a line of its own under the entry, when the section puts its years there.
    const below = index + 1 + evidence.slice(evidence.indexOf(line) + 1).length;
    if (!end && yearsBelow && !used.has(below) && isYearLine(lines[below])) {
      end = yearEnd(firstRange(lines[below]!.text, referenceDate)!);
      used.add(below);
      evidence.push(lines[below]!);
    }
    // No school word on this line nor the next: a capitalised name after a dash ("CQP Agent
    // machiniste – INHNI Normandie"), not a subject after a comma ("A Levels, History").
    if (!school) {
      const afterDash = withoutDates(text, range).split(/\s[–—-]\s/).slice(1).map(cleanPart);
      school = afterDash.find((part) => /^\p{Lu}/u.test(part) && !isDegree(part) && !ROUTE.test(part) && part.split(/\s+/).length <= 6) ?? null;
    }
    // "Medication Awareness Level 2, Safeguarding Adults Level 2, Basic Life Support – 2023": several
    // qualifications of one year on a line, no school among them; each is an entry.
    // A note in lower case (", équivalence Bac+2", ", niveau Bac") is no qualification of its own.
    const listedDegrees = graded || listed || school ? [] : parts.filter((part) => isDegree(part) && !/^\p{Ll}/u.test(part) && !/^(?:[ée]quivalen|niveau\b|equivalent\b)/iu.test(part));
    if (listedDegrees.length >= 2 && !parts.some((part) => isSchool(part))) {
      for (const part of listedDegrees) {
        const name = withoutStatusLabel(cleanPart(part));
        if (name.length < 2) continue;
        entries.push({ degree: name, school: null, end, evidence: { text: evidence.map((item) => item.text.trim()).join('\n'), page: line.page }, confidence: end ? 0.85 : 0.75 });
      }
      return;
    }
    degree = withoutStatusLabel(cleanPart(degree));
    if (degree.length < 2) return;
    entries.push({
      degree,
      school: school ? cleanSchool(school) : null,
      end,
      evidence: { text: evidence.map((item) => item.text.trim()).join('\n'), page: line.page },
      confidence: end && school ? 0.9 : end || school ? 0.85 : 0.75,
    });
  });
  return entries;
}

/** "Formation Agent de sécurité – GRETA Lille – 2019 – 4 mois": a training named with its school
 *  and its year is an entry of the education list, a diploma or not ("Formation gestes et
 *  postures – 2018", with no school, is a short course). */
function isSchooledTraining(text: string, referenceDate: Date): boolean {
  const range = firstRange(text, referenceDate);
  if (!range) return false;
  const parts = splitParts(withoutDates(text, range));
  if (parts.length === 0 || !/^(?:formation|training)\s+\p{L}/iu.test(parts[0]!) || namesCertificate(parts[0]!)) return false;
  // The school after a dash, or in brackets: "Formation Préparateur de commandes (AFPA) – 3 mois".
  const bracket = /\(([^()]+)\)\s*$/u.exec(parts[0]!)?.[1];
  return parts.slice(1).some((part) => isSchool(part)) || (bracket !== undefined && isSchool(bracket));
}

/** The grade a diploma was obtained with: "Mention Bien", "with Honours", "First Class". */
const MENTION = /^(?:(?:avec\s+)?mention\b|with\s+(?:honou?rs|distinction|merit)\b|(?:first|upper second|lower second|second|third)[- ]class\b)/i;

/** A line above the diploma that only names its school ("Lycée Bréquigny, Rennes", "IAE Nantes"):
 *  no date, no diploma, not a sentence, not used by the entry above. */
function schoolLineAbove(lines: TextLine[], index: number, used: Set<number>, referenceDate: Date): string | undefined {
  const above = lines[index - 1];
  if (!above || used.has(index - 1) || firstRange(above.text, referenceDate) || looksLikeDescription(above, undefined)) return undefined;
  const text = stripBullet(above.text);
  if (isDegree(text) || namesCertificate(text)) return undefined;
  const first = splitParts(text)[0] ?? '';
  return isSchool(first) && first.split(/\s+/).length <= 8 ? first : undefined;
}

/** Labels that only say how far the diploma is: "Formation en cours", "Diplôme obtenu", "In progress". */
const STATUS_LABEL = /^(?:(?:formation|formations|dipl[oô]mes?|diploma|degree|qualification|titre|course|training|(?:en\s+|par\s+)?vae|validation des acquis(?: de l['’]exp[ée]rience)?)\s*)?(?:en cours(?: d['’]obtention)?|obtenue?s?|pr[ée]par[ée]e?s?|vis[ée]e?s?|actuel(?:le)?|in progress|ongoing|current(?:ly studying)?|completed|awarded|obtained)?$/i;

/** A status after the diploma: "… en cours", "(en cours d'obtention)", "(2e année en cours)", "(in progress)". */
const TRAILING_STATUS = /\s*(?:\((?:\d+\s*(?:e|re|[èe]re|[èe]me)\s+ann[ée]e|ann[ée]e\s+\d|formation|dipl[ôo]me)\s+|[(,–—-]?\s*)(?:en cours(?: d['’]obtention)?|en pr[ée]paration|in progress|ongoing)\s*\)?$/i;

/** "Formation en cours : Titre professionnel Cariste", "BTS MCO (en cours)" -> the diploma alone.
 *  The status stays in the evidence, which is what the counsellor reads it from. */
function withoutStatusLabel(written: string): string {
  const stripped = written.replace(TRAILING_STATUS, '');
  const degree = isDegree(stripped) ? stripped : written;
  const labelled = /^([^:]{2,40}?)\s*:\s+(.+)$/.exec(degree);
  if (!labelled?.[1] || !labelled[2]) return degree;
  const label = labelled[1].trim();
  return STATUS_LABEL.test(label) && isDegree(labelled[2]) ? cleanPart(labelled[2]) : degree;
}

// An approval ("Agrément d'assistante maternelle pour 4 enfants") is a certificate too, no school.
const CERTIFICATE_WORDS = /\b(?:licen[cs]es?|certificates?|certification|card|carte|permis|habilitations?|attestation|agr[ée]ments?|awards?)\b/i;

function namesCertificate(text: string): boolean {
  return knownCertificates(text).length > 0 || CERTIFICATE_WORDS.test(text);
}

function firstRange(text: string, referenceDate: Date): DateRange | undefined {
  return findDateRanges(text, referenceDate)[0];
}

/** The year a diploma was (or is to be) obtained: the end of its period. */
function yearEnd(range: DateRange): string | null {
  if (range.end === 'present') return null;
  const end = range.end ?? range.start;
  return end ? end.slice(0, 4) : null;
}

/** Field labels of a diploma written as a form: "Année : 2015", "Établissement : Lycée Jean Moulin". */
const YEAR_LABEL = /^(?:ann[ée]e(?:\s+d['’]obtention)?|year(?:\s+(?:obtained|awarded))?|date(?:\s+d['’]obtention)?|dates|p[ée]riode|period)\s*:?$/i;
/** What a year line may add: whether the diploma was obtained ("2015 · Diplôme obtenu"). */
const YEAR_STATUS = /^(?:(?:dipl[oô]me|titre|formation|diploma|degree|qualification)\s+)?(?:(?:non\s+)?obtenue?|valid[ée]e?|en cours(?: d['’]obtention)?|obtained|awarded|completed|not obtained|in progress)$/i;
/** The level of the diploma above, as a label: "Niveau : Bac+2", "Niveau d'études : CAP", "Level: 3". */
const LEVEL_LABEL = /^(?:niveau(?:\s+d['’](?:[ée]tudes|obtention))?|niveau\s+de\s+(?:dipl[oô]me|formation|qualification)|level)\s*:\s*\S/i;
const SCHOOL_LABEL = /^(?:[ée]tablissement|[ée]cole|lieu(?:\s+de\s+formation)?|organisme(?:\s+de\s+formation)?|centre\s+de\s+formation|school|college|university|institution|institute|provider)\s*:\s*/i;

function cleanSchool(text: string): string {
  return cleanPart(
    text
      .replace(SCHOOL_LABEL, '')
      .replace(/\s*\((?:[^()]*)\)\s*$/, '')
      .replace(/\s*[–—-]\s*(?:en\s+)?(?:alternance|apprentissage|formation continue|distance|e-learning)\b.*$/i, ''),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
