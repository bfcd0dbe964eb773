import { useState } from 'preact/hooks';
import type { TabSession } from '../utils/tab-session';
import type { Translate } from './use-settings';

interface Props {
  session: TabSession | null;
  /** The status line: the last message, else where the reading of the CV is. */
  status: string;
  onFile: (file: File) => Promise<void>;
  t: Translate;
}

/** Besides the formats read, those refused with advice (an old .doc, an iPhone photo): the file
 *  dialog shows them, so the person gets the advice rather than a CV they cannot find. */
const ACCEPTED = '.pdf,.docx,.odt,.fodt,.rtf,.txt,.png,.jpg,.jpeg,.webp,.tif,.tiff,.doc,.heic,.heif,.html,.htm,.mht,.mhtml,application/pdf,application/msword,application/rtf,text/rtf,text/html,multipart/related,message/rfc822,image/*';

/** The review screen's title, its CV file chooser (a button in the screen's language, and a drop
 *  zone: counsellors drag the CV from their mail) and the status line tests and screen readers follow. */
export function ReviewHeader({ session, status, onFile, t }: Props) {
  const [dragging, setDragging] = useState(false);
  const fileName = session?.fileName;
  return (
    <header
      class={dragging ? 'review-header dropping' : 'review-header'}
      onDragOver={(event) => {
        if (!event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!(event.currentTarget as Node).contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer?.files[0];
        if (file) void onFile(file);
      }}
    >
      <h1>{t('review.title')}</h1>
      <p class="review-intro">{t('review.intro')}</p>
      <div class="file-picker">
        <input
          id="cv-input"
          data-testid="cv-input"
          class="visually-hidden"
          type="file"
          accept={ACCEPTED}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            // Emptied, so that the same file chosen again (corrected meanwhile) is read again.
            input.value = '';
            if (file) void onFile(file);
          }}
        />
        <label for="cv-input" class="file-button">{t('review.choose-file')}</label>
        <span class="file-hint">{dragging ? t('review.drop-here') : fileName ? t('review.file-read', { file: fileName }) : t('review.or-drop')}</span>
      </div>
      <p class="review-status" data-testid="review-status" data-state={session?.state ?? 'idle'} data-run={session?.runId ?? ''} role="status" aria-live="polite">
        {status}
      </p>
    </header>
  );
}
