// Finds the headline job title, current or sought, as written: a labelled line ("Poste recherché :
// Cariste", Europass "EMPLOI RECHERCHÉ …"), else the short line set under (or over) the name, else
// the title of the current job. Gender marks and contract words ("H/F", "en CDI") are dropped.
import type { CvSection, Suggestion, TextLine } from '../types';
import { foldText } from './fold-text';
import { CONTRACT_NOISE, GENDER_MARK, isJobWord } from './job-vocabulary';
import { BULLET, isAllCaps, isLarger, documentStyle } from './line-style';
import { knownCertificates } from './extract-certifications';
import { looksLikeStreet } from './extract-location';
import { jobSoughtInSentence, withoutJobSearchWording } from './job-search-wording';
import { matchHeading } from './sections/heading-words';

// Explicit labels may go without a colon ("Poste recherché Cariste"); the bare words "Métier" and
// "Objectif" need one, or a sentence that wraps after them ("…9 ans de / métier en salon") is read
// as a label.
const LABEL = /^\s*(?:(?:poste\s+(?:recherch[ée]|vis[ée]|souhait[ée]|occup[ée])|emploi\s+(?:recherch[ée]|vis[ée]|souhait[ée])|m[ée]tier\s+recherch[ée]|objectif\s+professionnel|intitul[ée]\s+du\s+poste|job\s+(?:title|sought|wanted)|position\s+(?:sought|desired|applied\s+for)|desired\s+(?:position|role|job)|target\s+role|current\s+(?:position|role))\s*[:：\-–]?\s+|(?:m[ée]tier|objectif)\s*[:：\-–]\s*)/i;
const CONTACT = /@|https?:|www\.|linkedin|github|\b[\w-]+\.(?:com|org|net|fr|io|me|in|co|uk|eu)\b|e-?mail me|\d{2}[\s.]\d{2}[\s.]\d{2}|\+\d|\b\d{5}\b/i;
const CONTACT_PART_SEPARATOR = /\s+[·•|]\s+/;
/** A cover letter's subject line ("Objet : Candidature au poste de…"): the letter's, no headline. */
const LETTER_SUBJECT = /^\s*(?:objet|subject|r[ée]f(?:[ée]rence)?|re)\s*[:：]/i;
const PRIVATE = /\bn[ée]e?\s+le\b|\b\d{2}\s*ans\b(?!\s+d['’]exp)|years old|mari[ée]|c[ée]libataire|enfants?|nationalit/i;

export function extractJobTitle(
  sections: CvSection[],
  name: string | undefined,
  fallbackTitle?: { title: string; text: string; page: number },
  employers: string[] = [],
  jobLines: string[] = [],
): Suggestion | undefined {
  const found = fromLabel(sections) ?? fromHeader(sections, name, new Set(jobLines.map((text) => text.trim())));
  if (found) return { ...found, value: withoutEmployer(found.value, employers) };
  return fromSoughtSentence(sections) ?? fromCurrentJob(fallbackTitle);
}

/** "Systems Engineer - Infosys Limited", "Test Analyst at Oracle": the headline may name the
 *  employer, which the experiences name too; only the title is kept. */
function withoutEmployer(title: string, employers: string[]): string {
  const connector = /\s+(?:at|@|chez)\s+|\s*@\s*|\s[-–—|]\s?|\s?[-–—|]\s|\s+in\s+(?=\p{Lu})/gu;
  for (const match of title.matchAll(connector)) {
    const before = title.slice(0, match.index).trim();
    const after = foldText(title.slice(match.index + match[0].length)).trim();
    if (!before || !after) continue;
    const named = employers.some((employer) => {
      const folded = foldText(employer).trim();
      return folded.length > 1 && (after.startsWith(folded) || folded.startsWith(after.split(/[\s,]+/)[0] ?? '\u0000'));
    });
    const explicit = /^(?:at|@|chez)$/i.test(match[0].trim());
    if (named || (explicit && !hasJobWord(after))) return before.replace(/(?<![\s,:;–—-])[\s,:;–—-]+$/, '');
  }
  return title;
}

function fromLabel(sections: CvSection[]): Suggestion | undefined {
  for (const section of sections) {
    if (section.kind === 'experience' || section.kind === 'education') continue;
    for (const line of section.lines.slice(0, 30)) {
      const match = LABEL.exec(line.text);
      if (!match) continue;
      const value = cleanTitle(line.text.slice(match[0].length));
      // "Objectif : trouver un poste stable…" is a sentence, not a title.
      if (value && value.split(/\s+/).length <= 10 && !/[.!]$/.test(value)) {
        return { value, confidence: 0.92, evidence: { text: line.text.trim(), page: line.page } };
      }
    }
  }
  return undefined;
}

/** `jobLines`: lines read as jobs; a CV without headings has them in its header, where a job
 *  line ("Vendeuse, Carrefour Lyon, 2019-2022") is no headline: the current job says the title. */
function fromHeader(sections: CvSection[], name: string | undefined, jobLines: ReadonlySet<string> = new Set()): Suggestion | undefined {
  // The part before the first heading; a "Contact" section too, where a reader may have put the
  // name and headline beside the contact details.
  const untitled = sections.filter((section) => section.kind === 'header' && section.heading === null).flatMap((section) => section.lines);
  const header = untitled.length > 0 ? untitled : sections.filter((section) => section.kind === 'header').flatMap((section) => section.lines);
  if (header.length === 0) return undefined;
  const style = documentStyle(sections.flatMap((section) => section.lines));
  // Candidates first; the distance to the name counts candidate lines only, so contact lines
  // and avatar initials between the name and the title do not push the title away.
  const rows: { line: TextLine; isName: boolean; candidates: { value: string; text: string; position: number; cells: number; besideName: boolean }[] }[] = [];
  header.forEach((line, index) => {
    if (index > 14 || jobLines.has(line.text.trim())) return;
    const isName = name !== undefined && foldText(line.text).includes(foldText(name));
    // A contact line may open with the headline: "Chef de Partie · 112 Gloucester Road, Bristol ·
    // 07845 220 917": its parts are read one by one, as cells are.
    const cells = line.text.split('\t').flatMap((cell) => (CONTACT.test(cell) ? cell.split(CONTACT_PART_SEPARATOR) : [cell]));
    const candidates: { value: string; text: string; position: number; cells: number; besideName: boolean }[] = [];
    cells.forEach((segment, position) => {
      // "Technicien de maintenance (h/f) – Réf. 12345": the reference of the ad the CV answers.
      let text = segment.trim().replace(AD_REFERENCE, '');
      // "Marie Dupont — Aide-soignante": the title written after the name, on its line.
      const besideName = isName && name !== undefined ? afterName(text, name) : null;
      if (besideName) text = besideName;
      // "Recherche un poste de cariste", "Seeking a position as a waiter": the job sought, said in a
      // phrase; the title after the search wording is what must read as one.
      const sought = soughtTitle(text);
      // A lower-case start is the end of a wrapped phrase ("d'expérience"), unless it names a job
      // ("java developer"); identifiers and sentences are not titles either.
      if (!text || (/^\p{Ll}/u.test(text) && !headedByJobWord(text)) || /[0-9a-f]{10,}|\/\S*\d{3,}/i.test(text) || isSentence(sought ?? text) || LETTER_SUBJECT.test(text) || CONTACT.test(text) || PRIVATE.test(text) || streetLine(text) || matchHeading(text)) return;
      const words = text.split(/\s+/);
      // Bullets, "Label: value" lines and long phrases are not a headline.
      if ((/[.!]$/.test(text) && words.length > 3) || BULLET.test(text) || /\S:\s+\S/.test(text)) return;
      // A title cut by the column edge goes on at the start of the next line: "(JavaScript /" "TypeScript)".
      if (unbalanced(text)) {
        const next = [header[index + 1], header[index + 2]]
          .map((other) => other?.text.split('\t')[0]?.trim())
          .find((first) => first !== undefined && /^[^()]*\)/.test(first) && first.split(/\s+/).length <= 4);
        if (next) text = `${text} ${next}`;
      }
      const value = cleanTitle(keepJobParts(text));
      if (!value || value.split(/\s+/).length > 12 || (name && foldText(value).includes(foldText(name)))) return;
      // Initials in a round avatar ("SO") are not a title.
      if (value.replace(/[^\p{L}]/gu, '').length < 4 && !hasJobWord(value)) return;
      // A note of the headline on its own line ("Disponible immédiatement", "Véhiculée", "Française").
      if (!sought && (HEADLINE_NOTE.test(foldText(value)) || HEADLINE_NOTE.test(value) || PERSONAL_NOTE.test(foldText(value)))) return;
      // A heading our vocabulary does not know ("MES POSTES", "OÙ J'AI TRAVAILLÉ") opens with a
      // possessive or a question word; a job title never does.
      if (HEADING_START.test(foldText(value))) return;
      candidates.push({ value, text, position, cells: cells.length, besideName: besideName !== null });
    });
    if (isName || candidates.length > 0) rows.push({ line, isName, candidates });
  });
  const nameRow = rows.findIndex((row) => row.isName);
  let best: { line: TextLine; value: string; score: number } | undefined;
  rows.forEach((row, index) => {
    if (row.isName && row.candidates.length === 0) return;
    for (const candidate of row.candidates) {
      let score = 0;
      if (nameRow >= 0) score += index === nameRow + 1 ? 2 : index === nameRow - 1 ? 1 : Math.max(0, 1 - Math.abs(index - nameRow) * 0.3);
      if (hasJobWord(candidate.value)) score += 1.5;
      if (row.line.bold || isLarger(row.line, style) || isAllCaps(candidate.text)) score += 0.5;
      if (candidate.cells > 1) score -= candidate.position === 0 ? 0.2 : 0.5;
      if (row.isName && !candidate.besideName) score -= 1;
      // Being under the name is not enough: a town, a note sits there too ("Lyon 3e"). Without a
      // job word, the line must also look like a headline (bold, larger, capitals).
      if (!hasJobWord(candidate.value) && score < 2.5) continue;
      if (!best || score > best.score) best = { line: row.line, value: candidate.value, score };
    }
  });
  if (!best || best.score < 1.5) return undefined;
  const confidence = best.score >= 3.5 ? 0.9 : best.score >= 2.5 ? 0.8 : 0.65;
  return { value: best.value, confidence, evidence: { text: best.line.text.trim(), page: best.line.page } };
}

/** The title after the name on its line ("Marie Dupont — Aide-soignante", "DUPONT Marie | Cariste"). */
function afterName(text: string, name: string): string | null {
  const match = /\s+[–—|-]\s+|\s*[|–—]\s*/.exec(text);
  if (!match) return null;
  const [before, after] = [text.slice(0, match.index), text.slice(match.index + match[0].length)];
  const named = (part: string) => foldText(part).includes(foldText(name)) || foldText(name).split(/\s+/).every((word) => foldText(part).includes(word));
  if (named(before) && after.trim() && !named(after)) return after.trim();
  return null;
}

/** A street, not a title and its grade: "Électricien bâtiment – N3P2" has a street word
 *  (bâtiment) and a digit, but its first part opens with a job. */
function streetLine(text: string): boolean {
  if (!looksLikeStreet(text)) return false;
  const first = text.split(/\s[–—|·-]\s/)[0]!;
  return first === text || !headedByJobWord(first) || looksLikeStreet(first);
}

/** The title of a headline that says the job sought ("Recherche un poste de cariste" -> "cariste"),
 *  when it names a job; else null. */
function soughtTitle(text: string): string | null {
  const { title, sought } = withoutJobSearchWording(text);
  return sought && hasJobWord(title) ? title : null;
}

/** Personal notes a header carries on their own line: nationality, languages, a car. */
const PERSONAL_NOTE = /^(?:nationalit|francais|francaise|belge|suisse|bilingue|trilingue|vehicule)/;

const HEADING_START = /^(?:mes|mon|ma|nos|notre|my|our|ou|where|what|ce que|ce qui|ce dont)\s/;

function unbalanced(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

/** A job ad's reference after the title: "– Réf. 12345", "(réf : AS-2024-17)", "- Offre n° 98765". */
const AD_REFERENCE = /\s*(?:[–—|-]\s*|\(\s*)(?:r[ée]f(?:[ée]rence)?\.?|offre\s+n[°o]|annonce\s+n[°o]|n[°o])\s*:?\s*[\p{L}\d][\p{L}\d/-]*\d[\p{L}\d/-]*\)?$/iu;

/** Notes a headline may carry after its title: availability, mobility, contract, experience. */
const HEADLINE_NOTE = /^(?:disponible|disponibilit|available|availability|imm[ée]diatement|d[èe]s\s|mobile|mobilit|permis|v[ée]hicul|\d+\s*(?:ans?|years?)\b|en\s+recherche|recherche|seeking|open to|looking for|cdi|cdd|int[ée]rim|temps\s|full[- ]time|part[- ]time|freelance|(?:en\s+)?reconversion|career\s+change|titulaire|motiv[ée]|dynamique|s[ée]rieu|d[ée]butant)/i;

/** "Caissier / Employé – disponible les week-ends" -> "Caissier / Employé"; "Électricien (en
 *  reconversion)" -> "Électricien". */
function keepJobParts(text: string): string {
  const separator = /\s[–—|·•]\s|\s-\s|\s\((?=[^()]*\)$)/g;
  for (const match of text.matchAll(separator)) {
    const rest = text.slice(match.index + match[0].length).trim();
    if (HEADLINE_NOTE.test(foldText(rest).replace(/^[(]/, '')) || HEADLINE_NOTE.test(rest)) return text.slice(0, match.index).trim();
    // A certificate set after a dot or a bar ("Animatrice périscolaire · BAFA", "Cariste | CACES
    // R489 1, 3, 5") is what the person holds, listed apart; one in brackets may name the post.
    if (/[·•|]/.test(match[0]) && rest.split(/\s+/).length <= 8 && knownCertificates(rest).length > 0) return text.slice(0, match.index).trim();
  }
  return text;
}

/** The job sought said in the profile ("…Seeking a senior carer post in a nursing home", "je
 *  souhaite évoluer vers un poste de cariste"): what the person asks for, surer than the last job
 *  held, less than a headline. */
function fromSoughtSentence(sections: CvSection[]): Suggestion | undefined {
  for (const section of sections) {
    if (section.kind !== 'header' && section.kind !== 'profile') continue;
    const lines = section.lines.slice(0, 12);
    // A paragraph wraps over lines: the sentence is read whole, the evidence is its first line.
    const text = lines.map((line) => line.text.trim()).join(' ');
    const sought = jobSoughtInSentence(text);
    // "looking for a senior role": a rank is no job.
    const job = sought?.title.replace(/\b(?:senior|junior|trainee|lead|head)\b/gi, ' ');
    if (!sought || !job || !hasJobWord(job) || sought.title.split(/\s+/).length > 6 || CONTACT.test(sought.title)) continue;
    const value = cleanTitle(sought.title);
    if (!value) continue;
    let offset = 0;
    const line = lines.find((candidate) => (offset += candidate.text.trim().length + 1) > sought.at) ?? lines[0]!;
    return { value: value.charAt(0).toUpperCase() + value.slice(1), confidence: 0.7, evidence: { text: line.text.trim(), page: line.page } };
  }
  return undefined;
}

function fromCurrentJob(fallback: { title: string; text: string; page: number } | undefined): Suggestion | undefined {
  if (!fallback) return undefined;
  return { value: fallback.title, confidence: 0.55, evidence: { text: fallback.text, page: fallback.page } };
}

const FUNCTION_WORDS = new Set(['with', 'my', 'to', 'of', 'and', 'for', 'as', 'the', 'a', 'an', 'in', 'on', 'which', 'that', 'their', 'our', 'i', 'je', 'mon', 'ma', 'mes', 'de', 'la', 'le', 'les', 'des', 'du', 'pour', 'avec', 'et', 'en', 'un', 'une', 'qui', 'que', 'dans', 'sur']);

/** Who speaks, or a verb that says something of them: what a title never holds. */
const SPEAKER = /(?:^|[^a-z'])(?:je|j'|i|my|mon|ma|mes|nous|we|vous|you|il|elle|suis|am|is|are|est|ai|have|has)(?![a-z'])/;

function isSentence(text: string): boolean {
  const folded = foldText(text);
  const words = folded.split(/[^a-z']+/).filter(Boolean);
  const functions = words.filter((word) => FUNCTION_WORDS.has(word)).length;
  if (words.length < 6 || functions / words.length <= 0.34) return false;
  // "Poissonnière – vendeuse en produits de la mer", "Agent de service en milieu hospitalier":
  // a job named first, its trade in small words after it, and no one speaking: a title.
  return !(headedByJobWord(text) && words.length <= 10 && !SPEAKER.test(folded));
}

function headedByJobWord(text: string): boolean {
  const words = foldText(text).split(/[^a-z-]+/).filter(Boolean);
  return [words[0], words[words.length - 1]].some((word) => word !== undefined && isJobWord(word));
}

function hasJobWord(text: string): boolean {
  return foldText(text).split(/[^a-z-]+/).some((word) => isJobWord(word) || /^(?:aide|agent|chef|charge)-/.test(word));
}

/** "CURRICULUM VITAE – Menuisier poseur", "CV : Aide-soignante": the document's name before the title. */
const DOCUMENT_LABEL = /^\s*(?:curriculum\s+vit(?:ae|æ)|c\.?\s?v\.?|r[ée]sum[ée])\s*[:–—|-]\s*(?=\p{L})/iu;

export function cleanTitle(text: string): string | null {
  let value = text.replace(DOCUMENT_LABEL, '').replace(GENDER_MARK, '').replace(CONTRACT_NOISE, '').replace(/\s{2,}/g, ' ').replace(/^[\s:–—\-|·,]+|(?<![\s:–—\-|·,])[\s:–—\-|·,]+$/g, '').trim();
  if (isAllCaps(value)) value = sentenceCase(value);
  return value.length >= 2 && /\p{L}{2}/u.test(value) ? value : null;
}

/** "AIDE-SOIGNANTE DIPLÔMÉE D'ÉTAT" -> "Aide-soignante diplômée d'état"; acronyms stay. */
function sentenceCase(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word, index) => {
      if (/^\s+$/.test(word)) return word;
      const letters = word.replace(/[^\p{L}]/gu, '');
      if (letters.length <= 3 && index > 0 && !/^(?:ET|DE|DU|DES|LA|LE|LES|EN|AU|AUX|ET|OU|D'|L')$/u.test(word)) return word;
      const lower = word.toLowerCase();
      return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join('');
}
