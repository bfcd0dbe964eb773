// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * An Angular Material-like profile: "Niveau d'études" is a <mat-select> (a div role="combobox"
 * that opens a listbox in an overlay at the end of the page), no native select anywhere.
 * (A level menu per language row: mui-language-level-menus.test.ts.)
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const matSelect = (id: string, label: string) =>
  `<mat-form-field><label id="${id}-l" class="mat-mdc-floating-label">${label}</label>
    <div role="combobox" id="${id}" class="mat-mdc-select" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${id}-l">
      <span class="mat-mdc-select-placeholder">Choisir</span></div></mat-form-field>`;

const OPTIONS: Record<string, string[]> = {
  etudes: ['Sans diplôme', 'CAP / BEP', 'Bac', 'Bac +2', 'Bac +3 et plus'],
};

function mount(): void {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<form>${matSelect('etudes', 'Niveau d’études')}</form><div class="cdk-overlay-container"></div>`;
  const overlay = document.querySelector('.cdk-overlay-container')!;
  for (const id of Object.keys(OPTIONS)) {
    const menu = document.getElementById(id)!;
    menu.addEventListener('click', () => {
      overlay.innerHTML = `<div role="listbox" id="${id}-panel">${OPTIONS[id]!.map((text) => `<mat-option role="option">${text}</mat-option>`).join('')}</div>`;
      menu.setAttribute('aria-expanded', 'true');
      menu.setAttribute('aria-controls', `${id}-panel`);
      overlay.querySelectorAll('mat-option').forEach((option) => option.addEventListener('click', () => {
        menu.innerHTML = `<span class="mat-mdc-select-value-text">${option.textContent}</span>`;
        overlay.innerHTML = '';
        menu.setAttribute('aria-expanded', 'false');
      }));
    });
  }
}

const shown = (id: string) => document.getElementById(id)!.textContent!.trim();

describe('a Material menu for the education level', () => {
  it('chooses Bac +2 for a BTS; undo says the menu, which has no empty choice, keeps it', async () => {
    mount();
    const plan = planOf({ ...cariste, education: [{ degree: 'BTS Gestion des transports et logistique associée', school: null, end: '2015' }] });
    const outcome = await fillForm(document, plan, context);
    expect(shown('etudes')).toBe('Bac +2');
    expect(outcome.report.filled).toContain('educationLevel');
    await outcome.undo();
    expect(outcome.report.irreversible).toEqual(['educationLevel']);
  });
});
