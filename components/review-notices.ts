// The review screen's status line, in words: where the reading of the CV is, and what a fill did
// or why it could not be made. Pure functions of the session and of the background's answers.
import { describeError } from '../lib/i18n';
import type { FillResponse } from '../utils/messages';
import type { TabSession } from '../utils/tab-session';
import type { Translate } from './use-settings';

/** The count of what was filled; when nothing was and the form may sit in a frame of a site the
 *  user has not enabled, which site, so they know what to enable. */
export function filledNotice(response: Extract<FillResponse, { ok: true }>, t: Translate): string {
  // Each site once, as the options page takes it: a bare name is read as https there, so an http
  // site is named with its scheme.
  const sites = [...new Set((response.framesNotEnabled ?? []).map((origin) => {
    const url = new URL(origin);
    return url.protocol === 'https:' ? url.host : url.origin;
  }))];
  if (response.report.filled.length === 0 && sites.length > 0) {
    return t('review.status.frame-not-enabled', { sites: sites.join(', '), count: sites.length });
  }
  return t('review.status.filled', { filled: response.report.filled.length });
}

/** Why a fill or an undo was not made (no answer at all: the page is gone). */
export function failureNotice(response: FillResponse | undefined, t: Translate): string {
  if (!response || response.ok) return t('review.status.no-page');
  return t(`review.status.${response.reason}`);
}

/** What is happening to the tab's CV: nothing yet, reading (which page, OCR), ready, or the error. */
export function statusText(session: TabSession | null, t: Translate, language: 'fr' | 'en', count: number): string {
  if (!session) return t('review.status.idle');
  if (session.state === 'error') return t('review.status.error', { message: describeError(language, session) });
  if (session.state === 'ready') return t('review.status.ready', { count });
  const progress = session.progress;
  if (progress?.stage === 'ocr' && progress.page && progress.pages) return t('review.status.ocr', { page: progress.page, pages: progress.pages });
  if (progress?.stage === 'reading' && progress.page && progress.pages) return t('review.status.reading-page', { page: progress.page, pages: progress.pages });
  if (progress?.stage === 'parsing') return t('review.status.parsing');
  if (progress?.stage === 'matching') return t('review.status.matching');
  return t('review.status.reading');
}
