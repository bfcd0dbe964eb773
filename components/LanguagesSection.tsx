import { editedLanguage } from '../lib/fill/edited-parts';
import { levelRank } from '../lib/fill/language-levels';
import { capitalisedLanguageName } from '../lib/i18n/language-name';
import { CorrectableRow } from './CorrectableRow';
import type { SectionProps } from './review-section';

/** The languages the CV states, each with its level, which the counsellor may correct. */
export function LanguagesSection({ profile, decisions, decide, showEvidence, t, language: uiLanguage }: SectionProps & { language: 'fr' | 'en' }) {
  return (
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
            <CorrectableRow
              key={`${language.language}-${index}`}
              testId={`language-${index}`}
              label={capitalisedLanguageName(language.language, uiLanguage)}
              value={shown.level ? t('review.language-level', { level: shown.level }) : (shown.levelText ?? '')}
              confidence={0.9}
              evidence={language.evidence}
              decision={decision}
              onDecide={decide(key)}
              onShowEvidence={showEvidence}
              parts={[{ name: 'level', label: t('review.part.level'), kind: 'level', value: nativeNow ? 'native' : (shown.level ?? '') }]}
              unreadable={[]}
              t={t}
            />
          );
        })}
      </ul>
    </section>
  );
}
