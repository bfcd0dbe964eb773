// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement as h, useState } from 'react';
import { FormControl, InputLabel, MenuItem, Select } from '@mui/material';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';
import { mountReact } from './mount-react';

/**
 * A profile page built with Material UI: a row per language the page lists ("Anglais", "Espagnol",
 * "Allemand"), each with a level menu (MUI Select: a div role="combobox" with aria-haspopup="listbox"
 * whose listbox opens in a portal at the end of the page, only while open). The levels were left
 * empty: language rows were read from native selects and radios only.
 */
const LEVELS = ['Notions', 'A1 - Débutant', 'A2 - Élémentaire', 'B1 - Intermédiaire', 'B2 - Avancé', 'C1 - Courant', 'C2 - Bilingue', 'Langue maternelle'];

function LevelMenu({ id, label, options = LEVELS }: { id: string; label: string; options?: string[] }) {
  const [value, setValue] = useState('');
  return h(FormControl, { fullWidth: true },
    h(InputLabel, { id: `${id}-label` }, label),
    h(Select, { labelId: `${id}-label`, id, value, label, onChange: (event: { target: { value: unknown } }) => setValue(String(event.target.value)) },
      h(MenuItem, { value: '' }, h('em', null, 'Aucun')),
      ...options.map((level) => h(MenuItem, { key: level, value: level }, level))));
}

function Page({ labelled }: { labelled: 'row' | 'label' }) {
  const row = (code: string, name: string) =>
    h('div', { className: 'MuiGrid-root', key: code },
      labelled === 'row' ? h('p', { className: 'MuiTypography-root' }, name) : null,
      h(LevelMenu, { id: `niveau-${code}`, label: labelled === 'row' ? 'Niveau' : `Niveau en ${name.toLowerCase()}` }));
  return h('form', null, h('h2', null, 'Langues'), row('anglais', 'Anglais'), row('espagnol', 'Espagnol'), row('allemand', 'Allemand'));
}

/** Rows of a language list: a language menu and a level menu in each. */
function ListPage() {
  const row = (index: number) =>
    h('div', { className: 'MuiStack-root', key: index },
      h(LevelMenu, { id: `langue-${index}`, label: 'Langue', options: ['Allemand', 'Anglais', 'Espagnol', 'Italien'] }),
      h(LevelMenu, { id: `niveau-${index}`, label: 'Niveau' }));
  return h('form', null, h('fieldset', null, h('legend', null, 'Langues parlées'), row(1), row(2), row(3)));
}

const shown = (id: string) => document.getElementById(id)!.textContent!.replace(/\u200b/g, '').trim();

describe('language levels in Material UI menus, one per language row', () => {
  for (const labelled of ['row', 'label'] as const) {
    it(`chooses each language's level in its own row's menu (language named by the ${labelled}), and undo empties them`, async () => {
      await mountReact(h(Page, { labelled }));
      const plan = planOf({ ...cariste, languages: [{ language: 'es', level: 'C1' }, { language: 'en', level: 'B1', levelText: 'niveau intermédiaire' }] });
      const outcome = await fillForm(document, plan, context);
      expect(shown('niveau-anglais')).toBe('B1 - Intermédiaire');
      expect(shown('niveau-espagnol')).toBe('C1 - Courant');
      expect(shown('niveau-allemand')).toBe('');
      expect(outcome.report.filled).toEqual(expect.arrayContaining(['language:en', 'language:es']));
      await outcome.undo();
      expect(shown('niveau-anglais')).toBe('');
      expect(shown('niveau-espagnol')).toBe('');
    });
  }

  it('fills a list of language rows, each level in the menu of its own row', async () => {
    await mountReact(h(ListPage));
    const plan = planOf({ ...cariste, languages: [{ language: 'es', level: 'C1' }, { language: 'en', level: 'B1', levelText: 'niveau intermédiaire' }] });
    const outcome = await fillForm(document, plan, context);
    expect(['langue-1', 'niveau-1', 'langue-2', 'niveau-2', 'langue-3', 'niveau-3'].map(shown)).toEqual(['Espagnol', 'C1 - Courant', 'Anglais', 'B1 - Intermédiaire', '', '']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['language:en', 'language:es']));
  });

  it('matches the CV’s own words to the option that says them: "courant", "bilingue", "notions"', async () => {
    await mountReact(h(Page, { labelled: 'row' }));
    const plan = planOf({
      ...cariste,
      languages: [{ language: 'en', level: 'C1', levelText: 'courant' }, { language: 'es', level: 'C2', levelText: 'bilingue' }, { language: 'de', level: 'A1', levelText: 'notions' }],
    });
    await fillForm(document, plan, context);
    expect(shown('niveau-anglais')).toBe('C1 - Courant');
    expect(shown('niveau-espagnol')).toBe('C2 - Bilingue');
    expect(shown('niveau-allemand')).toBe('Notions');
  });
});
