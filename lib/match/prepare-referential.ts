// Build the matcher's lazy per-referential tables (label weights, the spelling index, the score
// sheet) ahead of the first CV, e.g. right after a pack is loaded or while the user picks a file,
// so the first CV links as fast as the next ones.

import type { Referential } from '../taxonomy/referential';
import { labelAccumulator } from './label-accumulator';
import { trigramIndex } from './near-keys';
import { labelWeights } from './spot-skill-labels';

export function prepareReferential(referential: Referential): void {
  labelWeights(referential);
  trigramIndex(referential);
  labelAccumulator(referential);
}
