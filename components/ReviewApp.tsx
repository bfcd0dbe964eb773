import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { acceptAllAbove, addedConcepts, addedKey, buildFillPlan, reviewRows, SHOWN_OCCUPATIONS, type AddedKind, type Decision } from '../lib/fill/build-fill-plan';
import type { ReferentialHit } from '../lib/match/search-referential';
import { emptyFillPlan, fillPlanIsEmpty, type FillPlan, type FillReport } from '../lib/fill/fill-plan';
import { describeError, describeWarning } from '../lib/i18n';
import { MAX_FILE_BYTES } from '../lib/limits';
import type { CvProfile, Evidence, FieldKey } from '../lib/types';
import { EvidenceViewer, type ViewerState } from './EvidenceViewer';
import { fileToBase64, type BackgroundMessage, type EvidenceImage, type FillResponse, type ReferentialSearchResponse } from '../utils/messages';
import { AddedConcepts } from './AddedConcepts';
import { ConceptSearch } from './ConceptSearch';
import { PartsEditor } from './PartsEditor';
import { editedEducation, editedExperience, editedLanguage, typedDate, unreadableParts } from '../lib/fill/edited-parts';
import { levelRank } from '../lib/fill/language-levels';
import { capitalisedLanguageName } from '../lib/i18n/language-name';
import { conceptScheme } from './concept-scheme';
import type { TabSession } from '../utils/tab-session';
import { ConfidenceBadge } from './ConfidenceBadge';
import { SuggestionRow } from './SuggestionRow';
import { actionableSkips, describeTarget, UnfilledList } from './UnfilledList';
import { useSettings, type Translate } from './use-settings';
import { useTabSession } from './use-tab-session';

const SECTIONS: { title: 'identity' | 'contact' | 'job'; fields: FieldKey[] }[] = [
  { title: 'identity', fields: ['firstName', 'lastName'] },
  { title: 'contact', fields: ['email', 'phone', 'address', 'postcode', 'city'] },
  { title: 'job', fields: ['jobTitle'] },
];

/** The review screen: the same component in review.html, the popup and the side panel. */
export function ReviewApp({ tabId }: { tabId: number | null }) {
  const { settings, t } = useSettings();
  const { session, decisions, setDecisions } = useTabSession(tabId);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<FillReport['conflicts']>([]);
  const [unfilled, setUnfilled] = useState<{ skipped: FillReport['skipped']; plan: FillPlan } | null>(null);
  /** What the last fill wrote that undo cannot take back, with the plan that names it. */
  const [irreversible, setIrreversible] = useState<{ targets: string[]; plan: FillPlan } | null>(null);
  // A new CV read in the tab (or its data cleared): the last fill's report is about another one.
  const runId = session && 'runId' in session ? session.runId : null;
  useEffect(() => {
    setUnfilled(null);
    setConflicts([]);
    setIrreversible(null);
    // The last message ("skill added: …") was about the previous CV; the status now says this one's
    // progress. A cleared tab (no run) keeps its "cleared" message.
    if (runId) setNotice(null);
  }, [runId]);
  const [viewer, setViewer] = useState<ViewerState | null>(null);

  const showEvidence = async (evidence: Evidence) => {
    if (tabId === null) return;
    setViewer({ evidence, image: null });
    const image = (await send({ target: 'background', type: 'render-evidence', tabId, page: evidence.page, text: evidence.text })) as EvidenceImage | undefined;
    setViewer((current) => (current?.evidence === evidence ? { evidence, image: image ?? { ok: false } } : current));
  };

  const send = async (message: BackgroundMessage) => browser.runtime.sendMessage(message);
  const profile = session?.state === 'ready' ? session.profile : null;
  const decide = (key: string) => (decision: Decision) => setDecisions({ ...decisions, [key]: decision });

  const onFile = async (file: File) => {
    if (tabId === null) return;
    setNotice(null);
    if (file.size > MAX_FILE_BYTES) {
      await send({ target: 'background', type: 'cv-too-large', name: file.name, size: file.size, tabId });
      return;
    }
    await send({ target: 'background', type: 'cv-file', tabId, file: { name: file.name, size: file.size, base64: await fileToBase64(file) } });
  };

  const fill = async () => {
    if (!profile || tabId === null) return;
    const plan = buildFillPlan(profile, decisions);
    if (fillPlanIsEmpty(plan)) {
      setNotice(t('review.status.fill-nothing'));
      return;
    }
    const response = (await send({ target: 'background', type: 'fill', tabId, plan })) as FillResponse;
    setNotice(response?.ok ? filledNotice(response, t) : failure(response, t));
    setConflicts(response?.ok ? response.report.conflicts : []);
    setUnfilled(response?.ok ? { skipped: actionableSkips(response.report), plan } : null);
    setIrreversible(response?.ok && response.report.irreversible?.length ? { targets: response.report.irreversible, plan } : null);
  };

  /** The user chose the CV's value over what the page held: fill that one field, explicitly. */
  const replace = async (key: FieldKey) => {
    if (!profile || tabId === null) return;
    const rowKey = `field:${key}`;
    const next = { ...decisions, [rowKey]: { ...decisions[rowKey], status: 'accepted' as const, overwrite: true } };
    setDecisions(next);
    const plan = buildFillPlan(profile, next);
    const single: FillPlan = { ...emptyFillPlan(), fields: { [key]: plan.fields[key] }, overwrite: [key] };
    const response = (await send({ target: 'background', type: 'fill', tabId, plan: single })) as FillResponse;
    setNotice(response?.ok ? filledNotice(response, t) : failure(response, t));
    setConflicts(conflicts.filter((conflict) => conflict.key !== key));
  };

  const undo = async () => {
    if (tabId === null) return;
    const response = (await send({ target: 'background', type: 'undo', tabId })) as FillResponse;
    const kept = irreversible?.targets.map((target) => describeTarget(target, irreversible.plan, t, settings.uiLanguage)) ?? [];
    const plan = irreversible?.plan ?? unfilled?.plan;
    const edited = response?.ok && plan ? [...new Set((response.editedSince ?? []).map((target) => describeTarget(target, plan, t, settings.uiLanguage)))] : [];
    const undone = kept.length > 0 ? t('review.status.undone-except', { fields: kept.join(', ') }) : t('review.status.undone');
    setNotice(!response?.ok ? failure(response, t) : edited.length > 0 ? `${undone} ${t('review.status.undone-kept-edits', { fields: edited.join(', ') })}` : undone);
    if (response?.ok) {
      setUnfilled(null);
      setIrreversible(null);
    }
  };

  const searchReferential = async (query: string, kind: AddedKind, language: 'fr' | 'en', top: number): Promise<ReferentialHit[] | null> => {
    const response = (await send({ target: 'background', type: 'search-referential', search: { query, kind, language, top } }).catch(() => undefined)) as
      | ReferentialSearchResponse
      | undefined;
    return response?.ok ? response.hits : null;
  };

  /** A concept chosen in the search: the suggestion itself when the CV already gave it (confirmed,
   *  not listed twice), else a row of its own, confirmed since the counsellor chose it. */
  const addConcept = (kind: AddedKind) => (hit: ReferentialHit) => {
    if (!profile) return;
    const suggested = kind === 'skill' ? profile.skills : kind === 'softSkill' ? (profile.softSkills ?? []) : profile.occupations.slice(0, SHOWN_OCCUPATIONS);
    const index = suggested.findIndex((concept) => concept.id === hit.id);
    if (index >= 0) {
      const key = `${kind}:${index}`;
      setDecisions({ ...decisions, [key]: { ...decisions[key], status: 'accepted' } });
      setNotice(t('review.search.already', { label: suggested[index]!.label }));
      return;
    }
    setDecisions({ ...decisions, [addedKey(kind, hit.id)]: { status: 'accepted', value: hit.label } });
    setNotice(t(`review.search.added-${kind}`, { label: hit.label }));
  };

  /** Removes an added concept; the focus goes to the next one's button, else back to its search,
   *  not to the page body with the button that held it. */
  const removeAdded = (kind: AddedKind) => (key: string) => {
    const next = { ...decisions };
    const removed = added[kind].find((concept) => concept.key === key);
    delete next[key];
    setDecisions(next);
    if (removed) setNotice(t('review.search.removed', { label: removed.label }));
    const remaining = addedConcepts(next, kind).length;
    const index = Math.min(added[kind].findIndex((concept) => concept.key === key), remaining - 1);
    setTimeout(() => {
      const target = index >= 0 ? document.querySelector<HTMLElement>(`[data-testid="added-${kind}-${index}"] [data-testid="remove"]`) : null;
      (target ?? document.getElementById(`add-${kind}`))?.focus();
    });
  };

  const clear = async () => {
    if (tabId === null) return;
    await send({ target: 'background', type: 'clear', tabId });
    setNotice(t('review.status.cleared'));
  };

  const rows = profile ? reviewRows(profile) : [];
  const added = { skill: addedConcepts(decisions, 'skill'), occupation: addedConcepts(decisions, 'occupation'), softSkill: addedConcepts(decisions, 'softSkill') };
  // What the counsellor added is confirmed by the adding.
  const count = (status: string) =>
    rows.filter((row) => (decisions[row.key]?.status ?? 'pending') === status).length + (status === 'accepted' ? added.skill.length + added.occupation.length + added.softSkill.length : 0);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey && event.key === 'Enter') {
      event.preventDefault();
      void fill();
      return;
    }
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || target.matches('input, select, textarea')) return;
    if (event.key === '/') {
      // "/" to search, as on most sites: the skill search, to add what the CV does not say.
      event.preventDefault();
      document.getElementById('add-skill')?.focus();
      return;
    }
    const row = target.closest<HTMLElement>('.suggestion');
    const rows = [...document.querySelectorAll<HTMLElement>('.suggestion')];
    const key = event.key.toLowerCase();
    if (row && (key === 'a' || key === 'r')) {
      event.preventDefault();
      row.querySelector<HTMLButtonElement>(key === 'a' ? '[data-testid="accept"]' : '[data-testid="reject"]')?.click();
    } else if (key === 'j' || key === 'k') {
      event.preventDefault();
      const index = row ? rows.indexOf(row) : -1;
      const next = rows[Math.min(rows.length - 1, Math.max(0, index + (key === 'j' ? 1 : -1)))];
      // A concept the counsellor added has no accept button: its own button takes the focus.
      next?.querySelector<HTMLButtonElement>('[data-testid="accept"], button')?.focus();
    }
  };

  return (
    <main class="review" onKeyDown={onKeyDown}>
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
          {notice ?? statusText(session, t, settings.uiLanguage, rows.length)}
        </p>
      </header>

      {viewer && <EvidenceViewer state={viewer} onClose={() => setViewer(null)} t={t} />}
      {profile && (
        // Keyed by the run: another CV gets fresh searches and closed corrections, not the previous person's.
        <Fragment key={runId}>
          <Warnings profile={profile} language={settings.uiLanguage} />
          <div class="toolbar" role="toolbar" aria-label={t('review.title')}>
            <button type="button" data-testid="accept-all" onClick={() => setDecisions(acceptAllAbove(profile, decisions, settings.acceptThreshold))}>
              {t('review.accept-all', { percent: Math.round(settings.acceptThreshold * 100) })}
            </button>
            <button type="button" class="primary" data-testid="fill" onClick={() => void fill()}>{t('review.fill')}</button>
            <button type="button" data-testid="undo" onClick={() => void undo()}>{t('review.undo')}</button>
            <button type="button" data-testid="clear" onClick={() => void clear()}>{t('review.clear')}</button>
            <p class="counts">{t('review.counts', { accepted: count('accepted'), rejected: count('rejected'), pending: count('pending') })}</p>
          </div>
          <p class="shortcuts">{t('review.shortcuts')}</p>
          <UnfilledList skipped={unfilled?.skipped ?? []} plan={unfilled?.plan} t={t} language={settings.uiLanguage} />
          {conflicts.length > 0 && (
            <div class="conflicts" data-testid="conflicts" role="alert">
              <p>{t('review.conflicts')}</p>
              <ul>
                {conflicts.map((conflict) => (
                  <li key={conflict.key} data-testid={`conflict-${conflict.key}`}>
                    {t('review.conflict', { field: t(`review.field.${conflict.key}`), page: conflict.pageValue, cv: conflict.suggested })}{' '}
                    <button type="button" data-testid="replace" onClick={() => void replace(conflict.key)}>{t('review.conflict-replace')}</button>{' '}
                    <button type="button" data-testid="keep" onClick={() => setConflicts(conflicts.filter((c) => c.key !== conflict.key))}>{t('review.conflict-keep')}</button>
                  </li>
                ))}
              </ul>
            </div>
          )}

          {SECTIONS.map((section) => (
            <section key={section.title} aria-labelledby={`section-${section.title}`}>
              <h2 id={`section-${section.title}`}>{t(`review.section.${section.title}`)}</h2>
              <ul class="suggestions">
                {section.fields.filter((key) => profile.fields[key]).map((key) => {
                  const suggestion = profile.fields[key]!;
                  return (
                    <SuggestionRow
                      key={key}
                      testId={`field-${key}`}
                      label={t(`review.field.${key}`)}
                      value={suggestion.value}
                      confidence={suggestion.confidence}
                      evidence={suggestion.evidence}
                      decision={decisions[`field:${key}`]}
                      editable
                      onDecide={decide(`field:${key}`)}
                      onShowEvidence={showEvidence}
                      t={t}
                    />
                  );
                })}
                {section.title === 'job' && profile.occupations.slice(0, SHOWN_OCCUPATIONS).map((occupation, index) => (
                  <SuggestionRow
                    key={occupation.id}
                    testId={`occupation-${index}`}
                    conceptId={occupation.id}
                    label={occupation.label}
                    value={conceptScheme(occupation.id)}
                    confidence={occupation.confidence}
                    decision={decisions[`occupation:${index}`]}
                    evidence={occupation.evidence}
                    onDecide={decide(`occupation:${index}`)}
                    onShowEvidence={showEvidence}
                    t={t}
                  />
                ))}
              </ul>
              {section.fields.every((key) => !profile.fields[key]) && !(section.title === 'job' && profile.occupations.length > 0) && <p class="empty">{t('review.empty-section')}</p>}
              {section.title === 'job' && (
                <>
                  <AddedConcepts kind="occupation" added={added.occupation} onRemove={removeAdded('occupation')} t={t} />
                  <ConceptSearch
                    kind="occupation"
                    language={profile.source.language}
                    search={searchReferential}
                    onAdd={addConcept('occupation')}
                    suggested={new Set(profile.occupations.slice(0, SHOWN_OCCUPATIONS).map((occupation) => occupation.id))}
                    t={t}
                  />
                </>
              )}
            </section>
          ))}

          <section aria-labelledby="section-skills">
            <h2 id="section-skills">{t('review.section.skills')} ({profile.skills.length + added.skill.length})</h2>
            {profile.skills.length === 0 && <p class="empty">{t('review.empty-section')}</p>}
            <AddedConcepts kind="skill" added={added.skill} onRemove={removeAdded('skill')} t={t} />
            <ConceptSearch
              kind="skill"
              language={profile.source.language}
              search={searchReferential}
              onAdd={addConcept('skill')}
              suggested={new Set(profile.skills.map((skill) => skill.id))}
              t={t}
            />
            <ul class="suggestions skills">
              {profile.skills.map((skill, index) => {
                const decision = decisions[`skill:${index}`];
                return (
                  <SuggestionRow
                    key={skill.id}
                    testId={`skill-${index}`}
                    conceptId={skill.id}
                    label={decision?.value ?? skill.label}
                    value={conceptScheme(skill.id)}
                    confidence={skill.confidence}
                    decision={decision}
                    evidence={skill.evidence}
                    onDecide={decide(`skill:${index}`)}
                    onShowEvidence={showEvidence}
                    t={t}
                  >
                    {skill.alternatives && skill.alternatives.length > 0 && (
                      <p class="alternatives">
                        <label for={`alt-${index}`}>{t('review.alternatives')}</label>{' '}
                        <select
                          id={`alt-${index}`}
                          data-testid="alternatives"
                          value={decision?.value ?? ''}
                          onChange={(event) => {
                            const label = (event.currentTarget as HTMLSelectElement).value;
                            decide(`skill:${index}`)({ ...decision, status: decision?.status ?? 'pending', value: label || undefined });
                          }}
                        >
                          <option value="">{t('review.alternatives-keep', { label: skill.label })}</option>
                          {skill.alternatives.slice(0, 5).map((alternative) => (
                            <option key={alternative.id} value={alternative.label}>{alternative.label}</option>
                          ))}
                        </select>
                      </p>
                    )}
                  </SuggestionRow>
                );
              })}
            </ul>
          </section>

          {/* Shown even when the CV states no quality: France Travail's profile asks for them, and the
              counsellor may add those the interview brings out. */}
          <section aria-labelledby="section-soft-skills">
            <h2 id="section-soft-skills">{t('review.section.softSkills')} ({(profile.softSkills?.length ?? 0) + added.softSkill.length})</h2>
            <p class="section-hint">{t('review.soft-skills-hint')}</p>
            {(profile.softSkills?.length ?? 0) === 0 && <p class="empty">{t('review.empty-section')}</p>}
            <AddedConcepts kind="softSkill" added={added.softSkill} onRemove={removeAdded('softSkill')} t={t} />
            <ConceptSearch
              kind="softSkill"
              language={profile.source.language}
              search={searchReferential}
              onAdd={addConcept('softSkill')}
              suggested={new Set((profile.softSkills ?? []).map((quality) => quality.id))}
              t={t}
            />
            <ul class="suggestions soft-skills">
              {(profile.softSkills ?? []).map((quality, index) => (
                <SuggestionRow
                  key={quality.id}
                  testId={`soft-skill-${index}`}
                  conceptId={quality.id}
                  label={quality.label}
                  value={conceptScheme(quality.id)}
                  confidence={quality.confidence}
                  decision={decisions[`softSkill:${index}`]}
                  evidence={quality.evidence}
                  onDecide={decide(`softSkill:${index}`)}
                  onShowEvidence={showEvidence}
                  t={t}
                />
              ))}
            </ul>
          </section>

          <section aria-labelledby="section-languages">
            <h2 id="section-languages">{t('review.section.languages')}</h2>
            {profile.languages.length === 0 && <p class="empty">{t('review.empty-section')}</p>}
            <ul class="suggestions">
              {profile.languages.map((language, index) => {
                const key = `language:${index}`;
                const decision = decisions[key];
                const proposed = { language: language.language, level: language.level, levelText: language.levelText ?? null };
                const shown = editedLanguage(proposed, decision?.parts);
                const nativeNow = !shown.level && !!shown.levelText && levelRank(shown.levelText) === 7;
                return (
                  <SuggestionRow
                    key={`${language.language}-${index}`}
                    testId={`language-${index}`}
                    label={capitalisedLanguageName(language.language, settings.uiLanguage)}
                    value={shown.level ? t('review.language-level', { level: shown.level }) : (shown.levelText ?? '')}
                    confidence={0.9}
                    evidence={language.evidence}
                    decision={decision}
                    onDecide={decide(key)}
                    onShowEvidence={showEvidence}
                    t={t}
                  >
                    <PartsEditor
                      rowId={`language-${index}`}
                      parts={[{ name: 'level', label: t('review.part.level'), kind: 'level', value: decision?.parts?.level ?? (nativeNow ? 'native' : (shown.level ?? '')) }]}
                      edited={decision?.parts}
                      unreadable={[]}
                      onChange={(parts) => decide(key)({ ...decision, status: decision?.status ?? 'pending', parts })}
                      t={t}
                    />
                  </SuggestionRow>
                );
              })}
            </ul>
          </section>

          <section aria-labelledby="section-licences">
            <h2 id="section-licences">{t('review.section.licences')}</h2>
            {profile.drivingLicences.length + profile.certifications.length === 0 && <p class="empty">{t('review.empty-section')}</p>}
            <ul class="suggestions">
              {profile.drivingLicences.map((licence, index) => (
                <SuggestionRow
                  key={licence}
                  testId={`licence-${index}`}
                  label={t('review.licence', { value: licence })}
                  value={licence}
                  confidence={0.9}
                  decision={decisions[`licence:${index}`]}
                  onDecide={decide(`licence:${index}`)}
                  t={t}
                />
              ))}
              {profile.certifications.map((certification, index) => (
                <li key={`${certification.label}-${index}`} class="certification" data-testid={`certification-${index}`}>
                  {certification.label}
                  <p class="evidence">{t('review.evidence', { text: certification.evidence.text, page: certification.evidence.page })}</p>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="section-education">
            <h2 id="section-education">{t('review.section.education')}</h2>
            {profile.education.length === 0 && <p class="empty">{t('review.empty-section')}</p>}
            <ul class="suggestions">
              {profile.education.map((education, index) => {
                const key = `education:${index}`;
                const decision = decisions[key];
                const shown = editedEducation({ degree: education.degree, school: education.school, end: education.end }, decision?.parts);
                return (
                  <SuggestionRow
                    key={`education-${index}`}
                    testId={`education-${index}`}
                    label={shown.degree}
                    value={[shown.school, shown.end].filter(Boolean).join(' — ')}
                    confidence={0.8}
                    evidence={education.evidence}
                    decision={decision}
                    onDecide={decide(key)}
                    onShowEvidence={showEvidence}
                    t={t}
                  >
                    <PartsEditor
                      rowId={`education-${index}`}
                      parts={[
                        { name: 'degree', label: t('review.part.degree'), kind: 'text', value: decision?.parts?.degree ?? education.degree },
                        { name: 'school', label: t('review.part.school'), kind: 'text', value: decision?.parts?.school ?? education.school ?? '' },
                        { name: 'end', label: t('review.part.obtained'), kind: 'end', value: decision?.parts?.end ?? typedDate(education.end, t('review.present')) },
                      ]}
                      edited={decision?.parts}
                      unreadable={unreadableParts(decision?.parts)}
                      onChange={(parts) => decide(key)({ ...decision, status: decision?.status ?? 'pending', parts })}
                      t={t}
                    />
                  </SuggestionRow>
                );
              })}
            </ul>
          </section>

          <section aria-labelledby="section-experiences">
            <h2 id="section-experiences">{t('review.section.experiences')}</h2>
            {profile.experiences.length === 0 && <p class="empty">{t('review.empty-section')}</p>}
            <ul class="suggestions">
              {profile.experiences.map((experience, index) => {
                const key = `experience:${index}`;
                const decision = decisions[key];
                const shown = editedExperience({ title: experience.title, employer: experience.employer, start: experience.start, end: experience.end }, decision?.parts);
                return (
                  <SuggestionRow
                    key={`experience-${index}`}
                    testId={`experience-${index}`}
                    label={shown.title}
                    value={[shown.employer, period(shown.start, shown.end, t)].filter(Boolean).join(' — ')}
                    confidence={0.8}
                    evidence={experience.evidence}
                    decision={decision}
                    onDecide={decide(key)}
                    onShowEvidence={showEvidence}
                    t={t}
                  >
                    <PartsEditor
                      rowId={`experience-${index}`}
                      parts={[
                        { name: 'title', label: t('review.part.title'), kind: 'text', value: decision?.parts?.title ?? experience.title },
                        { name: 'employer', label: t('review.part.employer'), kind: 'text', value: decision?.parts?.employer ?? experience.employer ?? '' },
                        { name: 'start', label: t('review.part.start'), kind: 'start', value: decision?.parts?.start ?? typedDate(experience.start, t('review.present')) },
                        { name: 'end', label: t('review.part.end'), kind: 'end', value: decision?.parts?.end ?? typedDate(experience.end, t('review.present')) },
                      ]}
                      edited={decision?.parts}
                      unreadable={unreadableParts(decision?.parts)}
                      onChange={(parts) => decide(key)({ ...decision, status: decision?.status ?? 'pending', parts })}
                      t={t}
                    />
                  </SuggestionRow>
                );
              })}
            </ul>
          </section>
        </Fragment>
      )}
    </main>
  );
}

/** The count of what was filled; when nothing was and the form may sit in a frame of a site the
 *  user has not enabled, which site, so they know what to enable. */
function filledNotice(response: Extract<FillResponse, { ok: true }>, t: Translate): string {
  // Each site once, as the options page takes it: a bare name is read as https there, so an http
  // site is named with its scheme.
  const sites = [...new Set((response.framesNotEnabled ?? []).map((origin) => {
    const url = new URL(origin);
    return url.protocol === 'https:' ? url.host : url.origin;
  }))];
  if (response.report.filled.length === 0 && sites.length > 0) {
    return t('review.status.frame-not-enabled', { sites: sites.join(', '), count: sites.length });
  }
  return t('review.status.filled', { filled: response.report.filled.length });
}

function failure(response: FillResponse | undefined, t: Translate): string {
  if (!response || response.ok) return t('review.status.no-page');
  return t(`review.status.${response.reason}`);
}

function statusText(session: TabSession | null, t: Translate, language: 'fr' | 'en', count: number): string {
  if (!session) return t('review.status.idle');
  if (session.state === 'error') return t('review.status.error', { message: describeError(language, session) });
  if (session.state === 'ready') return t('review.status.ready', { count });
  const progress = session.progress;
  if (progress?.stage === 'ocr' && progress.page && progress.pages) return t('review.status.ocr', { page: progress.page, pages: progress.pages });
  if (progress?.stage === 'reading' && progress.page && progress.pages) return t('review.status.reading-page', { page: progress.page, pages: progress.pages });
  if (progress?.stage === 'parsing') return t('review.status.parsing');
  if (progress?.stage === 'matching') return t('review.status.matching');
  return t('review.status.reading');
}

function Warnings({ profile, language }: { profile: CvProfile; language: 'fr' | 'en' }) {
  if (profile.warnings.length === 0) return null;
  return (
    <ul class="warnings" data-testid="warnings">
      {profile.warnings.map((warning) => (
        <li key={warning.code} data-code={warning.code}>
          {describeWarning(language, warning.code) ?? warning.message}
        </li>
      ))}
    </ul>
  );
}

function period(start: string | null, end: string | null, t: Translate): string {
  if (!start && !end) return '';
  return `${typedDate(start, t('review.present')) || '?'} → ${typedDate(end, t('review.present'))}`;
}
