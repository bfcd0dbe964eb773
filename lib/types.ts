// The plain data that flows between the stages: read -> parse -> match -> fill.
// Every stage takes and returns these shapes only, so the CLI, the tests and the extension share
// one code path. The output shape (`CvProfile`) is the public contract in ../shared/CONTRACT.md §1.

// ---------------------------------------------------------------------------------------------
// Read stage

export type SourceKind = 'pdf-text' | 'pdf-ocr' | 'image-ocr' | 'docx' | 'doc' | 'odt' | 'rtf' | 'html' | 'text';
// 'doc', 'odt', 'rtf', 'html' and 'text' extend the contract's kinds for Word 97–2003, LibreOffice, RTF,
// web-page (.html, .mht) and plain-text CVs.

export type Language = 'fr' | 'en';

/** One piece of text as laid out on the page (PDF coordinates, origin top-left, in points). */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontName?: string;
  bold?: boolean;
}

/** A line of text in reading order. `page` counts from 1. */
export interface TextLine {
  text: string;
  page: number;
  /** Left edge, top edge, width and font height (points). Absent for formats without layout. */
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  bold?: boolean;
  /** Index of the column/block the line belongs to on its page (0 = first read). */
  block?: number;
  /** Left edge of each tab-separated cell of `text`, when the reader placed them: lets a table row
   *  whose first cells are empty ("\tGeorges, Lyon 2e") be put back in its columns. */
  cells?: number[];
  /** Set by the parse stage (mark-status-lines.ts): the short line below this one, which may only
   *  give its status ("– formation prévue en 2027", "(en cours d'obtention)", "- not renewed");
   *  its words tell (a short item such as "SST" says nothing of the line above). */
  statusBelow?: string;
}

export interface ReadDocument {
  kind: SourceKind;
  pages: number;
  lines: TextLine[];
  warnings: Warning[];
}

export type ProgressStage = 'reading' | 'ocr' | 'parsing' | 'matching' | 'done';

export interface Progress {
  stage: ProgressStage;
  page?: number;
  pages?: number;
}

export type ProgressListener = (progress: Progress) => void;

/** Where the OCR engine finds its files. In Node the defaults read from node_modules; the
 *  extension passes URLs of the copies it bundles. Nothing is ever fetched from the network. */
export interface OcrSettings {
  workerPath?: string;
  corePath?: string;
  langPath?: string;
  /** Tesseract language codes, default ['fra', 'eng']. */
  languages?: string[];
}

export interface ReadOptions {
  fileName?: string;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  ocr?: OcrSettings;
  /** Pages read at most; later pages are skipped with a `pages-truncated` warning. */
  maxPages?: number;
}

/** A reader turns the bytes of one file into lines in reading order. */
export type DocumentReader = (bytes: Uint8Array, options: ReadOptions) => Promise<ReadDocument>;

// ---------------------------------------------------------------------------------------------
// Parse and match stages: the suggested profile (CONTRACT §1)

export interface Evidence {
  /** The exact snippet of the CV text the value came from. */
  text: string;
  page: number;
}

export interface Suggestion {
  value: string;
  confidence: number;
  evidence: Evidence;
}

export type FieldKey =
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'city'
  | 'postcode'
  | 'address'
  | 'jobTitle';

export const FIELD_KEYS: readonly FieldKey[] = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'postcode',
  'city',
  'jobTitle',
];

export type ProfileFields = Partial<Record<FieldKey, Suggestion>>;

export interface ConceptSuggestion {
  /** The referential's own id: ESCO URI, or ROME code_ogr. */
  id: string;
  label: string;
  confidence: number;
  evidence: Evidence;
  /** Next best concepts for the same CV wording, for the review screen. */
  alternatives?: { id: string; label: string; score: number }[];
}

export interface Experience {
  title: string;
  employer: string | null;
  location?: string | null;
  /** "YYYY-MM" or "YYYY". */
  start: string | null;
  /** "YYYY-MM", "YYYY", "present" or null. */
  end: string | null;
  /** How long it lasted, as the CV says when it gives no dates of its own ("3 mois", "6 weeks"). */
  duration?: string;
  evidence: Evidence;
}

export interface Education {
  degree: string;
  school: string | null;
  end: string | null;
  evidence: Evidence;
}

export interface LanguageSkill {
  /** ISO 639-1. */
  language: string;
  /** CEFR level (A1…C2) or null. */
  level: string | null;
  /** The level as written in the CV, e.g. "courant". */
  levelText?: string | null;
  evidence: Evidence;
}

export interface Certification {
  label: string;
  evidence: Evidence;
}

export interface Warning {
  code: string;
  message: string;
  /** The numbers the review screen's sentence needs ("only the first {maxPages} pages"). */
  params?: Record<string, string | number>;
}

export interface Timings {
  readMs: number;
  parseMs: number;
  matchMs: number;
  totalMs: number;
}

export interface CvProfile {
  source: { file: string; kind: SourceKind; pages: number; language: Language };
  fields: ProfileFields;
  skills: ConceptSuggestion[];
  /** Savoir-être ("Rigueur", "Autonomie"), apart from the skills; absent from profiles read before
   *  it existed. */
  softSkills?: ConceptSuggestion[];
  occupations: ConceptSuggestion[];
  experiences: Experience[];
  education: Education[];
  languages: LanguageSkill[];
  drivingLicences: string[];
  certifications: Certification[];
  warnings: Warning[];
  timings: Timings;
}

/** What the parse stage produces before linking to a referential. */
export type ParsedProfile = Omit<CvProfile, 'source' | 'skills' | 'softSkills' | 'occupations' | 'timings'> & {
  language: Language;
  /** Sections found, in reading order, for the matcher (skills section > bullets > summary). */
  sections: CvSection[];
};

export type SectionKind =
  | 'header'
  | 'profile'
  | 'experience'
  | 'education'
  | 'skills'
  | 'softSkills'
  | 'languages'
  | 'licences'
  | 'certifications'
  | 'interests'
  | 'other';

export interface CvSection {
  kind: SectionKind;
  /** The heading as written, or null for the part before the first heading. */
  heading: string | null;
  lines: TextLine[];
}
