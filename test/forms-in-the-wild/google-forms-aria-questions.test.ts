// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * A Google Forms-like questionnaire (a mission locale's registration): each question a list item
 * with a role=heading title that its box points at through aria-labelledby, short and paragraph
 * answers, and checkbox questions drawn as <div role="checkbox" aria-checked> (no native box),
 * which a click toggles.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

let id = 0;
function question(title: string, answer: string): string {
  id += 1;
  return `<div role="listitem" class="geS5n"><div class="z12JJ"><div role="heading" aria-level="3" id="i${id}">${title}<span class="vnumgf" aria-label="Question obligatoire"> *</span></div></div>${answer.replaceAll('$ID', `i${id}`)}</div>`;
}
const shortAnswer = (title: string) => question(title, `<div class="rFrNMe"><input type="text" class="whsOnd" aria-labelledby="$ID" dir="auto"></div>`);
const longAnswer = (title: string) => question(title, `<div class="RpC4Ne"><textarea class="KHxj8b" aria-labelledby="$ID" rows="1"></textarea></div>`);
const boxes = (title: string, options: string[]) =>
  question(title, `<div role="list" aria-labelledby="$ID">${options.map((option) => `<label class="docssharedWizToggleLabeledContainer"><div role="checkbox" aria-checked="false" aria-label="${option}" tabindex="0" class="uVccjd"></div><span>${option}</span></label>`).join('')}</div>`);

/** The page's script: a click on an ARIA checkbox toggles it. */
function wireBoxes(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[role="checkbox"]')) {
    box.addEventListener('click', () => box.setAttribute('aria-checked', String(box.getAttribute('aria-checked') !== 'true')));
  }
}

describe('a questionnaire of ARIA questions', () => {
  it('answers the short and long questions by their titles, ticks the licences drawn as ARIA boxes, and undo unticks them', async () => {
    const html = `<div role="list">${shortAnswer('Nom')}${shortAnswer('Prénom')}${shortAnswer('Adresse e-mail')}${shortAnswer('Quel métier recherchez-vous ?')}${longAnswer('Quelles sont vos compétences ?')}${boxes('Permis de conduire', ['Aucun', 'B', 'C', 'CE'])}</div>`;
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form>${html}</form>`;
    wireBoxes();
    const outcome = await fillForm(document, planOf({ ...cariste, softSkills: [] }), context);
    const texts = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((box) => box.value);
    expect(texts).toEqual(['FONTAINE', 'Mickaël', 'mickael.fontaine59@gmail.com', 'Cariste', 'utiliser un chariot élévateur\npréparer des commandes']);
    const ticked = () => [...document.querySelectorAll('[role="checkbox"][aria-checked="true"]')].map((box) => box.getAttribute('aria-label'));
    expect(ticked()).toEqual(['B', 'C']);
    await outcome.undo();
    expect(ticked()).toEqual([]);
  });
});
