import type { RuleTarget } from '../field-rules';
import type { GroupKind } from '../group-rules';

/**
 * What the engine may learn about one known site. An adapter only adds knowledge — where the
 * repeatable groups are, what a control the markup does not describe is for, the date format a
 * field expects — and never bypasses the safety rules: every control it names still goes through
 * the same checks (visible, enabled, not a password or payment field, never overwritten).
 */
export interface SiteAdapter {
  name: string;
  /** True on the pages of this site. */
  matches: (page: Document) => boolean;
  groups?: AdapterGroup[];
  /** Controls the generic rules cannot name: a CSS selector and what it is for. */
  fields?: { selector: string; target: RuleTarget }[];
  /** Date formats ("MM/YYYY", "YYYY") for controls whose markup does not show one. */
  dateFormats?: { selector: string; format: string }[];
}

/** One repeatable group: CSS selectors, searched in the page, its shadow roots and frames. */
export interface AdapterGroup {
  kind: GroupKind;
  /** The element holding the group's entries (and usually its heading and add button). */
  section: string;
  addButton?: string;
  /** One entry, inside the section. */
  row?: string;
  /** The remove button, inside one entry. */
  removeButton?: string;
}
