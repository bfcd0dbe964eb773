import type { ControlDescription } from './describe-control';
import { FIELD_RULES, type RuleTarget } from './field-rules';

export interface Classification {
  target: RuleTarget;
  /** Which evidence decided: the strongest first. */
  by: 'autocomplete' | 'type' | 'label' | 'hint' | 'name';
}

const FULL_NAME = /(^|[^\p{L}])nom\s+(et|&)\s+pr[ée]nom|pr[ée]nom\s+(et|&)\s+nom|nom complet|full\s*name/iu;

/**
 * What a control is for, from its strongest evidence. A label that matches two targets ("Nom et
 * prénom") is ambiguous and decides nothing; weaker evidence is then not trusted either.
 */
export function classifyControl(description: ControlDescription): Classification | null {
  for (const rule of FIELD_RULES) {
    if (rule.autocomplete.some((token) => description.autocomplete.includes(token))) return { target: rule.target, by: 'autocomplete' };
  }
  for (const source of ['label', 'hint'] as const) {
    const text = description[source];
    if (!text) continue;
    // One box for the whole name: which order the page expects is unknown, so leave it to a person.
    if (FULL_NAME.test(text)) return null;
    const matches = FIELD_RULES.filter((rule) => rule.label.test(text) && !rule.negative?.test(text));
    if (matches.length === 1) return { target: matches[0]!.target, by: source };
    if (matches.length > 1 && source === 'label') return null;
  }
  for (const rule of FIELD_RULES) {
    if (rule.inputTypes?.includes(description.type)) return { target: rule.target, by: 'type' };
  }
  if (description.name) {
    const matches = FIELD_RULES.filter((rule) => rule.name?.test(description.name) && !rule.negative?.test(description.name));
    if (matches.length >= 1) return { target: matches[0]!.target, by: 'name' };
  }
  return null;
}
