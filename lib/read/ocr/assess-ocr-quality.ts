import type { Warning } from '../../types';

/** Below this mean word confidence, a scan is blurred, skewed or too small for reliable reading. */
const LOW_CONFIDENCE = 75;

/** A `low-quality-scan` warning when the OCR'd pages were read with low confidence. */
export function lowQualityWarning(confidences: (number | null)[]): Warning | null {
  const read = confidences.filter((value): value is number => value !== null);
  if (read.length === 0) return null;
  const mean = read.reduce((sum, value) => sum + value, 0) / read.length;
  if (mean >= LOW_CONFIDENCE) return null;
  return {
    code: 'low-quality-scan',
    message: `The scan was hard to read (OCR confidence ${Math.round(mean)}%): check the suggestions against the CV.`,
  };
}
