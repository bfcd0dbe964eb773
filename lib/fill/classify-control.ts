import type { ControlDescription } from './describe-control';
import { FIELD_RULES, NOT_THE_CURRENT_ONE, OTHER_PURPOSE, SOMEONE_ELSE, type FieldRule, type RuleTarget } from './field-rules';
import { fold } from './fold-text';
import { HEADED_TARGETS, headingAsLabel } from './heading-as-label';
import { isPhoneNumberPart } from './phone-code-and-number';

export type Evidence = 'autocomplete' | 'label' | 'hint' | 'heading' | 'type' | 'name';

export interface Classification {
  target: RuleTarget;
  /** Which evidence decided: the strongest first. */
  by: Evidence;
}

/** How much each kind of evidence is trusted, to pick one control when several claim a target. */
export const EVIDENCE_STRENGTH: Record<Evidence, number> = { autocomplete: 5, label: 4, hint: 3, heading: 2.5, type: 2, name: 1 };

/** Targets about the job seeker as a person: never filled in a section about someone else. */
const PERSONAL: ReadonlySet<RuleTarget> = new Set(['fullName', 'firstName', 'lastName', 'email', 'emailConfirmation', 'phone', 'address', 'postcode', 'city', 'civility']);

/**
 * What a control is for, from its strongest evidence. A label that matches two unrelated targets
 * ("Ville / Code postal") is ambiguous and decides nothing; weaker evidence is then not trusted
 * either. A section about someone else (emergency contact, employer, referee) is never filled,
 * nor a box that is not part of the application (newsletter, login).
 */
export function classifyControl(description: ControlDescription): Classification | null {
  // "Numéro" under the "Téléphone" legend: the question's label names the box.
  const found = strongestEvidence(description) ?? (isPhoneNumberPart(description) ? { target: 'phone' as const, by: 'label' as const } : null);
  if (!found) return null;
  const context = fold(`${description.group} ${description.section}`);
  if (OTHER_PURPOSE.test(context)) return null;
  if (PERSONAL.has(found.target) && SOMEONE_ELSE.test(context)) return null;
  // "Courriel du conseiller", "Téléphone du tuteur", "Referee email": the label itself says whose.
  if (PERSONAL.has(found.target) && !addressesThePerson(description.label) && SOMEONE_ELSE.test(fold(withoutAsides(description.label)))) return null;
  // "Previous surname(s)", "Ancienne adresse": the person's, but not the one the CV gives.
  if (PERSONAL.has(found.target) && NOT_THE_CURRENT_ONE.test(fold(withoutAsides(description.label)))) return null;
  return found;
}

/** "Téléphone où les entreprises peuvent vous joindre", "Email a recruiter can reach you at": a label
 *  that speaks of reaching the person asks for their own details, whoever it names. */
const REACHES_THE_PERSON = /vous (joindre|contacter|appeler|ecrire|rappeler|recontacter)|(reach|contact|call|email|text) you($|\s)/;

function addressesThePerson(label: string): boolean {
  return REACHES_THE_PERSON.test(fold(label));
}

/** A label less its asides in brackets: "Téléphone (visible par les entreprises)" is the person's. */
function withoutAsides(label: string): string {
  return label.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
}

/** Help text that names another field to set this one apart: "affiché à la place de votre nom",
 *  "if different from your address". */
const REFERS_TO_ANOTHER_FIELD = /(^|\s)(a la place d|au lieu d|plutot que|autre que|different(e|es|s)? (de|du|des|d)(\s|$)|instead of|rather than|other than|different (from|to|than))/;

function strongestEvidence(description: ControlDescription): Classification | null {
  for (const rule of FIELD_RULES) {
    if (rule.autocomplete.some((token) => description.autocomplete.includes(token))) return { target: rule.target, by: 'autocomplete' };
  }
  const label = fold(description.label);
  // "Ville de naissance", "Téléphone employeur": the label names the kind of box and rules it out.
  // Weaker evidence (a name "VILLE_NAISS", "TEL_EMP", type="tel") must not give it back. An aside
  // ("Téléphone (visible par les entreprises)") rules nothing out on its own.
  const mainWords = fold(withoutAsides(description.label));
  const ruledOutByLabel = new Set(
    addressesThePerson(description.label) ? [] : FIELD_RULES.filter((rule) => mainWords && rule.label.test(mainWords) && rule.negative?.test(mainWords)).map((rule) => rule.target),
  );
  const allowed = (rule: FieldRule) => !ruledOutByLabel.has(rule.target);
  for (const source of ['label', 'hint'] as const) {
    // An example address in a hint ("ex : nom@domaine.fr") is no word about the box: "nom" there
    // is no family name.
    const text = fold(source === 'hint' ? description.hint.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ') : description.label);
    if (!text || (source === 'hint' && REFERS_TO_ANOTHER_FIELD.test(text))) continue;
    // A hint speaks about the box its label names: the label's words still rule a look-alike out
    // ("Pseudo", helped by "… votre nom", is no family name).
    const ruledOut = source === 'hint' ? `${label} ${text}` : text;
    const matches = winners(FIELD_RULES.filter((rule) => rule.label.test(text) && !rule.negative?.test(ruledOut)));
    if (matches.length === 1) return { target: matches[0]!.target, by: source };
    if (matches.length > 1 && source === 'label') return null;
  }
  // A box named only by an example of what it takes ("ex : jean.dupont@mail.fr", "06 12 34 56 78"):
  // the example says it.
  const example = label ? null : exampleTarget(description.hint);
  if (example && allowed(FIELD_RULES.find((rule) => rule.target === example)!)) return { target: example, by: 'hint' };
  // "Intitulé" under "Poste recherché": the heading says what the box is for.
  const heading = headingAsLabel(description);
  if (heading) {
    const matches = winners(FIELD_RULES.filter((rule) => allowed(rule) && HEADED_TARGETS.has(rule.target) && rule.label.test(heading) && !rule.negative?.test(heading)));
    if (matches.length === 1) return { target: matches[0]!.target, by: 'heading' };
  }
  for (const rule of FIELD_RULES) {
    if (allowed(rule) && rule.inputTypes?.includes(description.type)) return { target: rule.target, by: 'type' };
  }
  const name = fold(description.name);
  if (name) {
    const matches = winners(FIELD_RULES.filter((rule) => allowed(rule) && rule.name?.test(name) && !rule.negative?.test(name)));
    if (matches.length >= 1) return { target: matches[0]!.target, by: 'name' };
  }
  return null;
}

/** An example, alone or after "Ex :", "exemple", "e.g.": an e-mail address, or a phone number (9 to
 *  15 digits, spaced as people write them; never a date). */
const EXAMPLE_LEAD = /^\s*(ex(emple)?|e\.?\s?g|par ex(emple)?|for example)?\s*[.:]?\s*/i;
const EMAIL_EXAMPLE = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const PHONE_EXAMPLE = /^\+?\(?\d[\d .\-()]{7,}\d$/;

function exampleTarget(hint: string): 'email' | 'phone' | null {
  const shown = hint.trim().replace(EXAMPLE_LEAD, '').replace(/\s*\.{3}$|\s*…$/, '').trim();
  if (EMAIL_EXAMPLE.test(shown)) return 'email';
  const digits = shown.replace(/\D/g, '').length;
  return PHONE_EXAMPLE.test(shown) && digits >= 9 && digits <= 15 ? 'phone' : null;
}

/** Drops the rules a more specific matching rule wins over. */
function winners(matches: FieldRule[]): FieldRule[] {
  const beaten = new Set(matches.flatMap((rule) => rule.over ?? []));
  return matches.filter((rule) => !beaten.has(rule.target));
}
