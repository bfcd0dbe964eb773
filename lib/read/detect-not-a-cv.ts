import type { TextLine, Warning } from '../types';

// Tells whether a document looks like a CV. A CV has contact details, CV section headings
// (experience, education, skills, languages…) and date ranges; an invoice or a letter has its own
// vocabulary. Two verdicts: a document with no CV structure at all and the vocabulary of another
// kind (an invoice, a cover letter, an article, a payslip) is refused as not a CV (CONTRACT: bad
// input); a doubtful one is read with a `not-a-cv` warning, since odd CVs exist.

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
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const PHONE = /(\+|00)\d{2,3}[\s.-]?\(?\d\)?([\s.-]?\d{2,4}){3,5}|\b0[1-9]([\s.-]?\d{2}){4}\b|\b07\d{3}\s?\d{6}\b/;
const CV_TITLE = /\b(curriculum vitae|cv|resume)\b/;
/** The vocabulary of other documents people upload by mistake, by kind. */
export type OtherDocumentKind = 'invoice' | 'letter' | 'article' | 'payslip';
/** Each with whether it alone tells the kind: "article" is also a word of CVs ("mise en rayon des
 *  articles"), "publié le" / "par la rédaction" are not. */
const NOT_CV: [OtherDocumentKind, RegExp, boolean][] = [
  ['invoice', /\b(facture|invoice|devis|quotation|bon de commande)\b/, true],
  ['invoice', /\b(tva|vat|total ht|ttc|net a payer|amount due|subtotal|iban|siret|bic)\b/, true],
  ['letter', /\b(madame, monsieur|je vous prie d.agreer|veuillez agreer|lettre de motivation|dear (sir|madam|hiring)|yours (sincerely|faithfully)|cover letter)\b/, true],
  ['article', /\b(publie le|par la redaction|selon l.enquete|communique de presse)\b/, true],
  ['article', /\barticle\b/, false],
  ['payslip', /\b(contrat de travail|bulletin de paie|bulletin de salaire|fiche de paie|attestation employeur)\b/, true],
];
/** Words enough that a CV would show a heading, a date or a contact line somewhere. */
const LONG_ENOUGH_WORDS = 150;

export interface CvLikeness {
  sections: number;
  dateRanges: number;
  contact: boolean;
  title: boolean;
  otherKinds: number;
  /** The other kind whose vocabulary the document has most of. */
  otherKind: OtherDocumentKind | null;
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
  const hits = NOT_CV.filter(([, pattern]) => pattern.test(whole));
  // The other kind is named only from telling words, the kind with most of them.
  const telling = hits.filter(([, , alone]) => alone).map(([kind]) => kind);
  const otherKind = telling.length === 0 ? null : telling.reduce((best, kind) => (telling.filter((k) => k === kind).length > telling.filter((k) => k === best).length ? kind : best));
  const words = whole.split(/\s+/).filter(Boolean).length;
  // Both article patterns say one thing: counted once, as the warning's rule always has.
  const otherKinds = hits.length - (hits.filter(([kind]) => kind === 'article').length > 1 ? 1 : 0);
  return { sections: families.size, dateRanges, contact, title, otherKinds, otherKind, words };
}

/** What the document clearly is instead of a CV ('other' when it is nothing a CV has), or null when
 *  it may be a CV. A CV shows at least two section headings or two dated periods; with at most one
 *  heading and one date, the vocabulary of another document decides, or, in a long text, the lack
 *  of any heading, contact line or CV title. */
export function clearlyNotACv(likeness: CvLikeness): OtherDocumentKind | 'other' | null {
  if (likeness.sections > 1 || likeness.dateRanges >= 2 || likeness.title) return null;
  if (likeness.otherKind) return likeness.otherKind;
  if (likeness.sections === 0 && !likeness.contact && likeness.words >= LONG_ENOUGH_WORDS) return 'other';
  return null;
}

/** A `not-a-cv` warning, or null when the document looks like a CV. */
export function detectNotACv(lines: TextLine[]): Warning | null {
  const likeness = measureCvLikeness(lines);
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
