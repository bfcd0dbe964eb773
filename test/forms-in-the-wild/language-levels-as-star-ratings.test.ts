// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * A job board's "Langues" card: one row per language, the level as five stars, each star a radio
 * whose only words are "1 étoile" … "5 étoiles" (or "3 sur 5") for screen readers.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const stars = (code: string, words: (n: number) => string) =>
  [1, 2, 3, 4, 5].map((n) => `<input type="radio" class="star" id="${code}-${n}" name="niveau_${code}" value="${n}"><label for="${code}-${n}"><span class="sr-only">${words(n)}</span><svg aria-hidden="true"><path d="M0"/></svg></label>`).join('');

function mount(words: (n: number) => string): void {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<form><h2>Langues</h2>
    ${[['en', 'Anglais'], ['de', 'Allemand'], ['es', 'Espagnol']].map(([code, name]) => `<div class="lang-row"><span id="l-${code}" class="lang-name">${name}</span>
      <div class="rating" role="radiogroup" aria-labelledby="l-${code}">${stars(code!, words)}</div></div>`).join('')}
  </form>`;
}

const checked = () => [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((radio) => radio.id);

describe('language levels as five stars', () => {
  it('gives each spoken language the stars of its level, none to a language the CV does not speak; undo unticks them', async () => {
    mount((n) => `${n} étoile${n > 1 ? 's' : ''}`);
    const plan = planOf({ ...cariste, languages: [{ language: 'en', level: 'B1' }, { language: 'es', level: 'C2' }] });
    const outcome = await fillForm(document, plan, context);
    expect(checked()).toEqual(['en-3', 'es-5']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['language:en', 'language:es']));
    await outcome.undo();
    expect(checked()).toEqual([]);
  });

  it('reads "3 sur 5" the same way, and never gives more stars than the level says', async () => {
    mount((n) => `${n} sur 5`);
    const plan = planOf({ ...cariste, languages: [{ language: 'en', level: 'A2' }, { language: 'de', level: 'C1' }, { language: 'es', level: null, levelText: 'langue maternelle' }] });
    await fillForm(document, plan, context);
    expect(checked()).toEqual(['en-2', 'de-4', 'es-5']);
  });
});
