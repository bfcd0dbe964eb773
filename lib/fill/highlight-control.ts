import { controlKind, menuBoxOf, selectWidgetOf, type Control } from './find-controls';

const FILLED_OUTLINE = '3px solid #2e7d32';

/**
 * Shows a person which fields the fill wrote: a green outline for a moment, then the control's own
 * outline back. Checkboxes and radios are often drawn by their label, so the label is outlined.
 */
export function highlightControl(control: Control, durationMs = 1600): void {
  // A native select a widget hides (Select2…) is shown by the widget.
  const target = (['checkbox', 'radio'].includes((control.getAttribute('type') ?? '').toLowerCase()) && (control as HTMLInputElement).labels?.[0]) || selectWidgetOf(control) || (controlKind(control) === 'menu' ? (menuBoxOf(control) as HTMLElement) : control);
  const previous = target.style.outline;
  target.style.outline = FILLED_OUTLINE;
  setTimeout(() => {
    if (target.style.outline === FILLED_OUTLINE) target.style.outline = previous;
  }, durationMs);
}
