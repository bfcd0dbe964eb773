// Undo of the last fill, in every frame that took part of it: each frame's content script puts back
// what its boxes held and says what the person changed since (left as they typed it).
import { mergeFillReports } from './fill-frames';
import type { FillResponse } from './messages';
import { isGone, sendToFrame } from './send-to-frame';
import { readFilledFrames, writeFilledFrames } from './tab-session';

/** Undo goes to every frame that filled since the last undo (the top frame if none is known). */
export async function undoFill(tabId: number, topOrigin: string): Promise<FillResponse> {
  const recorded = await readFilledFrames(tabId);
  const frames = recorded.length > 0 ? recorded : [{ frameId: 0, origin: topOrigin }];
  const responses: FillResponse[] = [];
  for (const frame of frames) {
    const response = await sendToFrame(tabId, frame.frameId, { target: 'content', type: 'undo', origin: frame.origin });
    if (isGone(frame, response)) continue;
    responses.push(response);
  }
  await writeFilledFrames(tabId, []);
  const undone = responses.flatMap((response) => (response.ok ? [response.report] : []));
  if (undone.length === 0) return responses[0] ?? { ok: false, reason: 'nothing-to-undo' };
  const editedSince = [...new Set(responses.flatMap((response) => (response.ok ? (response.editedSince ?? []) : [])))];
  return { ok: true, report: mergeFillReports(undone), ...(editedSince.length > 0 ? { editedSince } : {}) };
}
