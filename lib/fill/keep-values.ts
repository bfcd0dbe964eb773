import { controlKind, readValue } from './find-controls';
import { stillThere, type FillRun } from './fill-journal';
import { insertTextLikeTyping, setControlValue } from './set-control-value';

/**
 * After the page had time to re-render on its own, checks that every written value is still
 * there, writes the lost ones once more (through the browser's editing command when it can, as
 * typing does) and reports those the page still drops: a value shown but not kept would be lost
 * on submit, so it must not count as filled. A value the page reformatted ("06 12 34 56 78") is
 * kept; lost means the page went back to what the field held before, or emptied it, or removed the
 * control with none in its place.
 */
export async function keepValues(run: FillRun, waitForRerender: () => Promise<void>): Promise<void> {
  if (run.written.length === 0) return;
  await waitForRerender();
  const isLost = ({ control, value, previous }: FillRun['written'][number]) => {
    const current = stillThere(control);
    if (!current) return true;
    const now = readValue(current);
    return now !== value && (now.trim() === '' || now === previous);
  };
  const lost = run.written.filter(isLost);
  if (lost.length === 0) return;
  for (const { control: written, value } of lost) {
    const control = stillThere(written);
    // A select menu takes no typing: its lost choice is only reported.
    if (!control || controlKind(control) === 'menu') continue;
    if (!insertTextLikeTyping(control, value)) setControlValue(control, value);
    await run.tick();
  }
  await waitForRerender();
  for (const record of lost) {
    const { target } = record;
    if (!isLost(record)) continue;
    run.report.skipped.push({ target, reason: 'not-kept-by-page' });
    const index = run.report.filled.indexOf(target);
    if (index >= 0) run.report.filled.splice(index, 1);
  }
}
