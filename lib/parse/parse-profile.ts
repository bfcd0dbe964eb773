// The parse stage: lines in reading order -> a suggested profile, each value with the snippet it
// came from and a confidence. One step per file; this one only chains them.
import type { Language, ParsedProfile, ProfileFields, ReadDocument, Warning } from '../types';
import { detectLanguage } from './detect-language';
import { extractCertifications } from './extract-certifications';
import { extractDrivingLicences } from './extract-driving-licences';
import { extractEducation } from './extract-education';
import { extractEmail } from './extract-email';
import { extractExperiences } from './extract-experiences';
import { extractJobTitle } from './extract-job-title';
import { extractLanguages } from './extract-languages';
import { extractLocation } from './extract-location';
import { extractName } from './extract-name';
import { extractPhone } from './extract-phone';
import { unlabelEuropassRows } from './europass-rows';
import { joinSplitPeriods } from './join-split-periods';
import { joinWrappedLines } from './join-wrapped-lines';
import { latestTrade } from './latest-experience';
import { markStatusLines } from './mark-status-lines';
import { mergeLabelColumns } from './merge-label-column';
import { phoneCountry } from './phone-country';
import { splitInlineHeadings } from './split-inline-headings';
import { splitSections } from './split-sections';
import { isColumnHeaderRow } from './table-header-rows';
import { extractVolunteering, isVolunteeringSection } from './volunteering';

export interface ParseOptions {
  /** "Today" for open periods and two-digit years; tests pin it. */
  referenceDate?: Date;
  /** The CV language when known (CLI --lang); detected otherwise. */
  language?: Language;
}

export function parseProfile(doc: ReadDocument, options: ParseOptions = {}): ParsedProfile {
  const referenceDate = options.referenceDate ?? new Date();
  // Layout repairs first, then sections: label columns back on their rows, headings cut off
  // table rows, wrapped lines and cells joined, periods cut in two rejoined. A table's header row
  // ("Période | Poste | Employeur"), whole once its cells are joined, names columns: dropped.
  // Copies: the marks of this stage (statusBelow) must not reach the read stage's document.
  const lines = joinSplitPeriods(joinWrappedLines(splitInlineHeadings(unlabelEuropassRows(mergeLabelColumns(doc.lines.filter((line) => line.text.trim() !== ''))))), referenceDate)
    .filter((line) => !isColumnHeaderRow(line.text))
    .map((line) => ({ ...line }));
  const sections = markStatusLines(splitSections(lines, { heightsFromOcr: doc.kind === 'pdf-ocr' || doc.kind === 'image-ocr' }));
  const language = options.language ?? detectLanguage(lines).language;

  const fields: ProfileFields = {};
  const contactLines = new Set(sections.filter((section) => section.kind === 'header' && section.heading !== null).flatMap((section) => section.lines));
  const name = extractName(lines, contactLines, language);
  if (name.firstName) fields.firstName = name.firstName;
  if (name.lastName) fields.lastName = name.lastName;
  const email = extractEmail(lines);
  if (email) fields.email = email;
  const location = extractLocation(sections);
  const phone = extractPhone(lines, phoneCountry(language, lines, sections, location));
  if (phone) fields.phone = phone;
  if (location.address) fields.address = location.address;
  if (location.postcode) fields.postcode = location.postcode;
  if (location.city) fields.city = location.city;

  const jobs = extractExperiences(sections, referenceDate);
  // Volunteering is experience too, after the jobs; but no headline.
  const experiences = [...jobs, ...extractVolunteering(sections, referenceDate, jobs)];
  const current = latestTrade(jobs);
  const fullName = name.firstName && name.lastName ? name.firstName.evidence.text : undefined;
  const jobTitle = extractJobTitle(
    sections,
    fullName,
    current ? { title: current.title, text: current.evidence.text, page: current.evidence.page } : undefined,
    experiences.map((experience) => experience.employer).filter((employer): employer is string => employer !== null),
    // Without an experience heading the jobs were read in the header, where they are no headline.
    sections.some((section) => section.kind === 'experience' && !isVolunteeringSection(section)) ? [] : jobs.flatMap((experience) => experience.evidence.text.split('\n')),
  );
  if (jobTitle) fields.jobTitle = jobTitle;

  // Whether the document is a CV at all is told by the read stage (lib/read/detect-not-a-cv).
  const warnings: Warning[] = [];

  return {
    language,
    fields,
    experiences,
    education: extractEducation(sections, referenceDate),
    // Words such as "courant" or "notions" are mapped to their usual CEFR level; the words stay in levelText.
    languages: extractLanguages(sections, { approximateLevels: true }),
    drivingLicences: extractDrivingLicences(sections).map((licence) => licence.category),
    certifications: extractCertifications(sections),
    sections,
    warnings,
  };
}
