import type { TextLine, Warning } from '../types';

// Tells whether a document looks like a CV. A CV has contact details, CV section headings
// (experience, education, skills, languages…) and date ranges; an invoice or a letter has its own
// marks. Two verdicts: a document with no CV structure and the marks of another kind (an invoice,
// a letter, an article, a payslip, a certificate, a school report; a job offer even with headings)
// is refused as not a CV (CONTRACT: bad input); a doubtful one is read with a `not-a-cv` warning,
// since odd CVs exist and refusing one leaves the person with nothing.

const SECTION_FAMILIES: RegExp[] = [
  /\b(experiences?( professionnelles?)?|parcours( professionnel)?|emplois?|postes? occupes|work experience|employment( history)?|professional experience|work history|career( history)?)\b/,
  /\b(formations?|diplomes?|etudes|cursus|scolarite|education|qualifications?|training)\b/,
  /\b(competences?|savoir[- ]faire|savoir[- ]etre|qualites|aptitudes|skills|key skills|strengths)\b/,
  /\b(langues?|languages?)\b/,
  /\b(centres? d.interets?|loisirs|interets|hobbies|interests|activites)\b/,
  /\b(profil|a propos|objectif|resume|personal statement|summary|about me|profile)\b/,
  /\b(certifications?|habilitations?|permis|licences?|benevolat|volunteering|references)\b/,
];
/** A heading is short (a few words, maybe a colon) and is not the end of a sentence. */
const MAX_HEADING_LENGTH = 45;
const MAX_HEADING_WORDS = 6;
const SENTENCE_END = /[.,;!?»"]$/;
const DATE_RANGE = /\b(19|20)\d\d\s*(-|–|—|a|au|to|until)\s*((19|20)\d\d|aujourd|present|ce jour|actuel|now|today|current|en cours)/;
const SINCE = /\b(depuis|since)\s+(\w+\s+)?(19|20)\d\d\b/;
/** Tried only where a run of address characters starts: tried at each of its characters, a long
 *  run with no "@" (a 100,000-character line) took 20 s. A match inside a run is one from its start. */
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const PHONE = /(\+|00)\d{2,3}[\s.-]?\(?\d\)?([\s.-]?\d{2,4}){3,5}|\b0[1-9]([\s.-]?\d{2}){4}\b|\b07\d{3}\s?\d{6}\b/;
const CV_TITLE = /\b(curriculum vitae|cv|resume)\b/;
/** What people upload by mistake instead of a CV. */
export const OTHER_DOCUMENT_KINDS = ['invoice', 'letter', 'article', 'payslip', 'certificate', 'job-offer', 'school-report'] as const;
export type OtherDocumentKind = (typeof OTHER_DOCUMENT_KINDS)[number];
/** The telling marks of each kind, matched on the folded text (one line per line). A mark is a form,
 *  not a topic: an accountant's CV says "factures" and "TVA", a payroll clerk's "bulletins de paie",
 *  a journalist's "articles publiés", so a single word never tells the kind; a numbered invoice, a
 *  total HT, a salutation, a "je soussigné" do. A kind is named from two distinct marks. */
const OTHER_DOCUMENT_MARKS: [OtherDocumentKind, RegExp][] = [
  ['invoice', /\b(facture|devis|invoice|quotation)\s*(n°|no\b|num(ero)?\b|number|#)\s*:?\s*[\w-]*\d/],
  ['invoice', /\b(total|montant) (ht|ttc|hors taxes)\b|\bsub-?total\b|\bamount due\b|\bnet a payer ttc\b/],
  ['invoice', /\b(tva|vat)\s+\d+([.,]\d+)?\s*%/],
  ['invoice', /\biban\s*:?\s*[a-z]{2}\d{2}/],
  ['invoice', /\bp\.?u\.? ht\b|\bprix unitaire\b|\bunit price\b|\bbon pour accord\b|\bdevis valable\b|\bdate d.echeance\b/],
  ['letter', /^(madame, monsieur|madame|monsieur|dear [^,\n]{1,40}|to whom it may concern)\s*,?\s*$/m],
  ['letter', /\b(je vous prie|nous vous prions|veuillez) d.agreer\b|\bsalutations distinguees\b|\byours (sincerely|faithfully)\b/],
  ['letter', /^objet\s*:/m],
  ['letter', /^[\p{L}' -]+, le \d{1,2}(er)? [a-z]+ \d{4}\s*$/mu],
  ['letter', /\bsuite a votre annonce\b|\bje me permets de\b|\bi am writing to\b/],
  ['article', /\bpar la redaction\b|\b(publie|mis a jour|published|updated) le \d/],
  ['article', /\bselon (l.enquete|l.insee|une etude)\b|\bcommunique de presse\b/],
  ['article', /»\s*,?\s*(explique|indique|precise|souligne|confie|raconte)\b/],
  ['article', /^(a )?lire aussi\b|^read more\b/m],
  ['payslip', /\b(bulletin de (paie|salaire)|fiche de paie|payslip)\b/],
  ['payslip', /\bnet imposable\b|\bnet a payer avant impot\b/],
  ['payslip', /\b(cotisations|part) (salariales?|patronales?)\b/],
  ['payslip', /\bconges payes acquis\b|^periode du \d/m],
  ['certificate', /\bcertificat de travail\b|\battestation (d.)?employeur\b|\battestation de (travail|stage|emploi)\b/],
  // The sworn formulas end some CVs too ("je soussigné certifie l'exactitude…"): one mark together.
  ['certificate', /\bje soussigne|\b(certifie|atteste) (que|l.exactitude)\b|\bpour servir et valoir\b/],
  ['certificate', /\blibre de tout engagement\b|\bmotif de (la )?rupture\b|\ba ete employee?\b|\bsalaires des \d+ derniers mois\b/],
  ['school-report', /\bbulletin (scolaire|trimestriel|semestriel|du \d)/],
  ['school-report', /\bmoyenne (generale|de la classe|de classe|eleve)\b/],
  ['school-report', /\bconseil de classe\b|\bannee scolaire\b|^(eleve|classe)\s*:/m],
  ['job-offer', /(?<![\p{L}\d])(h\/f|f\/h|m\/f)(?![\p{L}\d])/u],
  ['job-offer', /\bnous (recherchons|recrutons)\b|\bwe are (looking for|hiring|recruiting)\b/],
  ['job-offer', /\bvous (serez|etes titulaire|avez une? |justifiez|maitrisez)|\byou will\b/],
  ['job-offer', /\bprofil recherche\b|\bvotre profil\b|\brequirements\b|\bwhat we offer\b|\bnous vous (offrons|proposons)\b/],
  ['job-offer', /\btype de contrat\b|\bposte a pourvoir\b|^(salaire|remuneration|salary)\s*:|\bbrut de l.heure\b|\bper hour\b/m],
  ['job-offer', /\b(envoyez|adressez) (votre|vos) (cv|candidature)|\bpostulez\b|\bapply (now|online|with)\b/],
];
const MARKS_TO_NAME_A_KIND = 2;
/** A job offer has CV headings of its own (Missions, Profil, Compétences, Expérience souhaitée), so
 *  it is told by its marks alone, but from three: a recruiter's CV says "offres d'emploi H/F". */
const MARKS_TO_NAME_A_JOB_OFFER = 3;
/** A CV told in sentences ("je m'appelle…, j'ai travaillé…") has no heading and often no contact. */
const CAREER_STORY = /\b(je m'appelle|j'ai travaille|j'ai ete|je travaille|my name is|i (have )?worked)\b/;
/** Words enough that a CV would show a heading, a date or a contact line somewhere. */
const LONG_ENOUGH_WORDS = 150;

export interface CvLikeness {
  sections: number;
  dateRanges: number;
  contact: boolean;
  title: boolean;
  /** How many telling marks of other documents, all kinds together. */
  otherKinds: number;
  /** The other kind with the most marks, when it has enough of them to be named. */
  otherKind: OtherDocumentKind | null;
  /** Whether the text tells a career in the first person, as a CV in prose does. */
  careerStory: boolean;
  words: number;
}

export function measureCvLikeness(lines: TextLine[]): CvLikeness {
  const folded = lines.map((line) => fold(line.text));
  const families = new Set<number>();
  let dateRanges = 0;
  let contact = false;
  let title = false;
  for (const text of folded) {
    for (const segment of text.split('\t')) {
      const trimmed = segment.trim();
      const words = trimmed.split(/\s+/).length;
      if (trimmed.length <= MAX_HEADING_LENGTH && words <= MAX_HEADING_WORDS && !SENTENCE_END.test(trimmed)) {
        SECTION_FAMILIES.forEach((family, index) => {
          if (family.test(trimmed)) families.add(index);
        });
        if (CV_TITLE.test(trimmed) && (words <= 3 || /^(curriculum vitae|cv|resume)\b/.test(trimmed))) title = true;
      }
    }
    if (DATE_RANGE.test(text) || SINCE.test(text)) dateRanges += 1;
    if (EMAIL.test(text) || PHONE.test(text)) contact = true;
  }
  const whole = folded.join('\n');
  const marks = OTHER_DOCUMENT_MARKS.filter(([, pattern]) => pattern.test(whole)).map(([kind]) => kind);
  const marksOf = (kind: OtherDocumentKind) => marks.filter((mark) => mark === kind).length;
  const named = marks.filter((kind) => marksOf(kind) >= (kind === 'job-offer' ? MARKS_TO_NAME_A_JOB_OFFER : MARKS_TO_NAME_A_KIND));
  const otherKind = named.reduce<OtherDocumentKind | null>((best, kind) => (best === null || marksOf(kind) > marksOf(best) ? kind : best), null);
  const words = whole.split(/\s+/).filter(Boolean).length;
  return { sections: families.size, dateRanges, contact, title, otherKinds: marks.length, otherKind, careerStory: CAREER_STORY.test(whole), words };
}

/** What the document clearly is instead of a CV ('other' when it is nothing a CV has), or null when
 *  it may be a CV. Two dated periods or a "CV" title make a CV whatever else it says. A job offer is
 *  told by its marks even with headings; any other kind only when the document has at most one CV
 *  heading (a CV with its cover letter on page 2 is a CV). A long text with no heading, contact,
 *  date or career told in the first person is nothing a CV has. */
export function clearlyNotACv(likeness: CvLikeness): OtherDocumentKind | 'other' | null {
  if (likeness.dateRanges >= 2 || likeness.title) return null;
  if (likeness.otherKind === 'job-offer') return 'job-offer';
  if (likeness.sections > 1) return null;
  if (likeness.otherKind) return likeness.otherKind;
  const nothingOfACv = likeness.sections === 0 && !likeness.contact && likeness.dateRanges === 0 && !likeness.careerStory;
  if (nothingOfACv && likeness.words >= LONG_ENOUGH_WORDS) return 'other';
  return null;
}

/** A `not-a-cv` warning, or null when the document looks like a CV. */
export function detectNotACv(lines: TextLine[]): Warning | null {
  return notACvWarning(measureCvLikeness(lines));
}

/** The warning for a document already measured (the pipeline measures once, for the refusal too). */
export function notACvWarning(likeness: CvLikeness): Warning | null {
  const score = likeness.sections + (likeness.dateRanges >= 2 ? 1 : 0) + (likeness.contact ? 1 : 0) + (likeness.title ? 1 : 0);
  const looksLikeCv = likeness.otherKinds >= 2 ? likeness.sections >= 3 && score >= 4 : score >= 2;
  if (looksLikeCv) return null;
  const reasons = [
    likeness.contact ? null : 'no contact details',
    likeness.sections >= 2 ? null : 'no CV sections',
    likeness.otherKinds >= 2 ? 'the vocabulary of another kind of document' : null,
  ].filter(Boolean);
  return {
    code: 'not-a-cv',
    message: `This document does not look like a CV (${reasons.join(', ') || 'too little CV content'}).`,
  };
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'");
}
