import type { TabSession } from '../utils/tab-session';
import type { Translate } from './use-settings';

interface Props {
  session: TabSession | null;
  /** The status line: the last message, else where the reading of the CV is. */
  status: string;
  onFile: (file: File) => Promise<void>;
  t: Translate;
}

/** The review screen's title, its CV file chooser and the status line tests and screen readers follow. */
export function ReviewHeader({ session, status, onFile, t }: Props) {
  return (
    <header class="review-header">
      <h1>{t('review.title')}</h1>
      <p class="review-intro">{t('review.intro')}</p>
      <div class="file-picker">
        <label for="cv-input">{t('review.choose-file')}</label>
        <input
          id="cv-input"
          data-testid="cv-input"
          type="file"
          accept=".pdf,.docx,.odt,.txt,.png,.jpg,.jpeg,.webp,application/pdf,image/*"
          onChange={(event) => {
            const file = (event.currentTarget as HTMLInputElement).files?.[0];
            if (file) void onFile(file);
          }}
        />
      </div>
      <p class="review-status" data-testid="review-status" data-state={session?.state ?? 'idle'} data-run={session?.runId ?? ''} role="status" aria-live="polite">
        {status}
      </p>
    </header>
  );
}
