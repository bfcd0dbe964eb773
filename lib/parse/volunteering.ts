// Volunteering is experience: France Travail's profile lists it with the jobs and counsellors count
// it. Its sections ("Bénévolat", "Engagement associatif", "Volunteering") are read as experience
// sections, and a volunteering line among the hobbies ("Bénévole aux Restos du cœur") is one entry
// too. The association is the employer. Kept apart from the jobs: volunteering is no headline.
import type { CvSection } from '../types';
import { cleanPart, splitParts, withoutDates } from './entry-parts';
import type { ExperienceSuggestion } from './experiences/confidence';
import { hasJobWord } from './experiences/part-kinds';
import { looksLikePlace } from './experiences/place-parts';
import { experiencesOfSection } from './experiences/section-experiences';
import { PLACEMENT } from './experiences/line-patterns';
import { foldText } from './fold-text';
import { stripBullet } from './line-style';
import { findDateRanges } from './parse-dates';
import { unspace } from './sections/heading-words';

/** Heading words that make an experience section one of volunteering (section-vocabulary.ts). */
const VOLUNTEERING_WORDS = /benevol|volunteer|voluntary|associati|volontariat|community involvement/;

export function isVolunteeringSection(section: CvSection): boolean {
  return section.kind === 'experience' && section.heading !== null && VOLUNTEERING_WORDS.test(foldText(unspace(section.heading)));
}

const english = (section: CvSection) => /volunteer|voluntary|community/.test(foldText(section.heading ?? ''));

/** The volunteering of the CV: its sections' entries, then the volunteering named among hobbies
 *  that no job or entry already names (the same association said again as a hobby). */
export function extractVolunteering(sections: CvSection[], referenceDate = new Date(), jobs: ExperienceSuggestion[] = []): ExperienceSuggestion[] {
  const entries: ExperienceSuggestion[] = [];
  for (const section of sections) {
    if (!isVolunteeringSection(section)) continue;
    const role = english(section) ? 'Volunteer' : 'Bénévole';
    entries.push(...experiencesOfSection(section.lines, referenceDate, false).map((entry) => withRole(entry, role)));
  }
  const named = new Set([...jobs, ...entries].map((entry) => foldText(entry.employer ?? '')));
  for (const section of sections) {
    if (section.kind !== 'interests') continue;
    for (const line of section.lines) {
      for (const item of volunteeringItems(line.text, line.page, referenceDate)) {
        if (named.has(foldText(item.employer ?? ''))) continue;
        named.add(foldText(item.employer ?? ''));
        entries.push(item);
      }
    }
  }
  return entries;
}

/** "Restos du cœur, Lille" over its dates names the association only: the person was a volunteer
 *  there ("Bénévole"), and the town is the town. A role named ("Trésorière", "Coach") stays. */
function withRole(entry: ExperienceSuggestion, role: string): ExperienceSuggestion {
  if (entry.employer !== null && !looksLikePlace(entry.employer)) return entry;
  if (hasJobWord(entry.title) || PLACEMENT.test(entry.title.trim())) return entry;
  const location = entry.employer ?? entry.location ?? null;
  return { ...entry, title: role, employer: entry.title, location };
}

/** A volunteer's word, then the association after a connector or a dash: "Bénévole aux Restos du
 *  cœur", "Animatrice bénévole – Secours populaire", "Bénévolat : Croix-Rouge", "Volunteer with
 *  the Irish Red Cross", "Éducateur bénévole des U13 au club de Lanester". Groups: the words
 *  before, the volunteer word, the words after it that still say the role, the rest. */
const VOLUNTEER_ITEM = /^((?:[\p{L}'’-]+\s+){0,3}?)(b[ée]n[ée]vole|b[ée]n[ée]volat|volunteer(?:ing)?|volontaire)((?:\s+[\p{L}\d'’-]+){0,3}?)(?:\s+(?:aux?|[àa]\s+la|[àa]\s+l['’]|[àa]|chez|pour|dans\s+(?:une?|la|le|l['’])|au\s+sein\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|du|de\s+la|de\s+l['’]|with|for|at)(?:(?<=['’])|(?!\p{L}))\s*|\s*[:–—-]\s*)(.+)$/iu;

/** An organisation named by its kind, not its name ("the local food bank", "la banque alimentaire",
 *  "a charity shop"): volunteering too, where "at weekends" or "aide aux devoirs" names none. */
const ORGANISATION_KIND = /(?<!\p{L})(?:association|asso|club|[ée]quipe|ong|ngo|charity|charities|food\s*bank|banque\s+alimentaire|[ée]picerie\s+solidaire|shelter|refuge|hospice|hospital|h[ôo]pital|care\s+home|nursing\s+home|ehpad|maison\s+de\s+retraite|soup\s+kitchen|school|[ée]cole|library|biblioth[èe]que|m[ée]diath[èe]que|church|parish|paroisse|scouts?|youth\s+(?:group|centre|center)|community\s+(?:centre|center|garden|group)|centre\s+social|maison\s+de\s+quartier|mjc|parkrun|foundation|fondation|ressourcerie|recyclerie)(?!\p{L})/iu;
/** What goes before such a kind and after it, which is no part of it: "my local", "every Saturday". */
const KIND_DETERMINER = /^(?:the|a|an|my|our|une?|la|le|les|l['’]|ma|mon|notre)\s*(?<=\s|['’])/iu;
const KIND_TAIL = /\s+(?:every|each|once|twice|on\s+(?:weekends|saturdays|sundays)|at\s+weekends|during|le\s+(?:week-end|samedi|dimanche|mercredi)|les\s+(?:week-ends|samedis|dimanches|mercredis)|tous\s+les|chaque|pendant)\b.*$/iu;
/** "I volunteer at…", "Je suis bénévole aux…": the speaker, not a role. */
const SPEAKER = /^(?:i|we|i\s+am|i['’]m|je|nous|je\s+suis|j['’]ai\s+[ée]t[ée])\s*$/iu;

/** The organisation named by its kind, capitalised, or '' when the text names none. */
function organisationByKind(text: string): string {
  const kind = text.replace(KIND_DETERMINER, '').replace(KIND_TAIL, '').trim();
  if (!ORGANISATION_KIND.test(kind) || kind.split(/\s+/).length > 6) return '';
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** The volunteering named in a hobbies line, one entry per item ("Cuisine, bénévolat aux Restos
 *  du cœur depuis 2019"). An item that names no association ("Bénévolat") is only an interest. */
function volunteeringItems(text: string, page: number, referenceDate: Date): ExperienceSuggestion[] {
  const items = stripBullet(text).split(/\s*[;•|]\s*|,\s+(?=\p{Ll})/u);
  return items.flatMap((item) => {
    const match = VOLUNTEER_ITEM.exec(item.trim());
    if (!match) return [];
    const [, before, word, after, rest] = match;
    // Words between a noun and the association say no role ("bénévolat depuis 2019 aux Restos").
    const adjective = /^(?:b[ée]n[ée]vole|volontaire|volunteer)$/i.test(word!);
    if (after && !adjective) return [];
    const range = findDateRanges(rest!, referenceDate)[0];
    const named = withoutDates(rest!, range).split('\t')[0]!.replace(/^the\s+/i, '');
    const [association, ...places] = splitParts(named);
    // The tasks in brackets after it, and the sentence's full stop, are not its name.
    const written = association ? cleanPart(association.replace(/\.\s*$/, '').replace(/\s*\(([^()]*)\)\s*$/, '')) : '';
    const organisation = /^\p{Lu}/u.test(written) ? written : organisationByKind(written);
    if (!organisation) return [];
    const place = places.find(looksLikePlace) ?? /\(([^()]+)\)\s*$/.exec(association!)?.[1];
    // The words the adjective qualifies are the role ("Entraîneur bénévole"); before the noun they
    // are the item's own ("Cuisine et bénévolat").
    const qualifies = adjective && before!.trim().split(/\s+/).length <= 2 && !SPEAKER.test(before!.trim());
    const head = before && (qualifies || hasJobWord(before)) ? `${before}${word!.toLowerCase()}` : /^volunteer/i.test(word!) ? 'Volunteer' : 'Bénévole';
    const role = `${head}${after ?? ''}`;
    return [{
      title: role.charAt(0).toUpperCase() + role.slice(1),
      employer: organisation.charAt(0).toUpperCase() + organisation.slice(1),
      location: place && looksLikePlace(place) ? place : null,
      start: range?.start ?? null,
      end: range?.end ?? null,
      evidence: { text: text.trim(), page },
      confidence: 0.5,
    }];
  });
}
