import { acceptAllAbove, reviewRows, type Decision } from '../lib/fill/build-fill-plan';
import { MAX_FILE_BYTES } from '../lib/limits';
import { fileToBase64 } from '../utils/messages';
import { CvWarnings } from './CvWarnings';
import { EducationSection } from './EducationSection';
import { EvidenceViewer } from './EvidenceViewer';
import { ExperiencesSection } from './ExperiencesSection';
import { FieldSections } from './FieldSections';
import { FillConflicts } from './FillConflicts';
import { LanguagesSection } from './LanguagesSection';
import { LicencesSection } from './LicencesSection';
import { searchReferential } from './referential-search';
import { statusText } from './review-notices';
import type { SectionProps } from './review-section';
import { reviewShortcuts } from './review-shortcuts';
import { ReviewHeader } from './ReviewHeader';
import { ReviewToolbar } from './ReviewToolbar';
import { sendToBackground } from './send-to-background';
import { SkillsSection } from './SkillsSection';
import { SoftSkillsSection } from './SoftSkillsSection';
import { UnfilledList } from './UnfilledList';
import { useAddedConcepts } from './use-added-concepts';
import { useEvidenceViewer } from './use-evidence-viewer';
import { useFill } from './use-fill';
import { useNotice } from './use-notice';
import { useSettings } from './use-settings';
import { ReliableFrom } from './ConfidenceBadge';
import { useTabSession } from './use-tab-session';

/** The review screen: the same component in review.html, the popup and the side panel. Each part
 *  of it is a file of components/: the sections, the toolbar, and the hooks that hold its state. */
export function ReviewApp({ tabId }: { tabId: number | null }) {
  const { settings, t } = useSettings();
  const { session, decisions, setDecisions } = useTabSession(tabId);
  const runId = session && 'runId' in session ? session.runId : null;
  const [notice, setNotice] = useNotice(runId);
  const profile = session?.state === 'ready' ? session.profile : null;
  const { conflicts, unfilled, fill, replace, keep, undo } = useFill({ tabId, profile, runId, decisions, setDecisions, setNotice, t, language: settings.uiLanguage });
  const { viewer, showEvidence, closeViewer } = useEvidenceViewer(tabId);
  const { added, addConcept, removeAdded } = useAddedConcepts({ profile, decisions, setDecisions, setNotice, t });
  const decide = (key: string) => (decision: Decision) => setDecisions({ ...decisions, [key]: decision });

  const onFile = async (file: File) => {
    if (tabId === null) return;
    setNotice(null);
    if (file.size > MAX_FILE_BYTES) {
      await sendToBackground({ target: 'background', type: 'cv-too-large', name: file.name, size: file.size, tabId });
      return;
    }
    await sendToBackground({ target: 'background', type: 'cv-file', tabId, file: { name: file.name, size: file.size, base64: await fileToBase64(file) } });
  };

  const clear = async () => {
    if (tabId === null) return;
    await sendToBackground({ target: 'background', type: 'clear', tabId });
    setNotice(t('review.status.cleared'));
  };

  const rows = profile ? reviewRows(profile) : [];
  // What the counsellor added is confirmed by the adding.
  const count = (status: string) =>
    rows.filter((row) => (decisions[row.key]?.status ?? 'pending') === status).length + (status === 'accepted' ? added.skill.length + added.occupation.length + added.softSkill.length : 0);
  const adding = (kind: 'skill' | 'occupation' | 'softSkill') => ({ added: added[kind], onRemove: removeAdded(kind), onAdd: addConcept(kind), search: searchReferential });
  const section: Omit<SectionProps, 'profile'> = { decisions, decide, showEvidence, t };

  return (
    <main class="review" onKeyDown={reviewShortcuts(fill)}>
      <ReviewHeader session={session} status={notice ?? statusText(session, t, settings.uiLanguage, rows.length)} onFile={onFile} t={t} />

      {viewer && <EvidenceViewer state={viewer} onClose={closeViewer} t={t} />}
      {profile && (
        // Keyed by the run: another CV gets fresh searches and closed corrections, not the previous person's.
        <ReliableFrom.Provider value={settings.acceptThreshold} key={runId}>
          <CvWarnings profile={profile} language={settings.uiLanguage} />
          <ReviewToolbar
            acceptThreshold={settings.acceptThreshold}
            counts={{ accepted: count('accepted'), rejected: count('rejected'), pending: count('pending') }}
            onAcceptAll={() => setDecisions(acceptAllAbove(profile, decisions, settings.acceptThreshold))}
            onFill={() => void fill()}
            onUndo={() => void undo()}
            onClear={() => void clear()}
            t={t}
          />
          <p class="shortcuts">{t('review.shortcuts')}</p>
          <UnfilledList skipped={unfilled?.skipped ?? []} plan={unfilled?.plan} t={t} language={settings.uiLanguage} />
          <FillConflicts conflicts={conflicts} onReplace={(key) => void replace(key)} onKeep={keep} t={t} />
          <FieldSections profile={profile} {...section} occupations={adding('occupation')} />
          <SkillsSection profile={profile} {...section} {...adding('skill')} />
          <SoftSkillsSection profile={profile} {...section} {...adding('softSkill')} />
          <LanguagesSection profile={profile} {...section} language={settings.uiLanguage} />
          <LicencesSection profile={profile} {...section} />
          <EducationSection profile={profile} {...section} />
          <ExperiencesSection profile={profile} {...section} />
        </ReliableFrom.Provider>
      )}
    </main>
  );
}
