// The messages between the extension's contexts. Every runtime message names its target so the
// pages that also receive broadcasts (review, popup, offscreen) ignore the ones not meant for them.
import type { FillPlan, FillReport } from '../lib/fill/fill-plan';
import type { SurveyTarget } from '../lib/fill/survey-form';
import type { FramesInSight } from './other-site-frames';
import type { CvErrorCode } from '../lib/errors';
import type { Language, CvProfile, Progress } from '../lib/types';
import type { ReferentialHit } from '../lib/match/search-referential';
import type { AddedKind } from '../lib/fill/build-fill-plan';

/** A CV file handed over as base64: Chrome's runtime messaging only carries JSON. */
export interface CvFilePayload {
  name: string;
  size: number;
  base64: string;
}

export type BackgroundMessage =
  | { target: 'background'; type: 'cv-file'; file: CvFilePayload; tabId?: number }
  | { target: 'background'; type: 'cv-too-large'; name: string; size: number; tabId?: number }
  | { target: 'background'; type: 'progress'; tabId: number; runId: string; progress: Progress }
  | { target: 'background'; type: 'fill'; tabId: number; plan: FillPlan }
  | { target: 'background'; type: 'undo'; tabId: number }
  | { target: 'background'; type: 'clear'; tabId: number }
  | { target: 'background'; type: 'touch'; tabId: number }
  | { target: 'background'; type: 'render-evidence'; tabId: number; page: number; text: string }
  | { target: 'background'; type: 'search-referential'; search: ReferentialSearch };

/** A counsellor's search of the active referential, to add what the CV implies but no line says. */
export interface ReferentialSearch {
  query: string;
  /** 'softSkill': the savoir-être concepts only. */
  kind: AddedKind;
  language: Language;
  top: number;
}

export type ReferentialSearchResponse = { ok: true; hits: ReferentialHit[] } | { ok: false };

export type OffscreenMessage =
  | { target: 'offscreen'; type: 'extract'; tabId: number; runId: string; file: CvFilePayload }
  | { target: 'offscreen'; type: 'render-evidence'; tabId: number; page: number; text: string }
  | { target: 'offscreen'; type: 'forget'; tabId: number }
  | { target: 'offscreen'; type: 'search-referential'; search: ReferentialSearch };

export type EvidenceImage = { ok: true; dataUrl: string; highlighted: number } | { ok: false; detail?: string };

export type ContentMessage =
  /** `origin`: the page origin checked just before; the content script refuses any other. */
  | { target: 'content'; type: 'fill'; plan: FillPlan; origin: string }
  | { target: 'content'; type: 'undo'; origin: string }
  /** Which of these targets the frame has a place for; the names only, never the CV's values. */
  | { target: 'content'; type: 'survey'; wanted: SurveyTarget[]; origin: string };

export type SurveyResponse =
  /** `found`: which of the wanted targets the frame has a place for (names only). `frames`: the
   *  URLs of the frames this document holds, by whether a person can see them. */
  | { ok: true; found: SurveyTarget[]; coveredByParent: boolean; frames?: FramesInSight }
  | { ok: false; reason: 'page-changed' | 'no-page' };

export type ExtractResponse =
  | { ok: true; profile: CvProfile }
  | { ok: false; code: CvErrorCode; params: Record<string, string | number> };

export type FillResponse =
  /** `framesNotEnabled`: origins of sites not enabled whose frames the page shows (the form may be
   *  there, out of reach), after a fill. */
  | {
      ok: true;
      report: FillReport;
      framesNotEnabled?: string[];
      /** After an undo: what it left as the person changed it since the fill (targets, or a box's label). */
      editedSince?: string[];
    }
  | { ok: false; reason: 'no-page' | 'not-allowed' | 'nothing-to-undo' | 'page-changed' };

/** A content script's answer to a fill: also the origins of the other sites' frames it shows. */
export type ContentFillResponse = FillResponse | { ok: true; report: FillReport; otherSiteFrames: string[] };

/** A chosen CV as base64 (runtime messages carry JSON only), read by FileReader, both in the content
 *  script and on the review screen: in a Firefox content script the page's file gives an ArrayBuffer
 *  of the page's compartment, whose bytes the script may not spread ("Permission denied to access
 *  property constructor"); a data: URL is a plain string. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('file-read-failed'));
    reader.readAsDataURL(file);
  });
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
