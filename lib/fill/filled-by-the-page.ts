// A suggestion picked may fill other boxes: an address search writes the postcode and the town of
// the address chosen, a commune list its postcode. Those values are the fill's doing too, so undo
// takes them back, or the form would not be as before; unless the person changed them since.

import { controlKind, isChoice, readValue, type Control } from './find-controls';
import { editedSince, stillThere, rememberPlace, type FillRun, type UndoStep } from './fill-journal';
import { setControlValue } from './set-control-value';

/** Notes the other text boxes' values now; the returned function, called once the page reacted to
 *  a pick, adds an undo step (to `steps`) for each box the page changed meanwhile. */
export function watchOtherBoxes(run: Pick<FillRun, 'scan'>, control: Control, target: string, steps: UndoStep[]): () => void {
  const boxes = run.scan().filter((other) => other !== control && !isChoice(other) && controlKind(other) !== 'menu' && controlKind(other) !== 'editable');
  const before = new Map(boxes.map((box) => [box, readValue(box)]));
  return () => {
    for (const [box, previous] of before) {
      if (!box.isConnected) continue;
      const written = readValue(box);
      if (written === previous) continue;
      rememberPlace(box);
      steps.push({
        target,
        undo: () => {
          const current = stillThere(box);
          if (!current) return;
          const now = readValue(current);
          if (now === previous) return;
          if (editedSince(now, [written])) return target;
          setControlValue(current, previous);
        },
      });
    }
  };
}
