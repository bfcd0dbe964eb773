// Older pages write the expected shape as a box's own value rather than as its placeholder
// ("jj/mm/aaaa", "0X XX XX XX XX", "_____"), and clear it when the box gets the focus. Such a box
// holds no one's answer: it is empty for the fill, which writes over the shape (undo puts it back).


const DATE_SHAPE = /^(jj|dd|mm|aaaa|yyyy|aa|yy)(\s?[/.-]\s?(jj|dd|mm|aaaa|yyyy|aa|yy)){0,2}$/;
/** Blanks to fill ("_____", "__/__/____", "XX XX XX XX XX"), after at most a fixed "0" or "+33". */
const BLANKS = /^(\+?\d{1,3}\s?|0)?[_#x*]{1,4}([\s/.-]*[_#x*]{1,4})*$/;

/** The box shows the shape the page wrote in it (its HTML value), and nothing else. */
export function holdsOnlyFormatHint(control: HTMLElement): boolean {
  if (control.tagName !== 'INPUT') return false;
  const value = (control as HTMLInputElement).value.trim();
  if (value === '' || value !== (control.getAttribute('value') ?? '').trim()) return false;
  const lower = value.toLowerCase().replace(/\s+/g, ' ');
  return DATE_SHAPE.test(lower) || (BLANKS.test(lower) && (value.match(/[_#xX*]/g)?.length ?? 0) >= 2);
}
