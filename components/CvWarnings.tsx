import { describeWarning } from '../lib/i18n';
import type { CvProfile } from '../lib/types';

/** What the reading of the CV warns about (not a CV, pages left unread or without text, a poor scan). */
export function CvWarnings({ profile, language }: { profile: CvProfile; language: 'fr' | 'en' }) {
  if (profile.warnings.length === 0) return null;
  return (
    <ul class="warnings" data-testid="warnings">
      {profile.warnings.map((warning) => (
        <li key={warning.code} data-code={warning.code}>
          {describeWarning(language, warning.code, warning.params) ?? warning.message}
        </li>
      ))}
    </ul>
  );
}
