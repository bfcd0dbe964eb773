// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement as h, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from './mount-form';
import { mountReact } from './mount-react';

/**
 * Skills in a Material UI Autocomplete (multiple): each skill picked from the list becomes a chip
 * whose remove mark is an SVG icon (MuiChip-deleteIcon). Undo clicked the icon with click(),
 * which SVG elements do not have: the step failed, the chips stayed in the page's state, and undo
 * said nothing of them.
 */
const SKILLS = ['Utiliser un chariot élévateur', 'Préparer des commandes', 'Gérer les stocks', 'Conduire un transpalette'];

function Page({ freeSolo }: { freeSolo: boolean }) {
  const [value, setValue] = useState<string[]>([]);
  return h('form', null,
    h(Autocomplete, {
      multiple: true, freeSolo, options: SKILLS, value, onChange: (_event: unknown, chosen: unknown) => setValue(chosen as string[]),
      renderInput: (params: object) => h(TextField, { ...params, label: 'Compétences' }),
    }),
    h('pre', { id: 'state' }, JSON.stringify(value)));
}

const state = () => JSON.parse(document.getElementById('state')!.textContent!) as string[];

describe('skills as chips of a Material UI Autocomplete', () => {
  for (const freeSolo of [false, true]) {
    it(`adds the listed skills${freeSolo ? ' and the others typed' : ', names the one it does not list'}, and undo removes every chip (freeSolo: ${freeSolo})`, async () => {
      await mountReact(h(Page, { freeSolo }));
      const outcome = await fillForm(document, planOf({ skills: ['gérer les stocks', 'préparer des commandes', "souder à l'arc"] }), context);
      expect(state()).toEqual(['Gérer les stocks', 'Préparer des commandes', ...(freeSolo ? ["souder à l'arc"] : [])]);
      if (!freeSolo) expect(outcome.report.skipped).toContainEqual({ target: "skills:souder à l'arc", reason: 'rejected-by-page' });
      await outcome.undo();
      expect(state()).toEqual([]);
      expect(outcome.report.irreversible ?? []).toEqual([]);
    });
  }
});
