import { describe, expect, it } from 'vitest';
import { afterFill, afterUndo, keptByUndo } from '../../components/use-fill';
import { emptyFillPlan, type FillReport } from '../../lib/fill/fill-plan';
import { translate, type MessageKey } from '../../lib/i18n';
import type { FillResponse } from '../../utils/messages';

// Undo puts the page back as before the first fill since the last undo, except what a custom menu
// with no empty choice keeps: the notice names those. A second fill that failed (the page changed
// meanwhile) wrote nothing, yet it made the notice forget what the first fill could not take back.

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('fr', key, params);
const plan = { ...emptyFillPlan(), fields: { jobTitle: 'Cariste' } };
const report = (irreversible: string[]): FillReport => ({ filled: ['jobTitle'], skipped: [], conflicts: [], irreversible });
const filled = (irreversible: string[]): FillResponse => ({ ok: true, report: report(irreversible) });

describe('what undo names as kept', () => {
  it('still names the first fill\'s menu after a second fill failed', () => {
    const first = afterFill([], filled(['jobTitle']), plan);
    const second = afterFill(first, { ok: false, reason: 'page-changed' }, plan);
    expect(keptByUndo(second, t, 'fr')).toEqual(['Métier recherché']);
  });

  it('gathers what every fill since the last undo kept, each once', () => {
    const withLanguage = { ...plan, languages: [{ language: 'en', level: 'B1' as const }] };
    const first = afterFill([], filled(['jobTitle']), plan);
    const second = afterFill(first, filled(['jobTitle', 'language:en']), withLanguage);
    expect(keptByUndo(second, t, 'fr')).toEqual(['Métier recherché', 'anglais']);
  });

  it('names too what undo found the page kept (a radio it ticks again from its own state)', () => {
    const withLicence = { ...plan, drivingLicences: ['B'] };
    const first = afterFill([], filled(['jobTitle']), withLicence);
    expect(keptByUndo(afterUndo(first, filled(['jobTitle', 'drivingLicences']), withLicence), t, 'fr')).toEqual(['Métier recherché', 'Permis et certifications']);
    // An undo that failed adds nothing.
    expect(keptByUndo(afterUndo(first, { ok: false, reason: 'nothing-to-undo' }, withLicence), t, 'fr')).toEqual(['Métier recherché']);
  });

  it('names nothing when every fill could be taken back', () => {
    expect(keptByUndo(afterFill([], filled([]), plan), t, 'fr')).toEqual([]);
  });
});
