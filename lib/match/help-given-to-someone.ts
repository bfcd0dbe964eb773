// A carer names whom they help between the verb and the task: "Helping residents with meals",
// "Supporting people with their meals", "Assisting clients with shopping". The person keeps the
// verb away from its task, so no label was read: the task is also read with the person left out
// ("Helping with meals"). Only after a verb of helping, and a person of one or two words.

const HELP_SOMEONE_WITH = /^((?:help|helping|helped|support|supporting|supported|assist|assisting|assisted)\s+)(?:the\s+|our\s+)?(?:[\p{L}'’-]+\s+){1,2}?(with|at)\s+(?:their\s+|his\s+|her\s+|the\s+)?(\S.*)$/iu;
/** "Supporting people with dementia": after "with", what the person lives with, not the task. */
const CONDITION = /^(?:(?:a|an)\s+)?(?:\S+\s+)?(?:disabilit(?:y|ies)|dementia|autism|special\s+needs|additional\s+needs|learning\s+difficulties|mental\s+health|illness(?:es)?|conditions?)\b/iu;
/** Words that are the task rather than its beneficiary: "Helping with", "Supporting the team with". */
const NOT_A_PERSON = /^(?:out|to|in|on|the|team|staff|colleagues|nurses)$/iu;

/** The phrase without the person helped, or undefined when it names none. */
export function helpWithoutThePerson(text: string): string | undefined {
  const match = HELP_SOMEONE_WITH.exec(text.trim());
  if (!match) return undefined;
  const person = text.trim().slice(match[1]!.length).split(/\s+(?:with|at)\s+/iu)[0]!.replace(/^(?:the|our)\s+/iu, '');
  if (person.split(/\s+/).some((word) => NOT_A_PERSON.test(word)) || CONDITION.test(match[3]!)) return undefined;
  return `${match[1]}${match[2]} ${match[3]}`;
}
