// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { UnfilledList } from '../../components/UnfilledList';
import { emptyFillPlan } from '../../lib/fill/fill-plan';
import { translate, type MessageKey } from '../../lib/i18n';

// A candidate account page: the site shows the account's e-mail in a locked box, and its job list
// has no "Cariste". The report said "À compléter vous-même" above both lines, yet no one can
// complete the locked e-mail: it is the site's, shown apart, to check.
const plan = { ...emptyFillPlan(), fields: { email: 'mickael.fontaine59@gmail.com', jobTitle: 'Cariste' } };

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

const show = (language: 'fr' | 'en', skipped: { target: string; reason: string }[]) => {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  render(h(UnfilledList, { skipped, plan, t, language }), document.body);
};

const lines = (testId: string) => [...document.querySelectorAll(`[data-testid="${testId}"] li`)].map((line) => line.textContent);

describe('the fill report’s groups', () => {
  it('lists a box the site locked apart from what is left to complete', () => {
    show('fr', [{ target: 'jobTitle', reason: 'no-matching-option' }, { target: 'email', reason: 'read-only' }]);
    expect(document.querySelector('[data-testid="unfilled"] p')!.textContent).toBe('À compléter vous-même sur la page :');
    expect(lines('unfilled')).toEqual(['Métier recherché : aucun choix proposé par la page ne correspond.']);
    expect(lines('locked-by-site')).toEqual(['Courriel : déjà rempli par le site, non modifiable.']);
  });

  it('says nothing is to complete when only a locked box was met, in English too', () => {
    show('en', [{ target: 'email', reason: 'read-only' }]);
    expect(document.querySelector('[data-testid="unfilled"]')).toBeNull();
    expect(document.body.textContent).not.toContain('Still to complete');
    expect(document.querySelector('[data-testid="locked-by-site"] p')!.textContent).toBe('Filled in by the site (cannot be changed here), to check:');
    expect(lines('locked-by-site')).toEqual(['Email: already filled in by the site, cannot be changed.']);
  });
});
