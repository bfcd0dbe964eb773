// The concept searches of the review screen ask the background, which holds the referential with
// the engine. null when the search could not be made (the search box says so), not "no match".
import type { AddedKind } from '../lib/fill/build-fill-plan';
import type { ReferentialHit } from '../lib/match/search-referential';
import type { ReferentialSearchResponse } from '../utils/messages';
import { sendToBackground } from './send-to-background';

export async function searchReferential(query: string, kind: AddedKind, language: 'fr' | 'en', top: number): Promise<ReferentialHit[] | null> {
  const response = (await sendToBackground({ target: 'background', type: 'search-referential', search: { query, kind, language, top } }).catch(() => undefined)) as
    | ReferentialSearchResponse
    | undefined;
  return response?.ok ? response.hits : null;
}
