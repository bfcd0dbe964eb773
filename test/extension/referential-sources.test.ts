import { describe, expect, it } from 'vitest';
import { shownSources } from '../../components/ReferentialImport';

describe('the referential in use, as the options page names it', () => {
  it('names each official referential once, without our phrase aliases or an unknown version', () => {
    expect(shownSources(['ESCO unknown', 'ALIASES 1', 'ALIASES 1'])).toBe('ESCO');
    expect(shownSources(['ESCO v1.2.0', 'ROME 4.0 v460', 'CROSSWALK V1', 'ALIASES 1'])).toBe('ESCO v1.2.0, ROME 4.0 v460, ESCO ↔ ROME V1');
    expect(shownSources(['ROME 4.0', 'CROSSWALK unknown'])).toBe('ROME 4.0, ESCO ↔ ROME');
  });
});
