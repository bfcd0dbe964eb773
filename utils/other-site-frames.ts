// The frames of other sites a document shows: the fill cannot reach into them from this document.
// When the form is in one of them and that site is not enabled, the review screen can say so
// instead of a bare "nothing filled".
import { isVisibleToPerson, searchRoots, type VisibilityCheck } from '../lib/fill/find-controls';

/** Big enough to hold a form: not a tracking pixel, a "like" button or a captcha badge. */
function mayHoldForm(frame: Element): boolean {
  const box = frame.getBoundingClientRect();
  return isVisibleToPerson(frame) && box.width >= 200 && box.height >= 100;
}

/** The frames with an address of their own in this document, its shadow roots and same-origin
 *  frames (a srcdoc frame shows its own markup, of this document's origin, whatever its src). */
function framesWithAddress(root: Document): { frame: HTMLIFrameElement; url: URL }[] {
  const found: { frame: HTMLIFrameElement; url: URL }[] = [];
  for (const scope of searchRoots(root)) {
    for (const frame of scope.querySelectorAll<HTMLIFrameElement>('iframe[src]:not([srcdoc]), frame[src]')) {
      try {
        found.push({ frame, url: new URL(frame.src) });
      } catch {
        // not an address
      }
    }
  }
  return found;
}

/** Origins of the frames of other sites in this document. */
export function otherSiteFrames(root: Document, shown: VisibilityCheck = mayHoldForm): string[] {
  const origins = new Set<string>();
  for (const { frame, url } of framesWithAddress(root)) {
    // about:blank and data: frames belong to this document or to no site.
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin === root.location.origin) continue;
    if (shown(frame)) origins.add(url.origin);
  }
  return [...origins];
}

/** The frames a document holds, by URL, split by whether a person can see them. */
export interface FramesInSight {
  shown: string[];
  hidden: string[];
}

/**
 * A frame cannot tell that its own <iframe> is hidden in the page around it (off-screen,
 * transparent, visibility: hidden): its parent tells, so a form nobody sees never takes the fill.
 */
export function framesInSight(root: Document, shown: VisibilityCheck = isVisibleToPerson): FramesInSight {
  const found: FramesInSight = { shown: [], hidden: [] };
  for (const { frame, url } of framesWithAddress(root)) (shown(frame) ? found.shown : found.hidden).push(url.href);
  return found;
}
