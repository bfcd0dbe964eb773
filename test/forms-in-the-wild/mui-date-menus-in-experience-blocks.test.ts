// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement as h, useState } from 'react';
import { FormControl, InputLabel, MenuItem, Select, TextField } from '@mui/material';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from './mount-form';
import { mountReact } from './mount-react';

/**
 * Experience blocks built with Material UI: "Poste" and "Employeur" text fields, then the start and
 * end asked as a month menu and a year menu (MUI Select, their lists in a portal). The dates were
 * left to the person: dates in custom menus were not chosen at all.
 */
const MONTHS = ['Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre', 'Novembre', 'Décembre'];
const YEARS = Array.from({ length: 30 }, (_, index) => String(2026 - index));

function Menu({ id, label, options }: { id: string; label: string; options: string[] }) {
  const [value, setValue] = useState('');
  return h(FormControl, null,
    h(InputLabel, { id: `${id}-label` }, label),
    h(Select, { labelId: `${id}-label`, id, value, label, onChange: (event: { target: { value: unknown } }) => setValue(String(event.target.value)) },
      ...options.map((option, index) => h(MenuItem, { key: option, value: options === MONTHS ? String(index + 1) : option }, option))));
}

function Text({ id, label }: { id: string; label: string }) {
  const [value, setValue] = useState('');
  return h(TextField, { id, label, value, onChange: (event: { target: { value: string } }) => setValue(event.target.value) });
}

function Page() {
  const block = (n: number) => h('fieldset', { key: n }, h('legend', null, `Expérience ${n}`),
    h(Text, { id: `poste-${n}`, label: 'Poste' }), h(Text, { id: `employeur-${n}`, label: 'Employeur' }),
    h(Menu, { id: `debut-mois-${n}`, label: 'Mois de début', options: MONTHS }), h(Menu, { id: `debut-annee-${n}`, label: 'Année de début', options: YEARS }),
    h(Menu, { id: `fin-mois-${n}`, label: 'Mois de fin', options: MONTHS }), h(Menu, { id: `fin-annee-${n}`, label: 'Année de fin', options: YEARS }));
  return h('form', null, h('h2', null, 'Expériences'), block(1), block(2));
}

const shown = (id: string) => document.getElementById(id)!.textContent!.replace(/\u200b/g, '').trim();

describe('experience dates in Material UI month and year menus', () => {
  it('chooses each month and year in its own block, leaves the end of the current job, and a year-only date’s month', async () => {
    await mountReact(h(Page));
    const plan = planOf({ experiences: [{ title: 'Cariste', employer: 'Hainaut Logistique', start: '2019-03', end: 'present' }, { title: 'Magasinier', employer: 'Adecco', start: '2015', end: '2018-12' }] });
    const outcome = await fillForm(document, plan, context);
    const block = (n: number) => [`debut-mois-${n}`, `debut-annee-${n}`, `fin-mois-${n}`, `fin-annee-${n}`].map(shown);
    expect((document.getElementById('poste-1') as HTMLInputElement).value).toBe('Cariste');
    expect(block(1)).toEqual(['Mars', '2019', '', '']);
    expect(block(2)).toEqual(['', '2015', 'Décembre', '2018']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1']));
    expect(outcome.report.skipped).toContainEqual({ target: 'experience:1.start', reason: 'date-too-vague' });
  });
});
